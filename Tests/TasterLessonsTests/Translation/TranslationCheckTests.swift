import Foundation
import Testing
import TasterTestSupport
@testable import TasterLessons

/// One lint check on a translation: the edit that provokes it and where and what lint says.
struct TranslationCase: Sendable, CustomTestStringConvertible {
    var name: String
    var edits: [(String, String)] = []
    var lessonEdits: [(String, String)] = []
    var folderName = "cy"
    /// The text lint must point at in the translation (nil: the top of the file, 1:1).
    var needle: String?
    var offset = 0
    var severity: LessonProblem.Severity
    var message: String

    var testDescription: String { name }
}

@Suite("Translation checks", .ownThread)
struct TranslationCheckTests {
    static let cases: [TranslationCase] = [
        TranslationCase(name: "an unknown step id", edits: [("  budget:\n", "  budgett:\n")], needle: "budgett:",
                        severity: .error, message: "the lesson every-kind has no step `budgett`; did you mean `budget`?"),
        TranslationCase(name: "a different right option", edits: [("      - text: Mae'r siop yn onest.\n", "      - text: Mae'r siop yn onest.\n        correct: true\n")],
                        needle: "text: Mae'r siop yn onest.", severity: .error, message: "this would change the answer: option 2 of step `padlock` is wrong in English"),
        TranslationCase(name: "a different value", edits: [("    hints: [Tynnu.]\n", "    hints: [Tynnu.]\n    value: 260\n")],
                        needle: "value: 260", offset: 7, severity: .error, message: "this would change the answer: the English step `budget` has `value: 250`"),
        TranslationCase(name: "a different unit", edits: [("    hints: [Tynnu.]\n", "    hints: [Tynnu.]\n    unit: percent\n")],
                        needle: "unit: percent", offset: 6, severity: .error, message: "has `unit: pounds`"),
        TranslationCase(name: "a different kind", edits: [("    text: Beth mae'r clo clap", "    kind: answer\n    text: Beth mae'r clo clap")],
                        needle: "kind: answer", offset: 6, severity: .error, message: "has `kind: choice`"),
        TranslationCase(name: "feedback for a wrong value the English does not have", edits: [("      - value: 2150\n", "      - value: 2100\n")],
                        needle: "value: 2100", severity: .error, message: "the English step `budget` has no wrong value 2100; its wrong values are 2150"),
        TranslationCase(name: "a missing option", edits: [("      - text: Mae'r siop yn onest.\n        feedback: Dim yn hollol. Mae clo clap yn golygu bod y cysylltiad yn breifat, nid bod y siop yn onest.\n", "")],
                        needle: "text: Mae'r cysylltiad", severity: .error, message: "step `padlock` has 2 options in English and 1 here"),
        TranslationCase(name: "options on a number step", edits: [("    hints: [Tynnu.]\n", "    hints: [Tynnu.]\n    options:\n      - text: un\n")],
                        needle: "  budget:", offset: 2, severity: .error, message: "step `budget` is a `number` step, which has no `options`"),
        TranslationCase(name: "an item too many", edits: [("Pwyso Anfon]", "Pwyso Anfon, Aros]")],
                        needle: "  email:", offset: 2, severity: .error, message: "step `email` has 3 items in English and 4 here"),
        TranslationCase(name: "a translated wrong answer that the translated answers accept", edits: [("      - answer: pwnc\n", "      - answer: atodiad\n")],
                        needle: "answer: atodiad", severity: .error, message: "the wrong answer \"atodiad\" is also accepted as right"),
        TranslationCase(name: "the English changed since it was translated", lessonEdits: [("hints: [Take away.]", "hints: [Take it away.]")],
                        needle: "fingerprint: \"c79b2195\"", offset: 13, severity: .warning,
                        message: "the English of step `budget` changed since this was translated"),
        TranslationCase(name: "a fingerprint written by hand", edits: [("    fingerprint: \"08488c2e\"\n", "    fingerprint: see English\n")],
                        needle: "see English", severity: .warning, message: "is not one taster wrote"),
        TranslationCase(name: "a step with no fingerprint", edits: [("    fingerprint: \"08488c2e\"\n", "")],
                        needle: "  padlock:", offset: 2, severity: .warning, message: "step `padlock` has no `fingerprint`"),
        TranslationCase(name: "a text left in English", edits: [("    explain: Gall gwefannau twyllodrus gael clo clap hefyd.\n", "")],
                        needle: "  padlock:", offset: 2, severity: .warning, message: "step `padlock` does not translate `explain`"),
        TranslationCase(name: "a step not translated", edits: [("  email:\n    fingerprint: \"322287c4\"\n    text: Rhowch y rhain mewn trefn i anfon e-bost.\n    items: [Ysgrifennu'r cyfeiriad, Ysgrifennu'r pwnc, Pwyso Anfon]\n    hints: [\"Beth sy'n dod gyntaf?\"]\n", "")],
                        severity: .warning, message: "this step is not translated yet, so learners read it in English: step 7 (email)"),
        TranslationCase(name: "a language that is not its folder's", folderName: "pl", severity: .error,
                        message: "the translation says `language: cy`, but it is in the folder `pl`"),
        TranslationCase(name: "a translation into the lesson's own language", edits: [("language: cy", "language: en")], folderName: "en",
                        severity: .error, message: "the language the lesson is already written in"),
        TranslationCase(name: "a lesson that does not exist", edits: [("lesson: every-kind", "lesson: every-kinds")], severity: .error,
                        message: "its file is called \"every-kind.yaml\""),
    ]

