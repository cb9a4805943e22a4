import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Reading ease", .ownThread)
struct ReadingEaseRuleTests {
    static let plain = """
        The cat sat on the mat. It was a warm day. The sun was out and the sky was blue. \
        We went for a walk in the park and fed the ducks.
        """
    static let dense = """
        Notwithstanding the aforementioned contractual obligations, the borrower's indebtedness shall be \
        calculated incorporating compounded interest accrued continuously throughout the amortisation period, \
        irrespective of intermediate remunerative considerations.
        """

    @Test("syllables are estimated from vowel groups", arguments: [
        ("cat", 1), ("the", 1), ("yes", 1), ("make", 1), ("times", 1), ("jumped", 1), ("free", 1),
        ("table", 2), ("little", 2), ("boxes", 2), ("pages", 2), ("wanted", 2), ("happy", 2), ("agree", 2),
        ("password", 2), ("website", 2), ("computer", 3), ("internet", 3), ("information", 4), ("123", 1), ("x", 1),
    ])
    func syllables(word: String, expected: Int) {
        #expect(SyllableCounter.syllables(in: ArraySlice(word.utf8)) == expected)
    }

    @Test("plain text scores high and dense text scores low")
    func scores() throws {
        let plain = try #require(ReadingEaseRule.score(of: Self.plain))
        let dense = try #require(ReadingEaseRule.score(of: Self.dense))
        #expect(plain > 90)
        #expect(dense < 0)
    }

    @Test("the score follows the Flesch formula")
    func formula() throws {
        // 20 one-syllable words in 2 sentences: 206.835 - 1.015 * 10 - 84.6 * 1.
        let text = "The dog ran to the red door and sat down. Then the cat came in and they had a nap."
        let score = try #require(ReadingEaseRule.score(of: text))
        #expect(abs(score - (206.835 - 10.15 - 84.6)) < 0.001)
    }

    @Test("texts under 20 words are not scored")
    func shortTexts() {
        #expect(ReadingEaseRule.score(of: "Notwithstanding contractual indebtedness.") == nil)
        #expect(ReadingEaseRule().check(RulesFixture.lesson(saying: "Notwithstanding contractual indebtedness.")).isEmpty)
    }

    @Test("a dense step is warned with its score; a plain one is not", arguments: [(Self.dense, true), (Self.plain, false)])
    func warned(text: String, warned: Bool) {
        let problems = ReadingEaseRule().check(RulesFixture.lesson(saying: text))
        #expect(problems.count == (warned ? 1 : 0))
        if warned {
            #expect(problems.first?.message.hasPrefix("The text of step 1 is hard to read (reading ease -") == true)
            #expect(problems.first?.message.hasSuffix("aim for 50 or more). Use shorter sentences and everyday words of one or two syllables.") == true)
            #expect(problems.first?.location == SourceLocation(line: 9, column: 5))
        }
    }

    @Test("the threshold can be changed")
    func threshold() {
        let lesson = RulesFixture.lesson(saying: Self.plain)
        #expect(ReadingEaseRule(minimumScore: 200).check(lesson).count == 1)
    }

    @Test("contractions do not add syllables")
    func contractions() throws {
        let with = try #require(ReadingEaseRule.score(of: "Don't worry, you're fine. It's easy, and we'll help. I'd say you've got this and I'm sure you can do it now."))
        let without = try #require(ReadingEaseRule.score(of: "Dont worry, youre fine. Its easy, and well help. Id say youve got this and Im sure you can do it now."))
        #expect(abs(with - without) < 0.001)
    }
}
