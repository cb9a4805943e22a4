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
        for command in LearnerCommand.allCases { #expect(text.contains(Catalogue.english.commandWords.mainWord(of: command))) }
    }

    @Test("an order step shows its items mixed up and numbered")
    func orderPrompt() {
        let step = Step(text: "Order.", kind: .order(OrderQuestion(items: ["one", "two", "three"])))
        #expect(EventWording(.english).promptLines(for: step).prefix(3) == ["  1) three", "  2) one", "  3) two"])
    }

    /// Whether the mismatch is shown with a caret (colour) or in words (plain mode).
    enum MismatchForm: CaseIterable { case caret, words }

    @Test("a long paste is echoed as its start and its length, with the caret still under its letter", arguments: MismatchForm.allCases)
    func longPaste(form: MismatchForm) throws {
        let wording = EventWording(.english)
        let typed = "www.exmaple.org" + String(repeating: "x", count: 4_985)
        let lines = form == .caret
            ? wording.mismatchLines(expected: "www.example.org", typed: typed, firstDifference: 6)
            : wording.mismatchWords(expected: "www.example.org", typed: typed, firstDifference: 6)
        let typedLine = try #require(lines.first { $0.contains("You typed: ") })
        #expect(typedLine.count < 80, "\(typedLine.count) characters echoed")
        #expect(typedLine.contains("You typed: www.exmaple.org"))
        #expect(lines.contains("(That is the start of what you typed: 5000 characters in all.)"), "\(lines)")
        if form == .caret {
            let caretLine = lines[3]
            let caretColumn = caretLine.firstIndex(of: "^").map { caretLine.distance(from: caretLine.startIndex, to: $0) }
            let typedStart = typedLine.range(of: "www.exmaple").map { typedLine.distance(from: typedLine.startIndex, to: $0.lowerBound) }
            #expect(caretColumn == (typedStart ?? 0) + 6)
        }
    }

    @Test("a short answer is echoed in full, with no note about its length", arguments: MismatchForm.allCases)
    func shortAnswer(form: MismatchForm) {
        let wording = EventWording(.english)
        let lines = form == .caret
            ? wording.mismatchLines(expected: "www.example.org", typed: "www.exmaple.org", firstDifference: 6)
            : wording.mismatchWords(expected: "www.example.org", typed: "www.exmaple.org", firstDifference: 6)
        #expect(lines.contains { $0.hasSuffix("You typed: www.exmaple.org") })
        #expect(!lines.joined().contains("characters in all"))
    }

    @Test("skipping says so, and offers the answer when there is one", arguments: [
        (.number("250"), ["Skipped: that is fine. Type back if you would like to try that step again.", "In case you would like to know: The answer is 250."]),
        (nil, ["Skipped: that is fine. Type back if you would like to try that step again."]),
    ] as [(StepSolution?, [String])])
    func skipped(solution: StepSolution?, shown: [String]) {
        #expect(EventWording(.english).lines(for: .skipped(solution: solution)) == shown)
    }
}
