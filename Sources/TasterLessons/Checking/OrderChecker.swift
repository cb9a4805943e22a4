/// Checks the order a learner typed, as the numbers the items were shown with.
enum OrderChecker {
    /// Characters that may separate the numbers: `3 1 2`, `3,1,2`, `3-1-2`, `3 > 1 > 2`.
    static let separators: Set<Character> = [" ", ",", ";", "-", ">", "/", "."]

    /// The verdict on `input` for `question`.
    static func check(_ input: String, against question: OrderQuestion) -> AnswerVerdict {
        let answer = question.answerInShownNumbers
        guard let typed = shownNumbers(in: input, itemCount: answer.count),
              typed.sorted() == oneThrough(answer.count)
        else {
            return .unreadable(advice: advice(for: question))
        }
        if typed == answer { return .correct(feedback: nil, spelling: nil) }
        let inPlace = zip(typed, answer).filter { $0 == $1 }.count
        return .incorrect(feedback: .checking(.orderNotQuite(inPlace: inPlace, count: answer.count)))
    }

    /// The numbers in `input`, or nil when it holds anything else. Digits typed together
    /// (`312`) are read one by one when there are fewer than ten items.
    static func shownNumbers(in input: String, itemCount: Int) -> [Int]? {
        let trimmed = ForgivingText.trimmed(input)
        guard !ForgivingText.isTooLongToRead(trimmed) else { return nil }
        let given = ForgivingText.normalized(trimmed).replacingThen()
        let tokens = given.split(whereSeparator: { separators.contains($0) })
        guard !tokens.isEmpty, tokens.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) && $0.count <= 4 }) else { return nil }
        if tokens.count == 1, itemCount > 1, itemCount < 10, tokens[0].count == itemCount {
            return tokens[0].compactMap(\.wholeNumberValue)
        }
        return tokens.compactMap { Int($0) }
    }

    /// What to type, with an example that is never the answer itself (when another exists).
    static func advice(for question: OrderQuestion) -> Feedback {
        let count = question.items.count
        let numbers = oneThrough(count)
        let lastFirst = Array(numbers.suffix(1) + numbers.dropLast())
        let firstLast = Array(numbers.dropFirst() + numbers.prefix(1))
        let example = [lastFirst, firstLast].first { $0 != question.answerInShownNumbers } ?? lastFirst
        let written = example.map(String.init).joined(separator: " ")
        return .checking(.orderAdvice(example: written))
    }

    /// The numbers 1 to `count` (none when `count` is zero).
    private static func oneThrough(_ count: Int) -> [Int] {
        Array(stride(from: 1, through: count, by: 1))
    }

    /// The right order in shown numbers: `3 1 2`.
    static func modelAnswer(for question: OrderQuestion) -> String {
        question.answerInShownNumbers.map(String.init).joined(separator: " ")
    }

    /// The items in their right order, each with the number it was shown with.
    static func solution(for question: OrderQuestion) -> StepSolution {
        let answer = question.answerInShownNumbers
        return .order(numbers: modelAnswer(for: question), items: zip(answer, question.items).map { NumberedText(number: $0, text: $1) })
    }
}

private extension String {
    /// The line with the joining words `then` and `and` turned into spaces: `3 then 1 then 2`.
    func replacingThen() -> String {
        split(separator: " ").filter { $0 != "then" && $0 != "and" }.joined(separator: " ")
    }
}
