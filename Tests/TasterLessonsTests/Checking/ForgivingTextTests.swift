import TasterTestSupport
import Testing
@testable import TasterLessons

/// How typed text is tidied before comparing, and how typos are measured.
@Suite("Forgiving text and typo distance", .ownThread)
struct ForgivingTextTests {
    @Test("Normalising ignores case, spacing, trailing punctuation and curly quotes", arguments: [
        ("  Hello   World  ", "hello world"),
        ("Padlock.", "padlock"),
        ("Padlock!?", "padlock"),
        ("yes, ; :", "yes"),
        ("don\u{2019}t click", "don't click"),
        ("\u{201C}Example Bank\u{201D}", "\"example bank\""),
        ("Cafe\u{0301}", "caf\u{00E9}"),
        ("tab\tand\nnew line", "tab and new line"),
        ("", ""),
        ("  ...  ", ""),
    ])
    func normalises(input: String, expected: String) {
        let normalised = ForgivingText.normalized(input)
        #expect(normalised == expected)
        // Compare scalars too: Swift's == treats composed and decomposed forms as equal.
        #expect(normalised.unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test("Edits forgiven grow with word length", arguments: [
        (1, 0), (4, 0), (5, 1), (9, 1), (10, 2), (25, 2),
    ])
    func allowedEdits(letters: Int, edits: Int) {
        #expect(TypoDistance.allowedEdits(forWordOfLength: letters) == edits)
    }

    @Test("Distance counts insertions, deletions, substitutions and swaps", arguments: [
        ("phone", "phone", 2, 0 as Int?),
        ("phine", "phone", 2, 1),
        ("hpone", "phone", 2, 1),
        ("phon", "phone", 2, 1),
        ("phonee", "phone", 2, 1),
        ("pjine", "phone", 1, nil),
        ("ph", "phone", 2, nil),
        ("abc", "xyz", 2, nil),
        ("", "ab", 2, 2),
    ])
    func distance(typed: String, expected: String, limit: Int, result: Int?) {
        #expect(TypoDistance.distance(typed, expected, limit: limit) == result)
    }
}
