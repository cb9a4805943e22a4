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
