import TasterTestSupport
import Testing
@testable import TasterLessons

/// Generated patterns, checked against Swift's own regular expressions on short lines (where
/// backtracking is quick): both must agree on every line, and taster's work must stay within
/// line × pattern on long hostile lines.
@Suite("Answer patterns: generated", .ownThread)
struct AnswerPatternPropertyTests {
    /// A small, seeded random source, so that every run tries the same patterns.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let atoms = ["a", "b", "A", ".", "[ab]", "[^a]", "\\w", "\\s", " ", "[a-b]", "\\d", "1"]

    static func pattern(depth: Int, using random: inout SplitMix) -> String {
        if depth == 0 { return atoms.randomElement(using: &random)! }
        switch Int.random(in: 0..<11, using: &random) {
        case 0, 1: return pattern(depth: depth - 1, using: &random) + pattern(depth: depth - 1, using: &random)
        case 2: return "(" + pattern(depth: depth - 1, using: &random) + "|" + pattern(depth: depth - 1, using: &random) + ")"
        case 3: return "(" + pattern(depth: depth - 1, using: &random) + ")*"
        case 4: return "(" + pattern(depth: depth - 1, using: &random) + ")+"
        case 5: return "(?:" + pattern(depth: depth - 1, using: &random) + ")?"
        case 6: return "(" + pattern(depth: depth - 1, using: &random) + "){1,2}"
        case 7: return "(?=" + pattern(depth: depth - 1, using: &random) + ")" + pattern(depth: depth - 1, using: &random)
        case 8: return "(?!" + pattern(depth: depth - 1, using: &random) + ")" + pattern(depth: depth - 1, using: &random)
        case 9: return ["^", "$", "\\b", "\\B"].randomElement(using: &random)! + pattern(depth: depth - 1, using: &random)
        default: return "(?:" + pattern(depth: depth - 1, using: &random) + ")*?"
        }
    }

    static func line(using random: inout SplitMix) -> String {
        String((0..<Int.random(in: 0...6, using: &random)).map { _ in "aAb 1".randomElement(using: &random)! })
    }

    @Test("taster's matcher agrees with Swift's on 600 generated patterns and 12 lines each")
    func agreesWithSwift() throws {
        var random = SplitMix(state: 19)
        var disagreements: [String] = []
        var compared = 0
        for _ in 0..<600 {
            let pattern = Self.pattern(depth: Int.random(in: 1...4, using: &random), using: &random)
            #expect(AnswerPattern.problem(with: pattern) == nil, "\(pattern)")
            // taster means by \b what most regular expressions mean: where a word character meets one that is not.
            let regex = try Regex(pattern).ignoresCase().wordBoundaryKind(.simple)
            for _ in 0..<12 {
                let line = Self.line(using: &random)
                let expected = (try regex.wholeMatch(in: line)) != nil
                compared += 1
                if AnswerPattern.matchesWhole(line, pattern: pattern) != expected {
                    disagreements.append("\(pattern) on \"\(line)\": Swift says \(expected)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(compared == 7_200)
    }

    @Test("on 300 generated patterns and long lines, the work stays within line × pattern")
    func boundedWork() throws {
        var random = SplitMix(state: 2026)
        for _ in 0..<300 {
            let pattern = Self.pattern(depth: Int.random(in: 2...5, using: &random), using: &random) + "!"
            let machine = try PatternMachine(pattern)
            let line = Array(String(repeating: "aAb 1", count: 60))
            var steps = 0
            #expect(!machine.matchesWhole(line, steps: &steps))
            let bound = 2 * (line.count + 1) * machine.states.count * (machine.lookaheadStarts.count + 1)
            #expect(steps <= bound, "\(pattern): \(steps) steps, bound \(bound)")
        }
    }
}
