import Testing
import TasterLessons
@testable import TasterWording

/// What lint, loading and lesson tests tell an author: a fact of each kind, worded by the
/// catalogue in every language.
@Suite("A lesson author's problems in the catalogue")
struct ProblemWordingTests {
    @Test("every kind of problem has its words: one key, or a pair for one and for more", arguments: ProblemKind.allCases)
    func everyKindHasAKey(kind: ProblemKind) {
        let single = WordKey(problem: kind)
        let counted = WordKey(problem: kind, form: "one").flatMap { one in WordKey(problem: kind, form: "other").map { (one, $0) } }
        #expect((single == nil) != (counted == nil), "\(kind.rawValue) needs problem.\(kind.rawValue), or its .one and .other, and not both")
        for key in [single, counted?.0, counted?.1].compactMap({ $0 }) {
            #expect(EnglishWords.table[key] != nil, "\(key.rawValue) has no English")
            for catalogue in Catalogue.installed {
                #expect(!catalogue.missingKeys.contains(key), "\(key.rawValue) has no \(catalogue.language)")
            }
        }
    }

    @Test("every problem key belongs to a kind of problem, so none is left unused")
    func everyKeyHasAKind() {
        let kinds = Set(ProblemKind.allCases.map(\.rawValue))
        for key in WordKey.allCases where key.rawValue.hasPrefix("problem.") {
            var name = String(key.rawValue.dropFirst("problem.".count))
            if name.hasSuffix(".one") { name.removeLast(".one".count) }
            if name.hasSuffix(".other") { name.removeLast(".other".count) }
            #expect(kinds.contains(name), "\(key.rawValue) is for no ProblemKind")
        }
    }

    @Test("a problem's values are filled in, its phrases looked up, and a value that starts the sentence gets a capital")
    func valuesAndPhrases() {
        let fact = ProblemFact(.hardToRead, ["Place": .phrase(.fieldOfStep, ["field": .phrase(.fieldHint, ["item": "2"]), "step": .phrase(.stepNumberID, ["number": "3", "id": "padlock"])]),
                                             "score": "41", "minimum": "50"])
        #expect(Catalogue.english.text(of: fact)
            == "Hint 2 of step 3 (padlock) is hard to read (reading ease 41; aim for 50 or more). Use shorter sentences and everyday words of one or two syllables.")
        #expect(Catalogue.welsh.text(of: fact).hasPrefix("Awgrym 2 (cam 3 (padlock)): mae'n anodd ei ddarllen (rhwyddineb darllen 41"))
    }

    @Test("a counted problem takes the form for its number, in English and in Welsh", arguments: [
        (1, "step 2 has 1 hint; a question", "cam 2: mae ganddo 1 awgrym"),
        (4, "step 2 has 4 hints; a question", "cam 2: mae ganddo 4 awgrym"),
    ])
    func counted(count: Int, english: String, welsh: String) {
        let fact = ProblemFact(.hintCount, ["step": .phrase(.stepNumber, ["number": "2"])], count: count)
        #expect(Catalogue.english.text(of: fact).hasPrefix(english))
        #expect(Catalogue.welsh.text(of: fact).hasPrefix(welsh))
    }

    @Test("a problem reads as path:line:col: error: message, in the catalogue's language, with error and warning as editors read them")
    func line() {
        let problem = LessonProblem(path: "lessons/a.yaml", location: SourceLocation(line: 3, column: 5), severity: .warning, ProblemFact(.titleUntranslated))
        #expect(Catalogue.english.line(of: problem) == "lessons/a.yaml:3:5: warning: the lesson's `title` is not translated, so the menu shows it in English.")
        #expect(problem.description == Catalogue.english.line(of: problem))
        #expect(Catalogue.welsh.line(of: problem) == "lessons/a.yaml:3:5: warning: nid yw `title` y wers wedi'i gyfieithu, felly mae'r ddewislen yn ei ddangos yn Saesneg.")
    }
}

/// What lint and loading may still write as literals: the words they look for in a lesson,
/// libyaml's own messages they recognise, and examples of lesson text.
@Suite("A lesson author's problems say nothing outside the catalogue")
struct AuthorWordsScanTests {
    /// Folders whose problems an author reads.
    static let folders = ["Sources/TasterAuthoring", "Sources/TasterLessons/Loading", "Sources/TasterLessons/Validation",
                          "Sources/TasterLessons/Translation", "Sources/TasterLessons/Model"]

