/// Checks a learner's line against a step, forgivingly.
public enum AnswerChecker {
    /// Checks `input` against `step`. A `say` step accepts anything.
    public static func check(_ input: String, against step: Step) -> AnswerVerdict {
        switch step.kind {
        case .say: .correct(feedback: nil, spelling: nil)
        case .choice(let question): ChoiceChecker.check(input, against: question)
        case .answer(let question): TextAnswerChecker.check(input, against: question)
        case .number(let question): NumberChecker.check(input, against: question)
        case .type(let drill): TypingDrillChecker.check(input, against: drill)
        case .secret(let practice): SecretChecker.check(input, against: practice)
        case .order(let question): OrderChecker.check(input, against: question)
        }
    }

    /// The line a learner could type to answer `step` correctly (used by auto-play); nil for `say`.
    public static func modelAnswer(for step: Step) -> String? {
        switch step.kind {
        case .say: nil
        case .choice(let question): ChoiceChecker.modelAnswer(for: question)
        case .answer(let question): question.accept.first
        case .number(let question): NumberChecker.modelAnswer(for: question)
        case .type(let drill): drill.target
        case .secret(let practice): SecretChecker.modelAnswer(for: practice)
        case .order(let question): OrderChecker.modelAnswer(for: question)
        }
    }

    /// The solution shown after the last hint: the author's, else one made from the answer.
    public static func solution(for step: Step) -> StepSolution? {
        if let written = step.solution { return .written(written) }
        switch step.kind {
        case .say: return nil
        case .choice(let question): return ChoiceChecker.solution(for: question)
        case .answer(let question): return question.accept.first.map(StepSolution.oneAnswer)
        case .number(let question): return NumberChecker.solution(for: question)
        case .type(let drill): return .typeExactly(drill.target)
        case .secret(let practice): return SecretChecker.solution(for: practice)
        case .order(let question): return OrderChecker.solution(for: question)
        }
    }
}
