import Foundation
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("Learner codes", .ownThread)
struct LearnerCodeTests {
    @Test("the word list has 2,048 distinct short lower-case words in alphabetical order")
    func wordListShape() {
        let words = LearnerCodeWords.all
        #expect(words.count == 2_048)
        #expect(Set(words).count == words.count)
        #expect(words == words.sorted())
        let badWords = words.filter { word in
            !(3...6).contains(word.count) || !word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        }
        #expect(badWords.isEmpty, "not 3-6 plain lower-case letters: \(badWords)")
    }

    @Test("the word list keeps out a sample of words that must never appear")
    func wordListExclusions() {
        let forbidden = [
            "skip", "hint", "quit", "help", "password", "bank", "money", "debt", "kill", "dead", "drug",
            "god", "church", "google", "sex", "hate", "see", "sea", "two", "four", "color",
        ]
        let present = forbidden.filter(LearnerCodeWords.known.contains)
        #expect(present.isEmpty, "\(present)")
    }

    @Test("the words of the example code are in the list")
    func exampleWords() {
        for word in ["maple", "river", "otter"] {
            #expect(LearnerCodeWords.known.contains(word), "\(word)")
        }
    }

    @Test("the stated entropy is 3 × log2(2048) + log2(100), about 39.6 bits")
    func entropy() {
        #expect(abs(LearnerCode.entropyBits - (33 + log2(100.0))) < 0.0001)
        #expect(LearnerCode.entropyBits > 39.5 && LearnerCode.entropyBits < 39.7)
    }

    @Test("generated codes are three list words and two digits, joined by hyphens")
    func generatedShape() throws {
        for _ in 0..<200 {
            let code = LearnerCode.generate()
            let parts = code.rawValue.split(separator: "-").map(String.init)
            #expect(parts.count == 4)
            #expect(parts.prefix(3).allSatisfy(LearnerCodeWords.known.contains))
            #expect(parts[3].count == 2 && Int(parts[3]) != nil)
            #expect(LearnerCode(code.rawValue) == code)
        }
    }

    @Test("generated codes differ from one another")
    func generatedCodesVary() {
        let codes = Set((0..<500).map { _ in LearnerCode.generate() })
        #expect(codes.count == 500)
    }

    @Test("a seeded generator gives the same code twice, so generation uses only the generator")
    func generatorIsInjected() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        #expect(LearnerCode.generate(using: &first) == LearnerCode.generate(using: &second))
    }

    @Test("forgiving spellings all read as maple-river-otter-42", arguments: [
        "maple-river-otter-42",
        "Maple River Otter 42",
        "MAPLE-RIVER-OTTER-42",
        "maple-river-otter42",
        "maple river otter42",
        "maple.river.otter.42",
        "maple_river_otter_42",
        "  maple   river  otter  42  ",
        "Maple-River-Otter - 42",
        "maple, river, otter, 42",
        "mapleriver otter 42".replacingOccurrences(of: "mapleriver", with: "maple river"),
    ])
    func forgivingParse(spelling: String) throws {
        let code = try LearnerCode.parse(spelling)
        #expect(code.rawValue == "maple-river-otter-42")
        #expect(code.words == ["maple", "river", "otter"])
        #expect(code.number == 42)
    }

    @Test("codes typed with no separators are split by the word list", arguments: [
        ("diveavailgroove37", "dive-avail-groove-37"),
        ("DiveAvailGroove 37", "dive-avail-groove-37"),
        ("mapleriverotter42", "maple-river-otter-42"),
        ("maple riverotter 42", "maple-river-otter-42"),
        ("colorgraycenter10", "colour-grey-centre-10"),
    ])
    func joinedWords(text: String, expected: String) throws {
        #expect(try LearnerCode.parse(text).rawValue == expected)
    }

    @Test("joined letters that are not three list words are still refused")
    func joinedNonsense() {
        #expect(LearnerCode("mapleriverotterx42") == nil)
        #expect(LearnerCode("mapleriver42") == nil)
    }

    @Test("a single digit is read as a two-digit number")
    func singleDigit() throws {
        #expect(try LearnerCode.parse("maple river otter 7").rawValue == "maple-river-otter-07")
        #expect(try LearnerCode.parse("maple river otter 07").rawValue == "maple-river-otter-07")
    }

    @Test("American spellings of list words are accepted and stored in British spelling")
    func americanSpellings() throws {
        #expect(try LearnerCode.parse("color gray center 10").rawValue == "colour-grey-centre-10")
    }

    @Test("text that is not a code is refused with a message that quotes it", arguments: [
        ("", "No code was typed"),
        ("maple river 42", "is not a learner code"),
        ("maple river otter", "is not a learner code"),
        ("42 maple river otter", "is not a learner code"),
        ("maple river otter 4 2", "is not a learner code"),
        ("maple rivr otter 42", "\u{201C}rivr\u{201D} is not one of the code words"),
        ("maple river otter 420", "should be two digits"),
        ("maple river otter bread 42", "is not a learner code"),
    ])
    func refusals(text: String, expected: String) {
        #expect(throws: LearnerCodeError.self) { try LearnerCode.parse(text) }
        do {
            _ = try LearnerCode.parse(text)
        } catch {
            #expect(error.message.contains(expected), "\(error.message)")
            #expect(error.message.contains("maple-river-otter-42"), "the message shows what a code looks like")
        }
        #expect(LearnerCode(text) == nil)
    }

    @Test("codes encode as their normalised text and refuse bad text when decoding")
    func codable() throws {
        let code = try LearnerCode.parse("Maple River Otter 42")
        let data = try JSONEncoder().encode([code])
        #expect(String(decoding: data, as: UTF8.self) == "[\"maple-river-otter-42\"]")
        #expect(try JSONDecoder().decode([LearnerCode].self, from: data) == [code])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LearnerCode].self, from: Data("[\"not a code\"]".utf8))
        }
    }
}

/// A small deterministic generator (SplitMix64), only for checking that generation is injectable.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
