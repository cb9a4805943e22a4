import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Sentence length", .ownThread)
struct SentenceLengthRuleTests {
    let rule = SentenceLengthRule()

    /// A sentence of exactly `count` words: "Word1 word2 ... wordN."
    static func sentence(words count: Int) -> String {
        (1...count).map { $0 == 1 ? "Click" : "word\($0)" }.joined(separator: " ") + "."
    }

    @Test("25 words is fine, 26 is warned", arguments: [(24, false), (25, false), (26, true), (40, true)])
    func boundary(words: Int, warned: Bool) {
        let problems = rule.check(RulesFixture.lesson(saying: Self.sentence(words: words)))
        #expect(problems.count == (warned ? 1 : 0))
        if warned {
            #expect(problems.first?.message == "The text of step 1 has a sentence of \(words) words "
                + "(\"Click word2 word3 word4 word5 word6…\"). Keep sentences to 25 words or fewer: "
                + "split it into two, or cut words that are not needed.")
            #expect(problems.first?.severity == .warning)
        }
    }

    @Test("sentences end at full stops, question marks, blank lines and bullets", arguments: [
        Self.sentence(words: 20) + " " + Self.sentence(words: 20),
        "Is this right? " + Self.sentence(words: 25),
        String(Self.sentence(words: 20).dropLast()) + "\n\n" + Self.sentence(words: 20),
        "You will learn:\n- " + String(Self.sentence(words: 20).dropLast()) + "\n- " + Self.sentence(words: 20),
        "Say \"Stop.\" " + Self.sentence(words: 25),
        "**Stop.** " + Self.sentence(words: 25),
    ])
    func boundaries(text: String) {
        #expect(rule.check(RulesFixture.lesson(saying: text)).isEmpty)
    }

    @Test("dots inside addresses and amounts do not end a sentence, and numbers count as words")
    func dotsInside() {
        let text = "Go to www.gov.uk and pay £12.50 or 1,234.5 " + Self.sentence(words: 20)
        let problems = rule.check(RulesFixture.lesson(saying: text))
        #expect(problems.map { $0.message.hasPrefix("The text of step 1 has a sentence of 28 words") } == [true])
    }

    @Test("a single line break inside a paragraph does not end a sentence")
    func wrappedParagraph() {
        let text = "Click word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13\n"
            + "word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26."
        #expect(rule.check(RulesFixture.lesson(saying: text)).count == 1)
    }

    @Test("volunteer notes are not checked; each long sentence of learner text is")
    func notesSkipped() {
        let long = Self.sentence(words: 30)
        let lesson = RulesFixture.lesson(steps: [
            Step(text: long + " " + long, note: long, hints: [long], kind: .say),
        ])
        #expect(RulesFixture.messages(rule, lesson).map { $0.prefix(while: { $0 != "(" }) } == [
            "The text of step 1 has a sentence of 30 words ",
            "The text of step 1 has a sentence of 30 words ",
            "Hint 1 of step 1 has a sentence of 30 words ",
        ])
    }
}
