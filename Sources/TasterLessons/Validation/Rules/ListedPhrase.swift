/// One entry of a word list (a brand name or a jargon word): a word or phrase, matched as whole words.
public struct ListedPhrase: Sendable, Hashable, CustomStringConvertible {
    /// The word or phrase as written in the list, without its marker.
    public var text: String
    /// Whether only this exact capitalisation counts (a list line written `=Apple`).
    public var caseSensitive: Bool

    /// Creates an entry.
    public init(_ text: String, caseSensitive: Bool = false) {
        self.text = text
        self.caseSensitive = caseSensitive
    }

    /// Reads one list line: a leading `=` asks for exact capitalisation.
    /// Nil for a blank line or a `#` comment.
    public init?(listLine line: Substring) {
        var entry = RuleLists.content(of: line)
        guard !entry.isEmpty else { return nil }
        var exact = false
        if entry.hasPrefix("=") {
            exact = true
            entry = String(entry.dropFirst()).trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty else { return nil }
        }
        self.init(entry, caseSensitive: exact)
    }

    /// The entry as it would be written in a list file.
    public var description: String { caseSensitive ? "=\(text)" : text }
}
