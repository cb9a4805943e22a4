/// Every sentence a learner, volunteer or author reads, in one language, looked up by key.
///
/// Errors and events carry facts; the layer that shows them (the shell, the commands, the
/// reports, `taster test`) asks its catalogue for the words. A translation is another table with
/// the same keys and the same `{placeholders}`; ``missingKeys`` and ``placeholders(in:)`` let a
/// test prove it complete.
public struct Catalogue: Sendable {
    /// The language's code, such as `en`.
    public let language: String
    private let table: [WordKey: String]
    private let ordinalWords: @Sendable (Int) -> String

    /// British English, the language every other is checked against.
    public static let english = Catalogue(language: "en", table: EnglishWords.table, ordinal: EnglishWords.ordinal)

    /// Every language taster speaks; a new language is one more table here.
    public static let all: [Catalogue] = [.english]

    /// Creates a catalogue from a table of texts and the language's way of saying "1st".
    init(language: String, table: [WordKey: String], ordinal: @escaping @Sendable (Int) -> String) {
        self.language = language
        self.table = table
        self.ordinalWords = ordinal
    }

    /// The text for `key` with each `{name}` replaced by `values[name]`. A key this language
    /// lacks falls back to English, so a learner always reads a sentence (tests make sure none
    /// is missing).
    public func text(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        let template = table[key] ?? EnglishWords.table[key] ?? key.rawValue
        guard !values.isEmpty else { return template }
        // One pass over the template, so a value that itself holds "{name}" (a session named
        // by a volunteer, say) is never filled in again.
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            text += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    /// "1st", "2nd" and so on, as this language says them.
    public func ordinal(_ number: Int) -> String { ordinalWords(number) }

    /// The keys this catalogue has no text for.
    public var missingKeys: [WordKey] { WordKey.allCases.filter { table[$0] == nil } }

    /// The `{placeholder}` names in the text for `key`.
    public func placeholders(in key: WordKey) -> Set<String> {
        guard let text = table[key] else { return [] }
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
