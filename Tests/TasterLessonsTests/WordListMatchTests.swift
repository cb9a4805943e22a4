import TasterTestSupport
import Testing
@testable import TasterLessons

/// Matching a typed line to one word of a short list: accents and small slips are forgiven,
/// but a real word is never turned into another, and never across a Welsh mutation pair.
@Suite("Matching a word from a list", .ownThread)
struct WordListMatchTests {
    /// Welsh command words and answers, with the words a slip could turn them into.
    static let welsh = WordListMatch(
        ["awgrym", "neidio", "nôl", "yn ôl", "eto", "dewislen", "cynnydd", "gadael", "cymorth", "helpwch fi", "dal", "tal", "dol"],
        mutations: .welsh)

    @Test("what a Welsh list forgives, and what it never does", arguments: [
        // The word itself, in any case, with or without its circumflex.
        ("awgrym", "awgrym" as String?), ("AWGRYM", "awgrym"), ("nôl", "nôl"), ("nol", "nôl"), ("yn ol", "yn ôl"), ("  Yn  Ôl ", "yn ôl"),
        // A slip in a word of five letters or more, when no other word is as near.
        ("dewisle", "dewislen"), ("neidoi", "neidio"), ("gadeal", "gadael"), ("cynydd", "cynnydd"), ("helpwc fi", "helpwch fi"),
        // A real listed word is that word, even one letter from another.
        ("dal", "dal"), ("tal", "tal"), ("dol", "dol"),
        // Words under five letters are never guessed at.
        ("nal", nil), ("etp", nil), ("tol", nil),
        // A mutated form is not a slip of its radical, though one edit away: soft (g dropped,
        // c to g, d to dd), nasal (g to ng), aspirate (c to ch), and h before a vowel.
        ("adael", nil), ("ngadael", nil), ("gymorth", nil), ("chymorth", nil), ("ddewislen", nil), ("hawgrym", nil),
        // Nothing like any of them.
        ("hello", nil), ("", nil),
    ] as [(String, String?)])
    func welshList(typed: String, expected: String?) {
        #expect(Self.welsh.match(typed) == expected)
    }

    @Test("a mutation pair is two words apart by one initial mutation", arguments: [
        ("tal", "dal", true), ("dol", "nol", true), ("gadael", "adael", true), ("cath", "chath", true), ("pen", "mhen", true),
        ("llaw", "law", true), ("rhif", "rif", true), ("mam", "fam", true), ("bara", "fara", true), ("ysgol", "hysgol", true),
        ("dal", "dol", false), ("tal", "tal", false), ("gadael", "gadaek", false), ("nol", "nôl", false),
    ])
    func mutationPairs(first: String, second: String, isPair: Bool) {
        #expect(Self.welsh.isMutationPair(WordListMatch.fold(first), WordListMatch.fold(second)) == isPair)
        #expect(Self.welsh.isMutationPair(WordListMatch.fold(second), WordListMatch.fold(first)) == isPair)
    }

    @Test("English has no mutations, so an English slip that looks like one is still forgiven")
    func englishForgives() {
        let english = WordListMatch(["thing", "volunteer", "progress"])
        #expect(english.match("ting") == "thing")
        #expect(WordListMatch(["thing"], mutations: .welsh).match("ting") == nil)
        #expect(english.match("volunter") == "volunteer")
        #expect(english.match("progres") == "progress")
        #expect(WordListMatch(["clever"]).match("glever") == "clever")
        #expect(WordListMatch(["clever"], mutations: .welsh).match("glever") == nil)
    }

    @Test("a slip equally near two words means neither")
    func tie() {
        #expect(WordListMatch(["stopio", "stopia"]).match("stopiu") == nil)
        #expect(WordListMatch(["nôl", "nol"]).match("NOL") == "nôl")
    }
}
