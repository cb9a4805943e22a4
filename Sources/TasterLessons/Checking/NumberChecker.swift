/// Checks a typed number against the right value, within the step's tolerance.
enum NumberChecker {
    /// Room for floating-point error, so that 0.1 + 0.2 counts as 0.3.
    static let floatingPointSlack = 1e-9

    /// The verdict on `input` for `question`.
    static func check(_ input: String, against question: NumberQuestion) -> AnswerVerdict {
        switch NumberReader.read(input) {
        case .unreadable(let advice):
            // The reader's general advice gives a money example; the step's own fits its unit.
            if advice == StandardFeedback.numberAdvice { return .unreadable(advice: StandardFeedback.numberAdvice(for: question)) }
            // Pence are for money: any other number hears about the decimal point.
            if advice == StandardFeedback.decimalCommaAdvice, question.unit != .pounds {
                return .unreadable(advice: StandardFeedback.decimalPointAdvice)
            }
            return .unreadable(advice: advice)
        case .value(let typed):
            if isClose(typed, to: question.value, tolerance: question.tolerance) {
                return .correct(feedback: nil, spelling: nil)
            }
            if let known = question.wrong.first(where: { isClose(typed, to: $0.value, tolerance: question.tolerance) }) {
                return .incorrect(feedback: .authored(known.feedback))
            }
            return .incorrect(feedback: StandardFeedback.notQuiteNumber)
        }
    }

    /// Whether `typed` is within `tolerance` of `target`, allowing for floating-point error.
    static func isClose(_ typed: Double, to target: Double, tolerance: Double) -> Bool {
        abs(typed - target) <= abs(tolerance) + floatingPointSlack
    }

    /// A line that reads back as the value.
    static func modelAnswer(for question: NumberQuestion) -> String {
        NumberFormatting.plain(question.value)
    }

    /// The right value, written for its unit.
    static func solution(for question: NumberQuestion) -> StepSolution {
        .number(NumberFormatting.string(question.value, in: question.unit))
    }
}
