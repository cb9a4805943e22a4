import Foundation

/// One piece of text in a lesson that a learner or volunteer reads, with where it is.
public struct ContentField: Sendable {
    /// What part of the lesson the text is.
    public enum Role: String, Sendable, CaseIterable {
        case title, summary, text, note, hint, explanation, solution
        case optionText, optionFeedback
        case acceptedAnswer, wrongAnswer, wrongAnswerFeedback
        case typingTarget, orderItem

        /// Whether the text is prose the learner reads, which plain-language rules apply to.
        /// Notes are for volunteers; answers and typing targets are not sentences.
        public var isLearnerProse: Bool {
            switch self {
            case .title, .summary, .text, .hint, .explanation, .solution,
                 .optionText, .optionFeedback, .wrongAnswerFeedback, .orderItem:
                true
            case .note, .acceptedAnswer, .wrongAnswer, .typingTarget:
                false
            }
        }
    }

    /// What part of the lesson the text is.
    public let role: Role
    /// The 0-based step the text belongs to; nil for the title and summary.
    public let stepIndex: Int?
    /// The step's id, when it has one.
    public let stepID: String?
    /// The 0-based position among its kind within the step (hint 2, option 3); nil when there is one.
    public let itemIndex: Int?
    /// Where to report problems in this text.
    public let location: SourceLocation
    /// The text as written.
    public var text: String { scanned.original }

    let scanned: ScannedText

    /// Reads a field's text once for all the rules.
    public init(role: Role, text: String, location: SourceLocation, stepIndex: Int? = nil, stepID: String? = nil, itemIndex: Int? = nil) {
        self.role = role
        self.stepIndex = stepIndex
        self.stepID = stepID
        self.itemIndex = itemIndex
        self.location = location
        // Characters written as YAML escapes ("Ama\u200Bzon") are only seen once decoded: they
        // are noted for HiddenCharacterRule and removed, and the text put in its composed
        // compatibility form (full-width letters become ordinary ones), so that the word rules
        // see the brand name the learner would read.
        hiddenCharacters = HiddenCharacters.found(in: text)
        scanned = ScannedText(HiddenCharacters.removed(from: text).precomposedStringWithCompatibilityMapping)
    }

    /// The invisible or direction-changing characters the text held before it was cleaned.
    public let hiddenCharacters: [Unicode.Scalar]

    /// Where the text is, in words, to start a message: "The title", "Hint 2 of step 3 (padlock)".
    public var place: String {
        let item = (itemIndex ?? 0) + 1
        let own: String
        switch role {
        case .title: return "The title"
        case .summary: return "The summary"
        case .text: own = "The text"
        case .note: own = "The note"
        case .hint: own = "Hint \(item)"
        case .explanation: own = "The explanation"
        case .solution: own = "The solution"
        case .optionText: own = "Option \(item)"
        case .optionFeedback: own = "The feedback on option \(item)"
        case .acceptedAnswer: own = "Accepted answer \(item)"
        case .wrongAnswer: own = "Wrong answer \(item)"
        case .wrongAnswerFeedback: own = "The feedback on wrong answer \(item)"
        case .typingTarget: own = "The typing target"
        case .orderItem: own = "Item \(item)"
        }
        return "\(own) of \(stepName)"
    }

    /// `step 3` or `step 3 (padlock)`.
    var stepName: String {
        let number = "step \((stepIndex ?? 0) + 1)"
        guard let stepID, !stepID.isEmpty else { return number }
        return "\(number) (\(stepID))"
    }

    /// `place` for use inside a sentence: "the title", "hint 2 of step 3".
    var placeInSentence: String {
        place.prefix(1).lowercased() + place.dropFirst()
    }
}
