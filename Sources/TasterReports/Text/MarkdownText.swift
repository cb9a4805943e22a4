import Foundation

/// Making lesson text safe inside a Markdown document.
public enum MarkdownText {
    /// `text` with the characters that would turn into HTML or links escaped with a backslash;
    /// `**bold**` is left alone, as lesson text means it.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "<", ">", "[", "]", "`", "\\", "&": escaped += "\\" + String(character)
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Lesson text as Markdown: paragraphs and bullet lists, escaped, bold kept.
    public static func block(_ text: String) -> String {
        LessonText(text).blocks.map { block in
            switch block {
            case .paragraph(let lines): lines.map { line(for: $0) }.joined(separator: "  \n")
            case .list(let items): items.map { "- " + line(for: $0) }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }

    /// One line of spans as Markdown.
    public static func line(for spans: [LessonText.Span]) -> String {
        spans.map { $0.isBold ? "**\(escape($0.text))**" : escape($0.text) }.joined()
    }

    /// One line of lesson text (which may hold `**bold**`) as Markdown.
    public static func inline(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { line(for: LessonText.spans($0.trimmingCharacters(in: .whitespaces))) }
            .joined(separator: " ")
    }
}
