/// Checks a learner's line against a step, forgivingly.
public enum AnswerChecker {
    /// Checks `input` against `step`. A `say` step accepts anything.
    public static func check(_ input: String, against step: Step) -> AnswerVerdict {
        switch step.kind {
        case .say: return .correct(feedback: nil, spelling: nil)
        default: return .incorrect(feedback: "Not quite.")
        }
    }

    /// The line a learner could type to answer `step` correctly (used by auto-play); nil for `say`.
    public static func modelAnswer(for step: Step) -> String? {
        nil
    }

    /// The solution shown after the last hint, in words a learner understands.
    public static func solution(for step: Step) -> String? {
        step.solution
    }
}
