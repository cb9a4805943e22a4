import TasterLessons

/// One language's words as the catalogue looks them up: the texts, the extra count forms, and the
/// rules for counting and ordinals.
struct CatalogueWords: Sendable {
    /// Each key's text (the `other` form for a counted key).
    var table: [WordKey: String]
    /// The extra count forms of counted keys, for languages with more than one and other.
    var forms: [WordKey: [CountForm: String]] = [:]
    /// How the language picks a count form.
    var countRule = CountRule.oneOther
    /// How the language writes ordinals ("1st", "1af").
    var ordinal: @Sendable (Int) -> String = EnglishWords.ordinal
    /// The language's initial mutations, for forgiving typos.
    var mutations = WordListMatch.InitialMutations.none
    /// The file the words came from, nil for English.
    var file: LanguageFile?

    /// English, from the Swift table.
    static let english = CatalogueWords(table: EnglishWords.table)

    /// Welsh, read from the file compiled into the program the first time a Welsh text is wanted
    /// (a `static let` runs once, on first use, safely across threads).
    static let welsh = CatalogueWords(file: LanguageFile.read(PackageResources.cy_yaml, path: "Sources/TasterWording/Languages/cy.yaml"))

    /// Creates the words of `table`, counted the English way.
    init(table: [WordKey: String], ordinal: @escaping @Sendable (Int) -> String = EnglishWords.ordinal) {
        self.table = table
        self.ordinal = ordinal
    }

    /// The words of a language file; keys with a problem are left out, so they fall back to English.
    init(file: LanguageFile) {
        table = file.texts
        forms = file.forms
        countRule = file.countRule
        let rule = file.ordinals
        ordinal = { rule.ordinal($0) }
        mutations = file.mutations
        self.file = file
    }
}