    @Test("lint points at the translation file, line and column", arguments: cases)
    func check(_ example: TranslationCase) throws {
        let folder = try TranslationFolder(translation: example.edits, lessonEdits: example.lessonEdits, folderName: example.folderName)
        let (library, problems) = LessonLibrary.load(paths: [folder.folder.url.path])
        let path = folder.translationURL(example.folderName).path
        let place = example.needle.map { folder.location(of: $0, offset: example.offset) } ?? "1:1"
        let found = problems.filter { $0.message.contains(example.message) }
        #expect(found.count == 1, "\(problems)")
        #expect(found.first?.description.hasPrefix("\(path):\(place): \(example.severity.rawValue): ") == true, "\(problems)")
        // A translation with an error is not offered to learners; one with warnings is.
        #expect(library.translations.isEmpty == (example.severity == .error), "\(problems)")
        #expect(library.lessons.count == 1, "the English lesson is never held back by its translation")
    }

    @Test("the fixture translation has nothing to say")
    func clean() throws {
        let folder = try TranslationFolder()
        let problems = LessonLibrary.load(paths: [folder.folder.url.path]).problems.filter { $0.path.contains("/cy/") }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("a translation whose lesson is missing is an error, not a crash")
    func missingLesson() throws {
        let folder = try TranslationFolder()
        try FileManager.default.removeItem(at: folder.folder.child("every-kind.yaml"))
        let problems = LessonLibrary.load(paths: [folder.folder.url.path]).problems
        #expect(problems.contains { $0.path == folder.translationURL().path && $0.message.contains("there is no lesson with that id") }, "\(problems)")
    }

    @Test("the English lesson with errors: its translation waits, saying why")
    func brokenLesson() throws {
        let folder = try TranslationFolder(lessonEdits: [("minutes: 5", "minutes: many")])
        let problems = LessonLibrary.load(paths: [folder.translationURL().path]).problems
        #expect(problems.contains { $0.message.contains("has errors, so this translation cannot be checked yet") }, "\(problems)")
    }

    @Test("the bundled translations are all drafts, complete and up to date")
    func bundled() throws {
        let (library, problems) = LessonLibrary.load(paths: [RepositoryFiles.bundledLessons.path])
        let translationProblems = problems.filter { $0.path.contains("/cy/") || $0.path.contains("/pl/") }
        #expect(translationProblems.isEmpty, "\(translationProblems)")
        let welsh = library.translations.filter { $0.language == "cy" }.map(\.lessonID).sorted()
        #expect(welsh == ["banking-safely", "is-this-message-genuine", "keyboard-basics", "unit-prices"])
        #expect(library.translations.filter { $0.language == "pl" }.count == 2)
        #expect(library.translations.allSatisfy { $0.status == .draft }, "no translation may claim a review it has not had")
        for translation in library.translations {
            let lesson = try #require(library.lesson(id: translation.lessonID))
            #expect(Set(translation.steps.map(\.id)) == Set(lesson.steps.compactMap(\.id)), "\(translation.sourcePath) leaves steps in English")
        }
    }
}
