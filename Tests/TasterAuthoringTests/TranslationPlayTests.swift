import Foundation
import Testing
import TasterLessons
import TasterTestSupport
@testable import TasterAuthoring

/// A library folder with the fixture lesson and its Welsh translation, the translation edited.
private func welshLibrary(_ edits: [(String, String)] = []) throws -> (folder: TemporaryFolder, translation: URL) {
    let folder = try TemporaryFolder(prefix: "taster-translation-play")
    try FileManager.default.copyItem(at: RepositoryFiles.fixture("lessons/every-kind.yaml"), to: folder.child("every-kind.yaml"))
    try FileManager.default.createDirectory(at: folder.child("cy"), withIntermediateDirectories: true)
    var text = try String(contentsOf: RepositoryFiles.fixture("translations/cy/every-kind.yaml"), encoding: .utf8)
    for (old, new) in edits {
        precondition(text.contains(old), "the fixture translation has no \(old)")
        text = text.replacingOccurrences(of: old, with: new)
    }
    let translation = folder.child("cy/every-kind.yaml")
    try Data(text.utf8).write(to: translation)
    return (folder, translation)
}

@Suite("Playing translations", .ownThread)
struct TranslationPlayTests {
    @Test("taster test plays the lesson in Welsh too: auto-play with the Welsh answers, the Welsh wrong answers, the Welsh tests")
    func playsWelsh() throws {
        let (folder, _) = try welshLibrary()
        let library = LessonLibrary.load(paths: [folder.url.path]).library
        #expect(library.translations.count == 1)
        let report = LessonTestRunner().run(library)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.translationsPlayed == 1)
        // English: auto-play and 2 tests; Welsh: auto-play, the wrong answers and 2 tests.
        #expect(report.testsRun == 3 + 4)
    }

    @Test("auto-play plays the Welsh steps: a Welsh step with no right answer fails at its place in the translation")
    func autoPlayUsesTranslatedAnswers() throws {
        // The Welsh step's accepted answers are emptied, so its own answer cannot move it on.
        let (folder, translation) = try welshLibrary([("    accept: [atodiad, yr atodiad]\n", "    accept: []\n")])
        let library = LessonLibrary.load(paths: [folder.url.path], loader: LessonLoader()).library
        // Lint refuses this translation, so play it directly, as the runner would.
        #expect(library.translations.isEmpty)
        let lesson = try #require(library.lesson(id: "every-kind"))
        let loaded = try #require(LessonLoader().loadTranslation(fileAt: translation.path).translation)
        let failures = LessonTestRunner().play(loaded, of: lesson).failures
        let autoPlay = try #require(failures.first { $0.testName == "auto-play (cy)" })
        #expect(autoPlay.description.hasPrefix("\(translation.path):\(loaded.step(id: "attach")!.location): error: test \"auto-play (cy)\", step 3 (attach)"), "\(autoPlay)")
    }

    @Test("a Welsh wrong answer must be refused with its Welsh feedback")
    func wrongAnswersAreChecked() throws {
        let (folder, translation) = try welshLibrary()
        let library = LessonLibrary.load(paths: [folder.url.path]).library
        var loaded = try #require(library.translations.first)
        // Feedback that taster would never show for this answer: the answer is right.
        loaded.steps[2].wrongAnswers = [KnownWrongAnswer(answer: "yr atodiad", feedback: "Nid dyna'r ateb.")]
        let failures = LessonTestRunner().play(loaded, of: try #require(library.lesson(id: "every-kind"))).failures
        #expect(failures.contains { $0.testName == "wrong answers (cy)" && $0.path == translation.path && $0.message.contains("\"yr atodiad\"") }, "\(failures)")
    }

    @Test("a translation's own test fails at its line in the translation file")
    func failingWelshTest() throws {
        let (folder, translation) = try welshLibrary([("        shows: llinell deitl\n", "        shows: rhywbeth arall\n")])
        let library = LessonLibrary.load(paths: [folder.url.path]).library
        let report = LessonTestRunner().run(library)
        let failure = try #require(report.failures.first)
        #expect(report.failures.count == 1)
        #expect(failure.path == translation.path)
        #expect(failure.testName == "a Welsh answer is accepted")
        #expect(failure.message.contains("expected to see \"rhywbeth arall\""))
    }

    @Test("every bundled lesson plays in every language it has")
    func bundledLessonsInEveryLanguage() {
        let library = LessonLibrary.load(paths: [RepositoryFiles.bundledLessons.path]).library
        let report = LessonTestRunner().run(library)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.translationsPlayed == 6)
    }

    @Test("taster lessons shows each translation with its status")
    func catalogueShowsTranslations() throws {
        let (folder, translation) = try welshLibrary([("status: draft", "status: reviewed\nreviewed_by: Welsh language officer")])
        let catalogue = LessonCatalogue(LessonLibrary.load(paths: [folder.url.path]).library)
        #expect(catalogue.text().contains("also in: cy (reviewed by Welsh language officer)"), "\(catalogue.text())")
        #expect(catalogue.markdown().contains("Also in: cy (reviewed by Welsh language officer)."))
        let json = try catalogue.json()
        #expect(json.contains("\"reviewedBy\" : \"Welsh language officer\""), "\(json)")
        #expect(json.contains("\"status\" : \"reviewed\""))
        #expect(catalogue.entries.first?.translations.first?.file == translation.path)
        let bundled = LessonCatalogue(LessonLibrary.load(paths: [RepositoryFiles.bundledLessons.path]).library).text()
        #expect(bundled.contains("also in: cy (draft), pl (draft)"))
        #expect(!bundled.contains("reviewed by"), "the bundled translations are drafts until a native speaker reviews them")
    }
}

