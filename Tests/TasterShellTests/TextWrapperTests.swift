import TasterTestSupport
import Testing
import TasterShell

@Suite(.ownThread) struct TextWrapperTests {
    @Test(arguments: [
        // A paragraph fills each line as far as it can.
        ("one two three four five six", 10, "one two\nthree four\nfive six"),
        // Lines of one paragraph are joined and re-flowed.
        ("one two\nthree four five", 40, "one two three four five"),
        // Blank lines separate paragraphs; several become one.
        ("first para\n\n\n\nsecond para", 40, "first para\n\nsecond para"),
        // Leading and trailing blank lines are dropped.
        ("\n\ntext\n\n", 40, "text"),
        // A word exactly as wide as the line fits.
        ("abcdefghij klm", 10, "abcdefghij\nklm"),
        // A word wider than the line stays whole on its own line.
        ("see https://www.example.org/long/path now", 12, "see\nhttps://www.example.org/long/path\nnow"),
        // Bullets get a hanging indent.
        ("- alpha beta gamma delta", 12, "- alpha beta\n  gamma\n  delta"),
        ("* alpha beta gamma", 12, "* alpha beta\n  gamma"),
        // Numbered items hang under their text.
        ("1. alpha beta gamma", 12, "1. alpha\n   beta\n   gamma"),
        ("10) alpha beta", 10, "10) alpha\n    beta"),
        // Each bullet is its own item.
        ("- one\n- two", 40, "- one\n- two"),
        // An indented line continues the item above it.
        ("- one\n  more of one\n- two", 40, "- one more of one\n- two"),
        // An unindented line after a list starts a new paragraph.
        ("- one\nAfter the list.", 40, "- one\nAfter the list."),
        // Nested bullets keep their indent.
        ("- top\n  - inner item text", 14, "- top\n  - inner item\n    text"),
        // A number not followed by ". " is just text.
        ("2024 was a year", 40, "2024 was a year"),
        // Accented and wide characters are counted as columns, not bytes.
        ("café café café", 9, "café café\ncafé"),
        ("日本語 日本語", 7, "日本語\n日本語"),
        // Extra spaces between words collapse.
        ("a    b", 10, "a b"),
    ])
    func wrapsToWidth(text: String, width: Int, expected: String) {
        #expect(TextWrapper.wrap(text, width: width) == expected)
    }

    @Test func noLineIsWiderThanTheWidthExceptLongWords() {
        let text = String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 20)
        for width in [20, 33, 60, 79] {
            let lines = TextWrapper.wrap(text, width: width).split(separator: "\n")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
            #expect(lines.count > 1)
        }
    }

    @Test func colourCodesDoNotCountTowardsTheWidth() {
        let bold = "\u{1B}[1mbold\u{1B}[22m"
        let wrapped = TextWrapper.wrap("\(bold) word \(bold)", width: 14)
        #expect(wrapped == "\(bold) word \(bold)")
    }

    @Test func zeroOrNegativeWidthPutsOneWordPerLine() {
        #expect(TextWrapper.wrap("a b", width: 0) == "a\nb")
    }
}

@Suite(.ownThread) struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0),
        ("abc", 3),
        ("£5", 2),
        ("e\u{301}", 1),
        ("日本", 4),
        ("👍", 2),
        ("👍🏽", 2),
        ("👨‍👩‍👧", 2),
        ("\u{1B}[1mab\u{1B}[22m", 2),
        ("\u{200B}", 0),
    ])
    func measuresColumns(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }
}
