import Testing
import TasterLessons
import TasterEngine
@testable import TasterWording

/// The example in a prompt never gives the answer away.
@Suite("Prompt examples")
struct PromptExampleTests {
    private func choice(_ right: [Int], of count: Int, pick: ChoiceQuestion.Pick = .all) -> Step {
        let options = (0..<count).map { ChoiceOption(text: "Option \($0)", correct: right.contains($0), feedback: "Because.") }
        return Step(text: "Pick", hints: ["h", "i"], kind: .choice(ChoiceQuestion(options: options, pick: pick)))
    }

    @Test("a choice prompt's example is never the right answer", arguments: [
        ([0], 3, "for example 2."), ([1], 3, "for example 1."), ([0, 2], 3, "for example 1 2."),
        ([0, 1], 3, "for example 1 3."), ([0, 1], 2, "for example 1 2."),
    ])
    func choiceExample(right: [Int], count: Int, shown: String) {
        let lines = EventWording(.english).promptLines(for: choice(right, of: count))
        #expect(lines.last?.hasSuffix(shown) == true, "\(lines)")
    }

    @Test("for every set of right answers among four options, the example is not that set")
    func neverTheAnswer() {
        for mask in 1..<16 {
            let right = (0..<4).filter { mask & (1 << $0) != 0 }
            let example = EventWording.sampleNumbers(for: ChoiceQuestion(options: (0..<4).map { ChoiceOption(text: "\($0)", correct: right.contains($0)) }))
            let picked = Set(example.split(separator: " ").compactMap { Int($0) }.map { $0 - 1 })
            if right.count < 4 { #expect(picked != Set(right), "\(right) -> \(example)") }
        }
    }

    @Test("an order prompt's example is never the right order")
    func orderExample() {
        for items in [["a", "b"], ["a", "b", "c"], ["x", "y", "z", "w"]] {
            let step = Step(text: "Order", hints: ["h", "i"], kind: .order(OrderQuestion(items: items)))
            let answer = AnswerChecker.modelAnswer(for: step)
            let line = EventWording(.english).promptLines(for: step).last ?? ""
            #expect(!line.contains("for example \(answer ?? "").") , "\(line) vs \(answer ?? "")")
        }
    }

    @Test("a number prompt's example fits the step's unit and is never the answer or a known wrong one", arguments: [
        (NumberQuestion(value: 52, unit: .plain), "Type the number, for example 12."),
        (NumberQuestion(value: 12, unit: .plain), "Type the number, for example 7."),
        (NumberQuestion(value: 52, wrong: [KnownWrongNumber(value: 12, feedback: "Per month.")], unit: .plain), "Type the number, for example 7."),
        (NumberQuestion(value: 2.5, unit: .plain), "Type the number, for example 12.5."),
        (NumberQuestion(value: 250, unit: .pounds), "Type the amount, for example 12.50 or £12.50."),
        (NumberQuestion(value: 12.5, unit: .pounds), "Type the amount, for example 7.25 or £7.25."),
        (NumberQuestion(value: 10, unit: .percent), "Type the number, for example 12.5 or 12.5%."),
    ])
    func numberExample(question: NumberQuestion, shown: String) {
        let lines = EventWording(.english).promptLines(for: Step(text: "How many?", hints: ["h"], kind: .number(question)))
        #expect(lines == [shown])
        if question.unit != .pounds { #expect(!lines.joined().contains("£"), "money only for money: \(lines)") }
    }
}
