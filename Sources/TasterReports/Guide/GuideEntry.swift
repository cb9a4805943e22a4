/// One line of a volunteer guide's section: an option, an accepted answer, a hint and so on.
public struct GuideEntry: Sendable, Equatable {
    /// Whether the entry is a right or a wrong answer, when it is one.
    public enum Mark: String, Sendable, Equatable {
        /// A right answer.
        case right
        /// A wrong answer.
        case wrong
    }

    /// A short label in front, such as an option's number.
    public var label: String?
    /// Right or wrong, for options and answers.
    public var mark: Mark?
    /// The entry itself (lesson text, so it may hold `**bold**`).
    public var text: String
    /// What the learner is told about it, such as an option's feedback.
    public var feedback: String?
    /// Whether `text` is literal, such as a pattern or an exact answer, shown as written.
    public var isLiteral: Bool

    /// Creates an entry.
    public init(label: String? = nil, mark: Mark? = nil, text: String, feedback: String? = nil, isLiteral: Bool = false) {
        self.label = label
        self.mark = mark
        self.text = text
        self.feedback = feedback
        self.isLiteral = isLiteral
    }
}

/// A titled group of entries in a guide step, such as "Hints, in order".
public struct GuideSection: Sendable, Equatable {
    /// The heading.
    public var title: String
    /// The entries.
    public var entries: [GuideEntry]
    /// Whether the entries are numbered in order (hints, the right order).
    public var isOrdered: Bool

    /// Creates a section.
    public init(title: String, entries: [GuideEntry], isOrdered: Bool = false) {
        self.title = title
        self.entries = entries
        self.isOrdered = isOrdered
    }
}
