import TasterTestSupport
import Testing
@testable import TasterStore

@Suite("Nicknames", .ownThread)
struct NicknameTests {
    @Test("cleaning removes escapes and control characters and keeps ordinary text", arguments: [
        ("Sam", "Sam"),
        ("  Sam  ", "Sam"),
        ("Sam   the\tbaker", "Sam the baker"),
        ("Sam\u{1B}[31mRed\u{1B}[0m", "SamRed"),
        ("\u{1B}]0;owned\u{07}Sam", "Sam"),
        ("\u{1B}]8;;http://x\u{1B}\\Sam", "Sam"),
        ("Sam\u{1B}c", "Sam"),
        ("Sam\u{9B}2J", "Sam"),
        ("Sa\u{0}m\u{7F}", "Sam"),
        ("Sam\u{202E}olleh", "Samolleh"),
        ("Sam\u{200B}", "Sam"),
        ("line\nbreak", "line break"),
        ("Zoë", "Zoë"),
        ("Siân", "Siân"),
    ])
    func cleaning(raw: String, expected: String) {
        #expect(Nickname.clean(raw) == expected)
    }

    @Test("nothing printable gives no nickname", arguments: [nil, "", "   ", "\u{1B}[2J", "\u{7}\u{8}"] as [String?])
    func empty(raw: String?) {
        #expect(Nickname.clean(raw) == nil)
    }

    @Test("a long nickname is cut to 30 characters, counting accented letters once")
    func capped() {
        let long = String(repeating: "é", count: 50)
        let cleaned = Nickname.clean(long)
        #expect(cleaned?.count == Nickname.maximumLength)
        #expect(Nickname.clean("abcdefghij abcdefghij abcdefgh xyz") == "abcdefghij abcdefghij abcdefgh")
        #expect(Nickname.clean("abcdefghij abcdefghij abcdefg xyz") == "abcdefghij abcdefghij abcdefg", "no trailing space")
    }
}
