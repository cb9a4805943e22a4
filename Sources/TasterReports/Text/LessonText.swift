import Foundation

/// Lesson text read into paragraphs and bullet lists with `**bold**` runs, so that each output
/// format can write it its own way.
///
/// Lesson text uses a small subset of Markdown: blank lines between paragraphs, lines starting
/// `- ` as bullets, and `**bold**`. Anything else is plain text.
public struct LessonText: Sendable, Equatable {
    /// A run of text, bold or not.
    public struct Span: Sendable, Equatable {
        /// The characters, without the `**` markers.
        public var text: String
        /// Whether it was written between `**` markers.
        public var isBold: Bool

        /// Creates a span.
        public init(_ text: String, isBold: Bool = false) {
            self.text = text
            self.isBold = isBold
        }
    }

    /// A paragraph or a bullet list.
    public enum Block: Sendable, Equatable {
        /// Lines of one paragraph, each a run of spans (line breaks are kept).
        case paragraph([[Span]])
        /// Bullet items, each a run of spans.
        case list([[Span]])
    }

    /// The blocks, in order.
    public var blocks: [Block]

    /// Reads `text`.
    public init(_ text: String) {
        var blocks: [Block] = []
        var paragraph: [[Span]] = []
        var list: [[Span]] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
            if !list.isEmpty { blocks.append(.list(list)) }
            paragraph = []
            list = []
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !paragraph.isEmpty {
                    blocks.append(.paragraph(paragraph))
                    paragraph = []
                }
                list.append(LessonText.spans(String(line.dropFirst(2))))
            } else {
                if !list.isEmpty {
                    blocks.append(.list(list))
                    list = []
                }
                paragraph.append(LessonText.spans(line))
            }
        }
        flush()
        self.blocks = blocks
    }

    /// Splits a line at `**` markers; an unpaired marker is kept as it was written.
    public static func spans(_ line: String) -> [Span] {
        let pieces = line.components(separatedBy: "**")
        guard pieces.count >= 3 else { return line.isEmpty ? [] : [Span(line)] }
        var spans: [Span] = []
        let pairedCount = pieces.count % 2 == 1 ? pieces.count : pieces.count - 1
        for index in 0..<pairedCount where !pieces[index].isEmpty {
            spans.append(Span(pieces[index], isBold: index % 2 == 1))
        }
        if pairedCount < pieces.count {
            spans.append(Span("**" + pieces[pairedCount]))
        }
        return spans
    }

    /// The text with the bold markers taken out, for plain text output.
    public static func plain(_ spans: [Span]) -> String {
        spans.map(\.text).joined()
    }

    /// The text as HTML: escaped, with `<strong>` for bold.
    public static func html(_ spans: [Span]) -> String {
        spans.map { $0.isBold ? "<strong>\(HTMLText.escape($0.text))</strong>" : HTMLText.escape($0.text) }.joined()
    }

    /// The whole text as HTML paragraphs and lists.
    public var html: String {
        blocks.map { block in
            switch block {
            case .paragraph(let lines): "<p>" + lines.map(LessonText.html).joined(separator: "<br>\n") + "</p>"
            case .list(let items): "<ul>\n" + items.map { "<li>" + LessonText.html($0) + "</li>" }.joined(separator: "\n") + "\n</ul>"
            }
        }.joined(separator: "\n")
    }

    /// The whole text as plain lines: paragraphs separated by a blank line, bullets as `- `.
    public var plainLines: [String] {
        var lines: [String] = []
        for block in blocks {
            if !lines.isEmpty { lines.append("") }
            switch block {
            case .paragraph(let paragraphLines): lines += paragraphLines.map(LessonText.plain)
            case .list(let items): lines += items.map { "- " + LessonText.plain($0) }
            }
        }
        return lines
    }
}
