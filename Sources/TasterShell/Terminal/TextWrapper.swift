/// Wraps lesson text to the terminal's width.
///
/// The input follows the few rules lesson authors are given: a blank line starts a new
/// paragraph; lines of one paragraph are joined and re-flowed; a line starting with `- `, `* `
/// or a number such as `1. ` is a list item, wrapped with a hanging indent so its text lines up
/// under the first word; an indented line straight after a list item continues that item.
/// A word wider than the whole line (a long web address) is kept whole on a line of its own, so
/// it stays readable and can still be copied. Widths are measured in terminal columns, so
/// accented letters, emoji and colour codes are counted correctly.
public enum TextWrapper {
    /// Wraps `text` so that no line is wider than `width` columns (long words excepted).
    public static func wrap(_ text: String, width: Int) -> String {
        let width = max(width, 1)
        var output: [String] = []
        for block in blocks(in: text) {
            switch block {
            case .blank:
                if let last = output.last, !last.isEmpty {
                    output.append("")
                }
            case .paragraph(let firstPrefix, let hangingIndent, let words):
                output += fill(words, firstPrefix: firstPrefix, hangingIndent: hangingIndent, width: width)
            }
        }
        while output.last == "" {
            output.removeLast()
        }
        return output.joined(separator: "\n")
    }

    /// A run of input lines that wraps as one unit.
    private enum Block {
        case blank
        case paragraph(firstPrefix: String, hangingIndent: String, words: [Substring])
    }

    private static func blocks(in text: String) -> [Block] {
        var blocks: [Block] = []
        var current: (firstPrefix: String, hangingIndent: String, words: [Substring], isListItem: Bool)?

        func finishCurrent() {
            if let paragraph = current {
                blocks.append(.paragraph(
                    firstPrefix: paragraph.firstPrefix,
                    hangingIndent: paragraph.hangingIndent,
                    words: paragraph.words
                ))
            }
            current = nil
        }

        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = String(line.prefix(while: { $0 == " " }))
            let content = line.dropFirst(indent.count)
            if content.allSatisfy(\.isWhitespace) {
                finishCurrent()
                blocks.append(.blank)
            } else if let marker = listMarker(in: content) {
                finishCurrent()
                let hanging = indent + String(repeating: " ", count: DisplayWidth.of(marker))
                current = (indent + marker, hanging, words(in: content.dropFirst(marker.count)), true)
            } else if let paragraph = current, !paragraph.isListItem || !indent.isEmpty {
                current?.words += words(in: content)
            } else {
                finishCurrent()
                current = (indent, indent, words(in: content), false)
            }
        }
        finishCurrent()
        return blocks
    }

    /// The list marker at the start of `content`, with its trailing space, if there is one.
    private static func listMarker(in content: Substring) -> String? {
        for bullet in ["- ", "* ", "• "] where content.hasPrefix(bullet) {
            return bullet
        }
        let digits = content.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard (1...3).contains(digits.count) else { return nil }
        let rest = content.dropFirst(digits.count)
        guard let punctuation = rest.first, punctuation == "." || punctuation == ")",
              rest.dropFirst().first == " " else { return nil }
        return String(digits) + String(punctuation) + " "
    }

    private static func words(in content: Substring) -> [Substring] {
        content.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    /// Greedy fill: as many words on each line as fit.
    private static func fill(
        _ words: [Substring], firstPrefix: String, hangingIndent: String, width: Int
    ) -> [String] {
        // A hanging indent wider than half the line would leave too little room for the words.
        let hangingIndent = DisplayWidth.of(hangingIndent) > width / 2 ? "" : hangingIndent
        var lines: [String] = []
        var line = firstPrefix
        var lineWidth = DisplayWidth.of(firstPrefix)
        var lineHasWords = false
        for word in words {
            let wordWidth = DisplayWidth.of(word)
            if lineHasWords && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = hangingIndent
                lineWidth = DisplayWidth.of(hangingIndent)
                lineHasWords = false
            }
            if lineHasWords {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
            lineHasWords = true
        }
        lines.append(line)
        return lines
    }
}
