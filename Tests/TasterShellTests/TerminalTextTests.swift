import TasterTestSupport
import Testing
import TasterShell

@Suite(.ownThread) struct TerminalTextTests {
    @Test(arguments: [
        ("plain words", "plain words"),
        ("\u{1B}[31mred\u{1B}[0m text", "red text"),
        ("\u{1B}[1;38;5;196mloud\u{1B}[m", "loud"),
        ("before\u{1B}]0;new window title\u{07}after", "beforeafter"),
        ("before\u{1B}]2;title\u{1B}\\after", "beforeafter"),
        ("link \u{1B}]8;;http://example.org\u{1B}\\here\u{1B}]8;;\u{1B}\\", "link here"),
        ("\u{1B}]0;unterminated\nnext line", "\nnext line"),
        ("bare \u{1B}éclair", "bare éclair"),
        ("seven-bit \u{1B} Fcontrols", "seven-bit controls"),
        ("ends with escape\u{1B}", "ends with escape"),
        ("reset \u{1B}c screen", "reset  screen"),
        ("charset \u{1B}(Bswitch", "charset switch"),
        ("cursor \u{1B}7saved\u{1B}8", "cursor saved"),
        ("device \u{1B}P1$r\u{1B}\\query", "device query"),
        ("c1 \u{9B}31mcsi", "c1 csi"),
        ("c1 \u{9D}0;title\u{9C}osc", "c1 osc"),
        ("c1 \u{85}next \u{8D}line", "c1 next line"),
        ("nul\u{0}byte", "nulbyte"),
        ("bell\u{07} backspace\u{08} delete\u{7F}", "bell backspace delete"),
        ("tab\there", "tab here"),
        ("line one\nline two", "line one\nline two"),
        ("windows\r\nending", "windows\nending"),
        ("carriage\rreturn", "carriage\nreturn"),
        ("spoof \u{202E}txt.exe", "spoof txt.exe"),
        ("isolate \u{2067}x\u{2069}", "isolate x"),
        ("£5.00 café naïve 日本 👍🏽", "£5.00 café naïve 日本 👍🏽"),
    ])
    func sanitizeKeepsTextAndRemovesControls(input: String, expected: String) {
        #expect(TerminalText.sanitize(input) == expected)
    }

    @Test func sanitizedTextHasNoControlCharactersLeft() {
        let hostile = (0..<0xA0).map { String(UnicodeScalar(UInt8(clamping: $0))) }.joined()
            + (0x80...0x9F).compactMap(Unicode.Scalar.init).map(String.init).joined()
        let cleaned = TerminalText.sanitize(hostile)
        let controls = cleaned.unicodeScalars.filter {
            $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value))
        }
        #expect(controls.isEmpty)
    }

    @Test(arguments: [
        ("Sam\nthe\tgreat", "Sam the great"),
        ("\u{1B}[2JSam", "Sam"),
        ("plain", "plain"),
    ])
    func sanitizeLineAlsoJoinsLines(input: String, expected: String) {
        #expect(TerminalText.sanitizeLine(input) == expected)
    }
}
