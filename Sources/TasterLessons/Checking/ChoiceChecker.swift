/// Checks the options a learner picked against a choice question.
enum ChoiceChecker {
    /// The verdict on `input` for `question`.
    static func check(_ input: String, against question: ChoiceQuestion) -> AnswerVerdict {
        let trimmed = ForgivingText.trimmed(input)
        guard !ForgivingText.isTooLongToRead(trimmed) else { return .unreadable(advice: StandardFeedback.choiceAdvice) }
        let given = ForgivingText.normalized(trimmed)
        guard !given.isEmpty else { return .unreadable(advice: StandardFeedback.choiceAdvice) }

        switch ChoicePickReader.read(given, options: question.options) {
        case .unreadable:
            return .unreadable(advice: StandardFeedback.choiceAdvice)
        case .outOfRange:
            return .unreadable(advice: .checking(.onlyChoices(count: question.options.count)) + StandardFeedback.choiceAdvice)
        case .picks(let picked, let spelling):
            return verdict(picked: picked, spelling: spelling, question: question)
        }
    }

    /// The verdict on a set of picked options.
    private static func verdict(picked: Set<Int>, spelling: String?, question: ChoiceQuestion) -> AnswerVerdict {
        let options = question.options
        let correct = Set(question.correctIndices)
        let pickedRight = picked.intersection(correct)
        let pickedWrong = picked.subtracting(correct).sorted()
        let isRight = switch question.pick {
        case .all: picked == correct && !correct.isEmpty
        case .any: pickedWrong.isEmpty && !pickedRight.isEmpty
        }
        if isRight {
            let praise = picked.sorted().compactMap { options[$0].feedback }.map(Feedback.Part.authored)
            return .correct(feedback: praise.isEmpty ? nil : Feedback(praise), spelling: spelling)
        }

        let wrongFeedback = Feedback(pickedWrong.compactMap { options[$0].feedback }.map(Feedback.Part.authored))
        if pickedRight.isEmpty {
            return .incorrect(feedback: wrongFeedback.parts.isEmpty ? StandardFeedback.notQuite : wrongFeedback)
        }
        if pickedWrong.isEmpty {
            return .incorrect(feedback: StandardFeedback.partOfIt)
        }
        let opening = correct.count > 1 ? StandardFeedback.someRightSomeWrong : StandardFeedback.onlyOneIsRight
        return .incorrect(feedback: opening + wrongFeedback)
    }

    /// The numbers of the right options: all of them, or the first when any one will do.
    static func modelAnswer(for question: ChoiceQuestion) -> String? {
        let numbers = question.correctIndices.map { String($0 + 1) }
        guard let first = numbers.first else { return nil }
        return question.pick == .any ? first : numbers.joined(separator: " ")
    }

    /// The right options, each with its number (worded as `The answer is 2: Lock the screen.`).
    static func solution(for question: ChoiceQuestion) -> StepSolution? {
        let named = question.correctIndices.map { NumberedText(number: $0 + 1, text: question.options[$0].text) }
        guard !named.isEmpty else { return nil }
        return .choice(options: named, anyOne: question.pick == .any)
    }
}
