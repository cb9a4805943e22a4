/// Checks the options a learner picked against a choice question.
enum ChoiceChecker {
    /// The verdict on `input` for `question`.
    static func check(_ input: String, against question: ChoiceQuestion) -> AnswerVerdict {
        let trimmed = ForgivingText.trimmed(input)
        guard !ForgivingText.isTooLongToRead(trimmed) else { return .unreadable(advice: CheckingWords.choiceAdvice) }
        let given = ForgivingText.normalized(trimmed)
        guard !given.isEmpty else { return .unreadable(advice: CheckingWords.choiceAdvice) }

        switch ChoicePickReader.read(given, options: question.options) {
        case .unreadable:
            return .unreadable(advice: CheckingWords.choiceAdvice)
        case .outOfRange:
            let count = question.options.count
            let choices = count == 1 ? "There is only 1 answer" : "There are only \(count) answers"
            return .unreadable(advice: "\(choices) to choose from. \(CheckingWords.choiceAdvice)")
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
            let praise = picked.sorted().compactMap { options[$0].feedback }
            return .correct(feedback: praise.isEmpty ? nil : praise.joined(separator: " "), spelling: spelling)
        }

        let wrongFeedback = pickedWrong.compactMap { options[$0].feedback }
        if pickedRight.isEmpty {
            return .incorrect(feedback: wrongFeedback.isEmpty ? CheckingWords.notQuite : wrongFeedback.joined(separator: " "))
        }
        if pickedWrong.isEmpty {
            return .incorrect(feedback: CheckingWords.partOfIt)
        }
        let opening = correct.count > 1 ? CheckingWords.someRightSomeWrong : CheckingWords.onlyOneIsRight
        return .incorrect(feedback: ([opening] + wrongFeedback).joined(separator: " "))
    }

    /// The numbers of the right options: all of them, or the first when any one will do.
    static func modelAnswer(for question: ChoiceQuestion) -> String? {
        let numbers = question.correctIndices.map { String($0 + 1) }
        guard let first = numbers.first else { return nil }
        return question.pick == .any ? first : numbers.joined(separator: " ")
    }

    /// The right options in words, such as `The answer is 2: Lock the screen.`
    static func solution(for question: ChoiceQuestion) -> String? {
        let named = question.correctIndices.map { "\($0 + 1): \(question.options[$0].text)" }
        guard let last = named.last else { return nil }
        let sentence: String
        if named.count == 1 {
            sentence = "The answer is \(last)"
        } else if question.pick == .any {
            sentence = "Any one of these is right: " + named.dropLast().joined(separator: "; ") + "; or " + last
        } else {
            sentence = "The answers are " + named.dropLast().joined(separator: "; ") + "; and " + last
        }
        return SentenceEnding.ended(sentence)
    }
}
