import Testing
@testable import TasterLessons

@Suite("Answer patterns that could take minutes")
struct AnswerPatternSafetyTests {
    @Test("a repeated group that itself repeats is refused and never run", arguments: [
        "(a+)+b", "(\\w+\\s?)+", "((ab)*)+", "(x+){2,}", "(?:a|b+)*c",
    ])
    func refused(pattern: String) {
        #expect(AnswerPattern.problem(with: pattern)?.contains("repeats a group that itself repeats") == true)
        #expect(!AnswerPattern.matchesWhole(String(repeating: "a", count: 40), pattern: pattern))
    }

    @Test("ordinary patterns are allowed and match", arguments: [
        ("(an )?attach(ment|ed file)", "an attachment"), ("colou?r", "color"), ("[a-z]+@example\\.org", "sam@example.org"),
        ("(ab){2}", "abab"), ("\\(yes\\)+", "(yes)"), ("[(]a+[)]+", "(aa)"),
    ])
    func allowed(pattern: String, text: String) {
        #expect(AnswerPattern.problem(with: pattern) == nil)
        #expect(AnswerPattern.matchesWhole(text, pattern: pattern))
    }

    @Test("a line longer than the limit is not tried against a pattern")
    func longLine() {
        #expect(!AnswerPattern.matchesWhole(String(repeating: "a", count: AnswerPattern.longestLineMatched + 1), pattern: "a+"))
        #expect(AnswerPattern.matchesWhole(String(repeating: "a", count: AnswerPattern.longestLineMatched), pattern: "a+"))
    }
}
