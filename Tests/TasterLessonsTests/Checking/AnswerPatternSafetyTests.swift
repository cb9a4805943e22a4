import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Answer patterns that could take minutes", .ownThread)
struct AnswerPatternSafetyTests {
    /// Patterns that make a backtracking matcher take minutes, each with a line that does it.
    static let hostile: [(pattern: String, line: String)] = [
        ("(a|a)*b", String(repeating: "a", count: 30)),
        ("(a|aa)*c", String(repeating: "a", count: 40)),
        (".*.*.*.*.*.*.*.*=!", String(repeating: "=", count: 60)),
        ("(a+)+b", String(repeating: "a", count: 40)),
        ("(\\w+\\s?)+$!", String(repeating: "word ", count: 50)),
        ("((ab)*)+c", String(repeating: "ab", count: 40)),
        ("(x+){2,}y", String(repeating: "x", count: 60)),
        ("(?:a|b+)*c", String(repeating: "ab", count: 60)),
        ("(?=(a|a)*b).*", String(repeating: "a", count: 60)),
        ("(.*a){12}", String(repeating: "a", count: 11) + String(repeating: "b", count: 40)),
        ("(a?){30}a{30}", String(repeating: "a", count: 30)),
    ]

    @Test("a pattern that backtracks elsewhere does work in proportion to line × pattern", arguments: hostile)
    func bounded(pattern: String, line: String) throws {
        let machine = try PatternMachine(pattern)
        var steps = 0
        _ = machine.matchesWhole(Array(line), steps: &steps)
        // Each character visits each state at most twice (once to add it, once to read it);
        // a lookahead is worked out once per place, with its own states.
        let bound = 2 * (line.count + 1) * machine.states.count * (machine.lookaheadStarts.count + 1)
        #expect(steps <= bound, "\(steps) steps for \(line.count) characters and \(machine.states.count) states")
        #expect(AnswerPattern.problem(with: pattern) == nil)
    }

    @Test("the hostile patterns still give the right answer", arguments: [
        ("(a|a)*b", "aaaab", true), ("(a|a)*b", "aaaa", false), ("(a|aa)*c", "aaac", true),
        (".*.*.*.*.*.*.*.*=!", "a=b=!", true), (".*.*=!", "==", false), ("(a+)+b", "aab", true),
    ])
    func hostileCorrect(pattern: String, line: String, matches: Bool) {
        #expect(AnswerPattern.matchesWhole(line, pattern: pattern) == matches)
    }

    @Test("ordinary patterns are allowed and match", arguments: [
        ("(an )?attach(ment|ed file)", "an attachment"), ("colou?r", "color"), ("[a-z]+@example\\.org", "sam@example.org"),
        ("(ab){2}", "abab"), ("\\(yes\\)+", "(yes)"), ("[(]a+[)]+", "(aa)"), ("0?5/0?3/1962", "5/3/1962"),
        ("(?=.*\\bbus)(?=.*\\banytown\\b)(?=.*\\briverford\\b).*", "Riverford to Anytown BUS"),
        ("(?!.*http:).*example\\.org.*", "https://example.org"), ("\\d{2,3} ?p", "50p"), ("£\\d+(\\.\\d\\d)?", "£12.50"),
        ("[^x]+", "Café"), ("(?<word>ok)!?", "OK!"), ("a{2}?b", "aab"),
    ])
    func allowed(pattern: String, text: String) {
        #expect(AnswerPattern.problem(with: pattern) == nil)
        #expect(AnswerPattern.matchesWhole(text, pattern: pattern))
    }

    @Test("patterns taster cannot check quickly, or cannot read, are refused with the reason", arguments: [
        ("(a)\\1", "\\1"), ("(?<=a)b", "lookbehind"), ("a++", "possessive"), ("(unclosed", "never closed"),
        ("[a-", "never closed"), ("*", "nothing before it"), ("a{200}", "above 100"), ("((a{100}){100}){100}", "too large"),
        ("a{3,1}", "larger number first"), ("[z-a]", "backwards"), ("^*", "matches no character"), ("a)", "no \"(\""),
    ])
    func refused(pattern: String, reason: String) {
        let problem = AnswerPattern.problem(with: pattern)
        #expect(problem?.contains(reason) == true, "\(problem ?? "no problem")")
        #expect(!AnswerPattern.matchesWhole("a", pattern: pattern))
    }

    @Test("a line longer than the limit is not tried against a pattern")
    func longLine() {
        #expect(!AnswerPattern.matchesWhole(String(repeating: "a", count: AnswerPattern.longestLineMatched + 1), pattern: "a+"))
        #expect(AnswerPattern.matchesWhole(String(repeating: "a", count: AnswerPattern.longestLineMatched), pattern: "a+"))
    }
}
