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

    /// Where the text is, as a phrase for problems: the title, hint 2 of step 3 (padlock). A
    /// sentence that starts with it writes `{Place}`, which the catalogue capitalises.
    public var place: ProblemValue {
        let item: [String: ProblemValue] = ["item": "\((itemIndex ?? 0) + 1)"]
        let own: ProblemKind
        switch role {
        case .title: return .phrase(.fieldTitle)
        case .summary: return .phrase(.fieldSummary)
        case .text: own = .fieldText
        case .note: own = .fieldNote
        case .hint: own = .fieldHint
        case .explanation: own = .fieldExplanation
        case .solution: own = .fieldSolution
        case .optionText: own = .fieldOption
        case .optionFeedback: own = .fieldOptionFeedback
        case .acceptedAnswer: own = .fieldAcceptedAnswer
        case .wrongAnswer: own = .fieldWrongAnswer
        case .wrongAnswerFeedback: own = .fieldWrongAnswerFeedback
        case .typingTarget: own = .fieldTypingTarget
        case .orderItem: own = .fieldOrderItem
        }
        return .phrase(.fieldOfStep, ["field": .phrase(own, item), "step": Lesson.stepPhrase(index: stepIndex ?? 0, id: stepID)])
    }
}