    /// The files of words lint looks for in a lesson (brand names, jargon, what taster says
    /// itself), which are data, not sentences taster says.
    static let wordLists = ["Sources/TasterLessons/Validation/Rules/BuiltInRuleLists.swift",
                            "Sources/TasterLessons/Validation/Rules/BundledRuleLists.swift",
                            "Sources/TasterLessons/Validation/TextRules.swift"]

    /// Literals that are not sentences for an author, with why.
    static let notWords: [(file: String, literal: String, why: String)] = [
        ("LessonDecoder.swift", "Reading a web address", "an example value for `title:`, shown as lesson text"),
        ("LessonDecoder.swift", "Read the parts of a web address", "an example value for `summary:`"),
        ("LessonDecoder.swift", "a wrong answer, then a hint", "an example value for a test's `name:`"),
        ("LessonDecoder.swift", "What you want the learner to read", "an example value for `text:`"),
        ("LessonDecoder.swift", "Not quite: ...", "an example value for `feedback:`"),
        ("LessonDecoder.swift", "That's the monthly figure; we asked for the year.", "an example value for `feedback:`"),
        ("LessonDecoder.swift", "Overdrafts (FCA)", "an example value for a source's `title:`"),
        ("NodeReader.swift", "TRUE", "a YAML word"), ("NodeReader.swift", "True", "a YAML word"),
        ("NodeReader.swift", "FALSE", "a YAML word"), ("NodeReader.swift", "False", "a YAML word"),
        ("YAMLNode.swift", "NULL", "a YAML word"), ("YAMLNode.swift", "Null", "a YAML word"),
        ("SafeText.swift", "BEL", "a control character's name"), ("SafeText.swift", "DEL", "a control character's name"),
        ("SafeText.swift", "ESC", "a control character's name"), ("SafeText.swift", "form feed", "a control character's name"),
        ("SafeText.swift", "vertical tab", "a control character's name"),
        ("SafeYAMLReader.swift", "Maximum nesting level", "libyaml's own message, recognised"),
        ("YAMLMistakes.swift", "mapping values are not allowed", "libyaml's own message, recognised"),
        ("YAMLMistakes.swift", "could not find expected ':'", "libyaml's own message, recognised"),
        ("YAMLMistakes.swift", "simple key", "libyaml's own message, recognised"),
        ("YAMLMistakes.swift", "alphabetic or numeric character", "libyaml's own message, recognised"),
        ("YAMLMistakes.swift", "`text: **Bold** words, then the rest`", "an example line of a lesson, with its bold marks"),
        ("LessonValidator.swift", "**Please do not type a password you really use.**", "an example line of an English lesson (the check runs on English only)"),
        ("CalendarDate.swift", "UTC", "a time zone's name"),
        ("TranslationStatus.swift", "reviewed by  ", "a debugging description; taster lessons shows the status word and reviewer as values"),
        ("LessonTestRunner.swift", "wrong answers ( )", "the name of the built-in run of a translation's wrong answers, like auto-play"),
        ("SourcesRule.swift", "+(+)??(%|per cent)", "a pattern for facts in a lesson"),
        ("SourcesRule.swift", "(up to|limit of|limit is|protects?|protected|at least|at most|maximum of|minimum of|no more than|capped at)+£?", "a pattern for facts in a lesson"),
        ("Rules/BrandNameRule.swift", "Place", "a placeholder's name"), ("Rules/EmailAddressRule.swift", "Place", "a placeholder's name"),
        ("Rules/HiddenCharacterRule.swift", "Place", "a placeholder's name"), ("Rules/LinkRule.swift", "Place", "a placeholder's name"),
        ("Rules/ReadingEaseRule.swift", "Place", "a placeholder's name"), ("Rules/SentenceLengthRule.swift", "Place", "a placeholder's name"),
        ("Rules/SourcesRule.swift", "Place", "a placeholder's name"),
    ]

    @Test("lint, loading and the authoring tools write no sentence of their own", arguments: folders)
    func noWordsOutsideTheCatalogue(folder: String) throws {
        var found: [SourceSentenceScan.Finding] = []
        for file in SourceSentenceScan.files(under: folder) where !Self.wordLists.contains(file) {
            found += try SourceSentenceScan.findings(in: file).filter { finding in
                !Self.notWords.contains { finding.file.hasSuffix($0.file) && finding.literal.trimmingCharacters(in: .whitespaces) == $0.literal.trimmingCharacters(in: .whitespaces) }
            }
        }
        #expect(found.isEmpty, "words an author reads belong in the catalogue:\n\(found.map(\.description).joined(separator: "\n"))")
    }
}
