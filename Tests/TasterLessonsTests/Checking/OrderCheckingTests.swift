import TasterTestSupport
import Testing
@testable import TasterLessons
import TasterWording

/// Putting items in order by typing their shown numbers.
@Suite("Checking orders", .ownThread)
struct OrderCheckingTests {
    /// Shown as 1) Press Enter, 2) Open the browser, 3) Type the address: the answer is 2 3 1.
    static let question = OrderQuestion(
        items: ["Open the browser", "Type the address", "Press Enter"], shownOrder: [2, 0, 1]
    )
    /// The question as a step kind.
    static let kind = StepKind.order(question)

    @Test("The answer in shown numbers is worked out from the shown order")
    func answerInShownNumbers() {
        #expect(Self.question.answerInShownNumbers == [2, 3, 1])
    }

    @Test("The right order can be typed many ways", arguments: [
        "2 3 1", "2,3,1", "2, 3, 1", "231", " 2  3  1 ", "2-3-1", "2 > 3 > 1", "2 then 3 then 1", "2 3 1.",
    ])
    func right(input: String) {
        #expect(Make.check(input, Self.kind) == .correct(feedback: nil, spelling: nil))
    }

    @Test("A wrong order says how many are in the right place", arguments: [
        ("1 2 3", "None of them is in the right place yet."),
        ("2 1 3", "1 of 3 is already in the right place."),
        ("312", "None of them is in the right place yet."),
    ])
    func wrong(input: String, places: String) {
        let verdict = Make.check(input, Self.kind)
        #expect(Make.isIncorrect(verdict))
        #expect(Make.words(of: verdict) == "Not quite. \(places) Have another go, or type hint for a clue.")
    }

    @Test("Anything but each number once is unreadable", arguments: [
        "2 3", "2 3 1 1", "2 2 1", "0 1 2", "2 3 4", "23", "2311", "two three one", "", "2 3 x", "b c a",
    ])
    func unreadable(input: String) {
        let verdict = Make.check(input, Self.kind)
        #expect(Make.isUnreadable(verdict))
        #expect(Make.words(of: verdict) == "Type each number once, in the order they should happen, for example 3 1 2.")
    }

    @Test("The advice's example is never the answer itself")
    func adviceAvoidsAnswer() {
        let answerIsThreeOneTwo = OrderQuestion(items: ["a", "b", "c"], shownOrder: [1, 2, 0])
        #expect(answerIsThreeOneTwo.answerInShownNumbers == [3, 1, 2])
        #expect(Catalogue.english.text(of: OrderChecker.advice(for: answerIsThreeOneTwo)).hasSuffix("for example 2 3 1."))
    }

    @Test("With ten or more items, numbers must be separated")
    func tenItems() {
        let items = (1...10).map { "Step \($0)" }
        let question = OrderQuestion(items: items)
        let answer = question.answerInShownNumbers
        let kind = StepKind.order(question)
        #expect(Make.check(answer.map(String.init).joined(separator: " "), kind).isCorrect)
        #expect(Make.check(answer.map(String.init).joined(separator: ","), kind).isCorrect)
        #expect(!Make.check(answer.map(String.init).joined(), kind).isCorrect)
    }
}
