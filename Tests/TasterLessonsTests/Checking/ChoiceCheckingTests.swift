import TasterTestSupport
import Testing
@testable import TasterLessons

/// Picking options by number, letter or words, one or several.
@Suite("Checking choices", .ownThread)
struct ChoiceCheckingTests {
    /// One right option (2), with feedback on some options.
    static let single = StepKind.choice(ChoiceQuestion(options: [
        ChoiceOption(text: "Click the link in the text", feedback: "Links in unexpected texts can be scams."),
        ChoiceOption(text: "Call the number on your card", correct: true, feedback: "Yes: that number is safe."),
        ChoiceOption(text: "Reply with your PIN"),
    ]))

    /// Two right options (1 and 3) that must both be picked.
    static let several = StepKind.choice(ChoiceQuestion(options: [
        ChoiceOption(text: "Use three random words", correct: true),
        ChoiceOption(text: "Use your pet's name", feedback: "Pet names are easy to find online."),
        ChoiceOption(text: "Keep it secret", correct: true),
        ChoiceOption(text: "Write it on a sticky note"),
    ]))

    /// Two right options (1 and 3), either of which will do.
    static let anyOne = StepKind.choice(ChoiceQuestion(options: [
        ChoiceOption(text: "A library", correct: true),
        ChoiceOption(text: "A stranger's hotspot", feedback: "Open hotspots can be unsafe."),
        ChoiceOption(text: "A community centre", correct: true),
    ], pick: .any))

    @Test("The right option can be picked by number, letter or its words", arguments: [
        "2", " 2 ", "2.", "2)", "(2)", "b", "B", "b)", "(b)", "B.", "option 2", "answer b",
        "Call the number on your card", "call the number on your card.", "CALL THE NUMBER ON YOUR CARD!",
    ])
    func rightSinglePick(input: String) {
        #expect(Make.check(input, Self.single) == .correct(feedback: "Yes: that number is safe.", spelling: nil))
    }

    @Test("An option's words are forgiven small typos, and the spelling is given")
    func typoInOptionText() {
        #expect(Make.check("Call the numbr on your card", Self.single)
            == .correct(feedback: "Yes: that number is safe.", spelling: "Call the number on your card"))
    }

    @Test("A wrong pick gets that option's own feedback", arguments: [
        "1", "a", "A)", "click the link in the text",
    ])
    func wrongPickWithFeedback(input: String) {
        #expect(Make.check(input, Self.single) == .incorrect(feedback: "Links in unexpected texts can be scams."))
    }

    @Test("A wrong pick with no feedback gets a kind generic sentence", arguments: ["3", "c", "reply with your pin"])
    func wrongPickWithoutFeedback(input: String) {
        #expect(Make.check(input, Self.single) == .incorrect(feedback: StandardFeedback.notQuite))
    }

    @Test("A number or letter beyond the options, or unreadable text, gets advice", arguments: [
        ("4", true), ("0", true), ("d", true), ("99", true), ("2 7", true),
        ("call them", false), ("maybe", false), ("?", false), ("", false),
    ])
    func unreadable(input: String, outOfRange: Bool) {
        let verdict = Make.check(input, Self.single)
        let expected = outOfRange
            ? .checking(.onlyChoices(count: 3)) + StandardFeedback.choiceAdvice
            : StandardFeedback.choiceAdvice
        #expect(verdict == .unreadable(advice: expected))
    }

    @Test("Several picks can be typed many ways", arguments: [
        "1 3", "3 1", "1,3", "1, 3", "1 and 3", "a c", "a and c", "A, C", "a & c", "1 c", "both 1 and 3",
        "use three random words and keep it secret", "Keep it secret, use three random words",
    ])
    func severalRight(input: String) {
        #expect(Make.check(input, Self.several) == .correct(feedback: nil, spelling: nil))
    }

    @Test("Only part of the right set gets kind feedback", arguments: ["1", "c", "keep it secret"])
    func partOfTheSet(input: String) {
        let verdict = Make.check(input, Self.several)
        #expect(verdict == .incorrect(feedback: StandardFeedback.partOfIt))
        #expect(Make.words(of: verdict).contains("more than one answer is right"))
    }

    @Test("Right and wrong picks together say so, with the wrong option's feedback")
    func rightAndWrong() {
        #expect(Make.check("1 2 3", Self.several)
            == .incorrect(feedback: StandardFeedback.someRightSomeWrong + "Pet names are easy to find online."))
        #expect(Make.check("1 3 4", Self.several) == .incorrect(feedback: StandardFeedback.someRightSomeWrong))
        #expect(Make.check("1 2", Self.single)
            == .incorrect(feedback: StandardFeedback.onlyOneIsRight + "Links in unexpected texts can be scams."))
        #expect(Make.check("2 b", Self.single).isCorrect, "the same option named twice is one pick")
    }

    @Test("Only wrong picks among several get their feedback")
    func onlyWrongPicks() {
        #expect(Make.check("2 4", Self.several) == .incorrect(feedback: "Pet names are easy to find online."))
        #expect(Make.check("4", Self.several) == .incorrect(feedback: StandardFeedback.notQuite))
    }

    @Test("With pick any, one right option is enough", arguments: [
        ("1", true), ("c", true), ("1 3", true), ("a library", true),
        ("2", false), ("1 2", false),
    ])
    func pickAny(input: String, right: Bool) {
        #expect(Make.check(input, Self.anyOne).isCorrect == right)
    }

    @Test("With pick any, a wrong option alongside a right one is explained")
    func pickAnyMixed() {
        #expect(Make.check("1 2", Self.anyOne)
            == .incorrect(feedback: StandardFeedback.someRightSomeWrong + "Open hotspots can be unsafe."))
    }

    @Test("Options written as numbers can be picked by their words when out of range")
    func numericOptions() {
        let kind = StepKind.choice(ChoiceQuestion(options: [
            ChoiceOption(text: "10"), ChoiceOption(text: "20", correct: true), ChoiceOption(text: "30"),
        ]))
        #expect(Make.check("20", kind).isCorrect)
        #expect(Make.check("2", kind).isCorrect)
        #expect(!Make.check("1", kind).isCorrect)
    }
}
