/// One step of a lesson: some text and, for most kinds, a question.
public struct Step: Sendable, Equatable {
    /// An optional slug naming the step, for `--from`, tests and resuming.
    public var id: String?
    /// What the learner reads: paragraphs, `- ` bullet lists and `**bold**`.
    public var text: String
    /// A note for the volunteer sitting beside the learner.
    public var note: String?
    /// Progressive hints, shown one at a time.
    public var hints: [String]
    /// Shown after a correct answer, to say why it is right.
    public var explain: String?
    /// Shown after the last hint; when absent, one is made from the correct answer.
    public var solution: String?
    /// A screen to recognise, kept exactly as written: never wrapped, shown in fixed-width type.
    public var screen: String?
    /// The id of the lesson source that backs this step's facts.
    public var source: String?
    /// Whether this step is the lesson's safety point.
    public var isSafetyPoint: Bool
    /// What kind of step this is, with its question.
    public var kind: StepKind
    /// Where the step starts in its file.
    public var location: SourceLocation

    /// Creates a step.
    public init(
        id: String? = nil, text: String, note: String? = nil, hints: [String] = [],
        explain: String? = nil, solution: String? = nil, screen: String? = nil, source: String? = nil,
        isSafetyPoint: Bool = false, kind: StepKind,
        location: SourceLocation = .start
    ) {
        self.id = id
        self.text = text
        self.note = note
        self.hints = hints
        self.explain = explain
        self.solution = solution
        self.screen = screen
        self.source = source
        self.isSafetyPoint = isSafetyPoint
        self.kind = kind
        self.location = location
    }

    /// Whether the step asks the learner something (every kind but `say`).
    public var isQuestion: Bool {
        if case .say = kind { return false }
        return true
    }
}

/// The kinds of step, each with what it needs to check an answer.
public enum StepKind: Sendable, Equatable {
    /// Text only; Enter continues.
    case say
    /// Pick one or more of the options.
    case choice(ChoiceQuestion)
    /// Type a short answer in your own words.
    case answer(TextQuestion)
    /// Type a number, such as an amount of money.
    case number(NumberQuestion)
    /// Type exactly this text: a typing drill.
    case type(TypingDrill)
    /// Practise making a password; never echoed, stored or logged.
    case secret(SecretPractice)
    /// Put the items in the right order.
    case order(OrderQuestion)

    /// The word authors write for this kind in a lesson file.
    public var name: String {
        switch self {
        case .say: "say"
        case .choice: "choice"
        case .answer: "answer"
        case .number: "number"
        case .type: "type"
        case .secret: "secret"
        case .order: "order"
        }
    }

    /// Every word an author may write for `kind`.
    public static let names = ["say", "choice", "answer", "number", "type", "secret", "order"]
}
