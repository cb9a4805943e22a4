import TasterTestSupport
import Testing
@testable import TasterLessons

/// Typing drills: exact text, and where a mismatch starts.
@Suite("Checking typing drills", .ownThread)
struct TypingDrillCheckingTests {
    /// A drill to type a web address.
    static let address = StepKind.type(TypingDrill(target: "www.example.org/help"))

    @Test("The exact text is accepted, with spaces around it forgiven", arguments: [
        "www.example.org/help", "  www.example.org/help", "www.example.org/help \t",
    ])
    func exact(input: String) {
        #expect(Make.check(input, Self.address) == .correct(feedback: nil, spelling: nil))
    }

    @Test("A mismatch reports where the typing first differs", arguments: [
        ("www.example.org/Help", 16),   // case matters in a drill
        ("ww.example.org/help", 2),
        ("www.example.org", 15),         // stopped short
        ("www.example.org/help/", 20),   // typed too much
        ("", 0),
        ("www.exam ple.org/help", 8),
        ("www.\u{00E9}xample.org/help", 4),
    ])
    func mismatch(typed: String, offset: Int) {
        #expect(Make.check(typed, Self.address)
            == .mismatch(expected: "www.example.org/help", typed: typed, firstDifference: offset))
    }

    @Test("Offsets count characters, not bytes")
    func offsetsCountCharacters() {
        let kind = StepKind.type(TypingDrill(target: "caf\u{00E9} \u{1F600} menu"))
        #expect(Make.check("caf\u{00E9} \u{1F600} mneu", kind)
            == .mismatch(expected: "caf\u{00E9} \u{1F600} menu", typed: "caf\u{00E9} \u{1F600} mneu", firstDifference: 8))
        #expect(Make.check("cafe\u{0301} \u{1F600} menu", kind).isCorrect, "decomposed accents are the same character")
    }
}
