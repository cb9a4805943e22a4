import Testing
import TasterLessons
import TasterEngine
@testable import TasterWording

@Suite("The words for events")
struct EventWordingTests {
    @Test("a typing mismatch puts the caret under the first difference")
    func caret() {
        let lines = EventWording(.english).mismatchLines(expected: "www.example.org", typed: "www.exmaple.org", firstDifference: 6)
        let typedLine = lines[2]
        let caretLine = lines[3]
        let caretColumn = caretLine.firstIndex(of: "^").map { caretLine.distance(from: caretLine.startIndex, to: $0) }
        let typedStart = typedLine.range(of: "www.exmaple.org").map { typedLine.distance(from: typedLine.startIndex, to: $0.lowerBound) }
        #expect(caretColumn == (typedStart ?? 0) + 6)
    }

    @Test("hints say which of how many")
    func hintWords() {
        #expect(EventWording(.english).lines(for: .hint(text: "Look up.", number: 2, total: 3)) == ["Hint 2 of 3: Look up."])
    }

    @Test("help states the command-word rule")
    func helpRule() {
        let text = EventWording(.english).lines(for: .help(LearnerCommand.allCases)).joined(separator: "\n")
        #expect(text.contains("answers the step instead"))
        for command in LearnerCommand.allCases { #expect(text.contains(command.words[0])) }
    }

    @Test("an order step shows its items mixed up and numbered")
    func orderPrompt() {
        let step = Step(text: "Order.", kind: .order(OrderQuestion(items: ["one", "two", "three"])))
        #expect(EventWording(.english).promptLines(for: step).prefix(3) == ["  1) three", "  2) one", "  3) two"])
    }
}