@Suite("Writing fingerprints", .ownThread)
struct FingerprintUpdateTests {
    @Test("missing and stale fingerprints are written, in quotes, and nothing else in the file changes")
    func writes() throws {
        let (folder, translation) = try welshLibrary([
            ("    fingerprint: \"08488c2e\"\n", ""),
            ("    fingerprint: \"c79b2195\"\n", "    fingerprint: 1234abcd # old\n"),
        ])
        let before = try String(contentsOf: translation, encoding: .utf8)
        let library = LessonLibrary.load(paths: [folder.url.path])
        #expect(library.problems.filter { $0.message.contains("fingerprint") }.count == 2)
        let loaded = try #require(LessonLoader().loadTranslation(fileAt: translation.path).translation)
        let lesson = try #require(library.library.lesson(id: "every-kind"))
        let update = FingerprintUpdate.updated(before, translation: loaded, lesson: lesson)
        #expect(update.changedSteps == ["padlock", "budget"])
        #expect(update.problems.isEmpty)
        let fixture = try String(contentsOf: RepositoryFiles.fixture("translations/cy/every-kind.yaml"), encoding: .utf8)
        #expect(update.text == fixture.replacingOccurrences(of: "    fingerprint: \"c79b2195\"\n", with: "    fingerprint: \"c79b2195\" # old\n"))
        try Data(update.text.utf8).write(to: translation)
        let after = LessonLibrary.load(paths: [folder.url.path]).problems
        #expect(!after.contains { $0.message.contains("fingerprint") || $0.message.contains("changed since") }, "\(after)")
        // Writing again changes nothing.
        let again = try #require(LessonLoader().loadTranslation(fileAt: translation.path).translation)
        #expect(FingerprintUpdate.updated(update.text, translation: again, lesson: lesson).changedSteps.isEmpty)
    }

    @Test("a step written on one line cannot take a fingerprint, and says so")
    func oneLineStep() throws {
        let text = "lesson: every-kind\nlanguage: cy\nstatus: draft\nsteps:\n  welcome: {text: Croeso.}\n"
        let lesson = try #require(LessonLoader().load(fileAt: RepositoryFiles.fixture("lessons/every-kind.yaml").path).lesson)
        let loaded = try #require(LessonLoader().loadTranslation(bytes: Array(text.utf8), path: "cy/every-kind.yaml").translation)
        let update = FingerprintUpdate.updated(text, translation: loaded, lesson: lesson)
        #expect(update.text == text)
        #expect(update.problems.first?.description.hasPrefix("cy/every-kind.yaml:5:3: warning: the fingerprint of step `welcome` cannot be added") == true, "\(update.problems)")
    }
}

@Suite("Neutral rules in every language", .ownThread)
struct TranslationContentRuleTests {
    private func lint(_ edits: [(String, String)]) throws -> (report: LintReport, translation: URL) {
        let (folder, translation) = try welshLibrary(edits)
        let today = CalendarDate(year: 2026, month: 11, day: 30)
        let linter = LessonLinter(today: today,
                                  translationRules: { ContentRules.check($0, rules: ContentRules.rulesForEveryLanguage(lists: .builtIn)) })
        return (withExtendedLifetime(folder) { linter.lint(paths: [folder.url.path]) }, translation)
    }

    @Test("a brand name in a translated option is an error at the option in the translation file")
    func brandInTranslation() throws {
        let (report, translation) = try lint([("      - text: Mae'r siop yn onest.\n", "      - text: Mae'r siop Amazon yn onest.\n")])
        let brand = report.problems.filter { $0.path == translation.path && $0.message.contains("Amazon") }
        #expect(brand.count == 1, "\(report.problems)")
        #expect(brand.first?.severity == .error)
        #expect(brand.first?.location == SourceLocation(line: 21, column: 9), "\(brand)")
    }

    @Test("the plain-English rules are not run on Welsh text")
    func noEnglishRulesOnWelsh() throws {
        let long = String(repeating: "gair ", count: 60)
        let (report, translation) = try lint([("    text: Teipiwch y cyfeiriad gwe hwn.\n", "    text: \(long)\n")])
        #expect(report.problems.filter { $0.path == translation.path }.isEmpty, "\(report.problems)")
        #expect(report.translationsChecked == 1)
    }
}
