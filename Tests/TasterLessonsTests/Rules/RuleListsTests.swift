import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Rule lists", .ownThread)
struct RuleListsTests {
    @Test("parses one entry per line, skipping comments and blank lines")
    func parsesLines() {
        let lists = RuleLists.parse(
            brands: "# banks\nBarclays\n\n  Metro Bank  # a phrase\n=Apple\n=\n",
            allowedLinks: "gov.uk\r\n# public health\nhttps://www.nhs.uk/\n*.police.uk\n",
            jargon: "phishing\n\n=URL\n"
        )
        #expect(lists.brandNames == [ListedPhrase("Barclays"), ListedPhrase("Metro Bank"), ListedPhrase("Apple", caseSensitive: true)])
        #expect(lists.allowedLinkHosts == ["gov.uk", "nhs.uk", "police.uk"])
        #expect(lists.jargonWords == [ListedPhrase("phishing"), ListedPhrase("URL", caseSensitive: true)])
    }

    @Test("allowed links are domain suffixes", arguments: [
        ("gov.uk", true), ("www.gov.uk", true), ("GOV.UK", true), ("service.gov.uk", true),
        ("notgov.uk", false), ("gov.uk.evil.com", false), ("uk", false), ("www.nhs.uk", true), ("shop.com", false),
    ])
    func allowedLinkSuffixes(host: String, allowed: Bool) {
        let lists = RuleLists.parse(brands: "", allowedLinks: "gov.uk\nwww.nhs.uk", jargon: "")
        #expect(lists.allowsLink(toHost: host) == allowed)
    }

    @Test("merging adds the other lists' entries once")
    func merging() {
        let base = RuleLists.parse(brands: "Barclays", allowedLinks: "gov.uk", jargon: "phishing")
        let extra = RuleLists.parse(brands: "Barclays\nCornershop Ltd", allowedLinks: "bbc.co.uk", jargon: "cookie")
        let merged = base.merging(extra)
        #expect(merged.brandNames.map(\.text) == ["Barclays", "Cornershop Ltd"])
        #expect(merged.allowedLinkHosts == ["gov.uk", "bbc.co.uk"])
        #expect(merged.jargonWords.map(\.text) == ["phishing", "cookie"])
        let lesson = RulesFixture.lesson(saying: "Cornershop Ltd sells bread.")
        #expect(BrandNameRule(lists: merged).check(lesson).count == 1)
        #expect(BrandNameRule(lists: base).check(lesson).isEmpty)
    }

    @Test("the built-in lists have sensible entries")
    func builtIn() {
        let lists = RuleLists.builtIn
        #expect(lists.brandNames.count >= 40)
        #expect(lists.brandNames.contains(ListedPhrase("Barclays")))
        #expect(lists.brandNames.contains(ListedPhrase("Apple", caseSensitive: true)))
        #expect(Array(lists.allowedLinkHosts.prefix(6)) == ["gov.uk", "nhs.uk", "police.uk", "example.org", "example.com", "example.co.uk"])
        #expect(lists.jargonWords.count >= 15)
        #expect(!lists.brandNames.contains { $0.text.lowercased() == "example bank" })
    }

    @Test("list lines keep their markers when written back")
    func listedPhraseDescription() {
        #expect(ListedPhrase(listLine: "=Apple # the company")?.description == "=Apple")
        #expect(ListedPhrase(listLine: "  # only a comment") == nil)
        #expect(ListedPhrase(listLine: "Tesco")?.description == "Tesco")
    }
}
