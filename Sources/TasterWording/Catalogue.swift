/// Every sentence a learner, volunteer or author reads, in one language, looked up by key.
///
/// Errors and events carry facts; the layer that shows them (the shell, the commands, the
/// reports, `taster test`) asks its catalogue for the words. English is a Swift table
/// (``EnglishWords``); every other language is a file under `Languages/` that translators edit
/// (``LanguageFile``), compiled into the program and read only when that language is first used,
/// so English starts as fast as it did before there were translations.
public struct Catalogue: Sendable {
    /// The language's code, such as `en` or `cy`.
    public let language: String
    /// The language's name in itself ("English", "Cymraeg"), for a learner choosing it.
    public let ownName: String
    private let load: @Sendable () -> CatalogueWords

    /// British English, the language every other is checked against.
    public static let english = Catalogue(language: "en", ownName: "English") { CatalogueWords.english }

    /// Welsh, from `Languages/cy.yaml` (a draft, to be reviewed by a native speaker).
    public static let welsh = Catalogue(language: "cy", ownName: "Cymraeg") { CatalogueWords.welsh }

    /// Every language taster speaks, English first; a new language is one more file under
    /// `Languages/`, one line in `Package.swift`'s resources and one more catalogue here.
    public static let installed: [Catalogue] = [.english, .welsh]

    /// The same list as ``installed``, by its older name.
    public static var all: [Catalogue] { installed }

    /// The catalogue for a language code or tag (`cy`, `CY`, `cy-GB`, `en-GB`, `en_GB.UTF-8`), or for
    /// a language's own name (`Cymraeg`), ignoring case; nil when taster does not speak it.
    public static func named(_ code: String) -> Catalogue? {
        let trimmed = code.trimmingCharacters(in: .whitespaces).lowercased()
        let primary = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).first.map(String.init) ?? ""
        return installed.first { $0.language == primary || $0.ownName.lowercased() == trimmed }
    }

    /// Creates a catalogue whose words come from `load`, called when a text is wanted (a static
    /// table or a file read once).
    init(language: String, ownName: String, load: @escaping @Sendable () -> CatalogueWords) {
        self.language = language
        self.ownName = ownName
        self.load = load
    }

    /// Creates a catalogue from a table of texts and the language's way of saying "1st", counted
    /// the English way (tests use this for a made-up language).
    init(language: String, table: [WordKey: String], ordinal: @escaping @Sendable (Int) -> String) {
        let words = CatalogueWords(table: table, ordinal: ordinal)
        self.init(language: language, ownName: language) { words }
    }

    /// The words, read on first use.
    var words: CatalogueWords { load() }

    /// The language file this catalogue was read from (nil for English), with any problems in it.
    public var file: LanguageFile? { words.file }

    /// Whether this language's words are a draft that a native speaker has still to review.
    public var isDraft: Bool { words.file?.status == "draft" }

    /// The language of printed pages, for HTML's `lang` ("en-GB", "cy").
    public var pageLanguage: String { text(.pageLanguage) }

    /// espeak-ng's voice for reading this language aloud ("en-gb", "cy").
    public var speechVoice: String { text(.speechVoice) }

    /// The text for `key` with each `{name}` replaced by `values[name]`. A key this language
    /// lacks (or whose translation has a mistake) falls back to English, so a learner always
    /// reads a sentence (tests make sure none is missing).
    public func text(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        fill(words.table[key] ?? EnglishWords.table[key] ?? key.rawValue, values)
    }

    /// `template` with each `{name}` replaced by `values[name]`.
    func fill(_ template: String, _ values: [String: String]) -> String {
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
    public func ordinal(_ number: Int) -> String { words.ordinal(number) }

    /// The keys this catalogue has no text for.
    public var missingKeys: [WordKey] { WordKey.allCases.filter { words.table[$0] == nil } }

    /// The counted keys that lack one of the extra forms this language's count rule needs.
    public var missingCountForms: [(key: WordKey, form: CountForm)] {
        let extra = words.countRule.forms.filter { $0 != .one && $0 != .other }
        return LanguageFile.countedKeys.sorted { $0.rawValue < $1.rawValue }.flatMap { key in
            extra.filter { words.forms[key]?[$0] == nil }.map { (key, $0) }
        }
    }

    /// The `{placeholder}` names in the text for `key`.
    public func placeholders(in key: WordKey) -> Set<String> {
        guard let text = words.table[key] else { return [] }
        return LanguageFile.placeholders(in: text)
    }
}
