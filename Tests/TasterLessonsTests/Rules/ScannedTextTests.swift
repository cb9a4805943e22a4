import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Scanned text", .ownThread)
struct ScannedTextTests {
    static func words(_ text: ScannedText) -> [String] {
        text.tokens.indices.map { String(decoding: text.word($0), as: UTF8.self) }
    }

    @Test("words are runs of letters and digits, lower-cased")
    func words() {
        let text = ScannedText("Tesco’s E-MAIL costs £12.50, naïve?")
        #expect(Self.words(text) == ["tesco", "s", "e", "mail", "costs", "12", "50", "naïve"])
    }

    @Test("sentences and their word counts", arguments: [
        ("One two. Three four five!", [2, 3]),
        ("No full stop\n\nNew paragraph", [3, 2]),
        ("Intro:\n- first item\n- second item", [1, 2, 2]),
        ("Wrapped\nline stays one sentence.", [5]),
        ("Go to www.gov.uk now. Pay £1,234.50 today.", [4, 3]),
        ("“Quoted.” Next one.", [1, 2]),
        ("", []),
    ])
    func sentences(text: String, counts: [Int]) {
        #expect(ScannedText(text).sentences.map(\.wordCount) == counts)
    }

    @Test("bold spans are found")
    func bold() throws {
        let text = ScannedText("A **look-alike** address and **more**")
        #expect(text.boldRanges.count == 2)
        let lookIndex = try #require(text.tokens.indices.first { text.word($0).elementsEqual("look".utf8) })
        let addressIndex = try #require(text.tokens.indices.first { text.word($0).elementsEqual("address".utf8) })
        #expect(text.isBold(text.tokens[lookIndex].start))
        #expect(!text.isBold(text.tokens[addressIndex].start))
    }

    @Test("sentence openings are quoted as written")
    func opening() throws {
        let text = ScannedText("First one. Then **Ünder** the Big Bridge we go.")
        let second = try #require(text.sentences.last)
        #expect(text.opening(of: second, words: 4) == "Then Ünder the Big")
    }

    @Test("web addresses and emails are found only where they might be", arguments: [
        ("Not quite: any website", 0),
        ("See https://www.gov.uk/x and www.nhs.uk, or write to sam@example.com.", 3),
        ("Starts with https:// always", 0),
    ])
    func addresses(text: String, count: Int) {
        #expect(ScannedText(text).addresses.count == count)
    }
}
