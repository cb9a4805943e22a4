/// What answer checking decided about one line the learner typed.
public enum AnswerVerdict: Sendable, Equatable {
    /// Right. `feedback` is the option's or the checker's word on it; `spelling` is the exact
    /// spelling when a small typo was forgiven.
    case correct(feedback: Feedback?, spelling: String?)
    /// Not right; `feedback` says kindly why, in the author's words when the author foresaw it.
    case incorrect(feedback: Feedback)
    /// A typing drill that does not match: `firstDifference` is the character offset of the first
    /// difference in `typed` (it may equal `typed.count` when the typing stopped short).
    case mismatch(expected: String, typed: String, firstDifference: Int)
    /// The line cannot be read as an answer of this kind; `advice` says what to type instead.
    case unreadable(advice: Feedback)

    /// Whether the answer was accepted.
    public var isCorrect: Bool {
        if case .correct = self { return true }
        return false
    }
}
