import TasterTestSupport
import Testing
@testable import TasterLessons

/// Lines far longer than any answer still get a quick verdict.
@Suite("Very long lines", .ownThread)
struct LongInputTests {
    /// One line of a million letters.
    static let megabyte = String(repeating: "a", count: 1_000_000)
    /// About ten kilobytes of one word repeated.
    static let tenKilobytesOfWords = String(repeating: "padlock ", count: 1_280)

    /// One step of each question kind, including patterns that backtrack badly.
    static let kinds: [StepKind] = [
        .choice(ChoiceQuestion(options: [ChoiceOption(text: "aaaa", correct: true), ChoiceOption(text: "b")])),
        .answer(TextQuestion(accept: ["padlock"], patterns: ["(a+)+b", ".*"])),
        .number(NumberQuestion(value: 1)),
        .type(TypingDrill(target: "aaaa")),
        .secret(SecretPractice()),
        .order(OrderQuestion(items: ["x", "y", "z"])),
    ]

    @Test("A 1 MB line gets a verdict and is not accepted", arguments: kinds)
    func megabyteLine(kind: StepKind) {
        #expect(!Make.check(Self.megabyte, kind).isCorrect)
    }

    @Test("A 10 KB line of words gets a verdict and is not accepted", arguments: kinds)
    func tenKilobyteLine(kind: StepKind) {
        #expect(!Make.check(Self.tenKilobytesOfWords, kind).isCorrect)
    }

    @Test("A long free-text line is told kindly that a few words are enough")
    func longAnswer() {
        #expect(Make.check(Self.megabyte, Self.kinds[1]) == .incorrect(feedback: StandardFeedback.answerTooLong))
    }

    @Test("A long drill line reports where it first differs")
    func longDrill() {
        #expect(Make.check(Self.megabyte, .type(TypingDrill(target: "aaaa")))
            == .mismatch(expected: "aaaa", typed: Self.megabyte, firstDifference: 4))
    }

    @Test("Typo distance on long words is bounded and still right")
    func longWords() {
        let long = String(repeating: "b", count: 5_000)
        #expect(TypoDistance.distance(long, long + "c", limit: 2) == 1)
        #expect(TypoDistance.distance(long, String(repeating: "b", count: 4_000), limit: 2) == nil)
    }
}
