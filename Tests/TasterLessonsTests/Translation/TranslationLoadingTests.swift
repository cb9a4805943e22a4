import Foundation
import Testing
import TasterTestSupport
@testable import TasterLessons

@Suite("Translation files", .ownThread)
struct TranslationLoadingTests {
    private func load(_ text: String) -> TranslationLoadResult {
        LessonLoader().loadTranslation(bytes: Array(text.utf8), path: "cy/every-kind.yaml")
    }

    @Test("the fixture translation loads with its header, steps, options and wrong answers")
    func loadsTheFixture() throws {
        let result = load(TranslationFolder.fixtureText)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let translation = try #require(result.translation)
        #expect(translation.lessonID == "every-kind")
        #expect(translation.language == "cy")
        #expect(translation.status == .draft)
        #expect(translation.title == "Pob math o gam")
        #expect(translation.steps.map(\.id) == ["welcome", "padlock", "attach", "budget", "address", "passphrase", "email"])
        let padlock = try #require(translation.step(id: "padlock"))
        #expect(padlock.options?.map(\.text) == ["Mae'r cysylltiad yn breifat.", "Mae'r siop yn onest."])
        #expect(padlock.fingerprint?.count == 8)
        #expect(translation.step(id: "attach")?.accept == ["atodiad", "yr atodiad"])
        #expect(translation.step(id: "attach")?.wrongAnswers?.first?.answer == "pwnc")
        #expect(translation.step(id: "budget")?.wrongNumbers?.first?.value == 2150)
        #expect(translation.tests.map(\.name) == ["a wrong option shows its Welsh feedback", "a Welsh answer is accepted"])
    }

    @Test("bad input is a kind error with a place, never a crash", arguments: [
        "", "- a list\n", "just text\n", "lesson: [a, b]\n", "a: &x [1]\nb: *x\n", "lesson: x\n\tlanguage: cy\n",
        "lesson: every-kind\nlanguage: cy\nstatus: draft\nsteps: [welcome]\n",
        "lesson: every-kind\nlanguage: cy\nstatus: draft\nsteps:\n  welcome: hello\n",
        "lesson: every-kind\nlanguage: cy\nstatus: draft\nsteps:\n  Welcome Step:\n    text: x\n",
        "lesson: every-kind\nlanguage: cy\nstatus: draft\nsteps:\n  padlock:\n    options: [one, two]\n",
        "lesson: every-kind\nlanguage: cy\nstatus: draft\nsteps:\n  budget:\n    wrong:\n      - value: 1\n        answer: x\n        feedback: y\n",
        "lesson: every-kind\nlanguage: cy\nstatus: draft\nsteps:\n  welcome:\n    text: \"\\u0007bell\"\n",
        String(repeating: "[", count: 500),
    ])
    func badInput(_ text: String) {
        let result = load(text)
        #expect(result.translation == nil)
        #expect(result.problems.contains { $0.severity == .error }, "\(result.problems)")
        let lines = text.count(where: { $0 == "\n" }) + 2
        for problem in result.problems {
            #expect((1...lines).contains(problem.location.line) && problem.location.column >= 1, "\(problem)")
            #expect(!problem.message.unicodeScalars.contains { $0.value < 0x20 }, "\(problem)")
        }
    }

    @Test("a reviewed translation says who reviewed it")
    func reviewedBy() throws {
        let text = TranslationFolder.fixtureText.replacingOccurrences(of: "status: draft", with: "status: reviewed\nreviewed_by: Welsh language officer, county library service")
        let translation = try #require(load(text).translation)
        #expect(translation.status == .reviewed(by: "Welsh language officer, county library service"))
        #expect(translation.status.description == "reviewed by Welsh language officer, county library service")
    }

    @Test("a header or step mistake is an error at its place in the file", arguments: [
        ("language: cy\n", "", "lesson:", 0, "has no `language`"),
        ("language: cy", "language: CY", "language: CY", 10, "Did you mean `cy`?"),
        ("status: draft\n", "", "lesson:", 0, "has no `status`"),
        ("status: draft", "status: finished", "status: finished", 8, "`status` should be `draft` or `reviewed`"),
        ("status: draft", "status: reviewed", "status: reviewed", 8, "says who reviewed it"),
        ("status: draft", "status: draft\nreviewed_by: a team", "reviewed_by", 0, "a draft has not been reviewed yet"),
        ("lesson: every-kind", "lesson: Every Kind", "lesson: Every Kind", 8, "should be the id of the English lesson"),
        ("title: Pob", "titel: Pob", "titel", 0, "did you mean `title`?"),
        ("  attach:\n", "  attach:\n    txet: oops\n", "txet", 0, "did you mean `text`?"),
        ("      - value: 2150\n", "      - value: £2150\n", "£2150", 0, "should be a plain number"),
    ])
    func placedErrors(old: String, new: String, needle: String, offset: Int, message: String) throws {
        let text = TranslationFolder.fixtureText.replacingOccurrences(of: old, with: new)
        #expect(text != TranslationFolder.fixtureText)
        let lines = text.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains(needle) })
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: needle)!.lowerBound) + 1 + offset
        let place = "\(row + 1):\(column)"
        let result = load(text)
        let found = result.problems.first { $0.message.contains(message) }
        #expect(found?.severity == .error, "\(result.problems)")
        #expect(found?.description.hasPrefix("cy/every-kind.yaml:\(place): error: ") == true, "\(result.problems)")
        #expect(result.translation == nil)
    }

    @Test("a fingerprint that YAML would read as a number is still read as text")
    func numericLookingFingerprint() throws {
        let text = TranslationFolder.fixtureText.replacingOccurrences(of: "  welcome:\n", with: "  welcome:\n    fingerprint: 69e80453\n")
            .replacingOccurrences(of: "    fingerprint: \"81ca5870\"\n", with: "")
        let translation = try #require(load(text).translation)
        #expect(translation.step(id: "welcome")?.fingerprint == "69e80453")
    }

    @Test("translations in a language folder are found as translations, not as lessons")
    func foundInLanguageFolders() throws {
        let library = try TranslationFolder()
        let found = LessonFiles.search(in: [library.folder.url.path])
        #expect(found.files.map { ($0 as NSString).lastPathComponent } == ["every-kind.yaml"])
        #expect(found.translations == [library.translationURL().path])
        #expect(LessonFiles.find(in: [library.folder.url.path]).files.count == 1)
        // A lesson given by itself brings its translations with it, so lint checks them too.
        let alone = LessonFiles.search(in: [library.folder.child("every-kind.yaml").path])
        #expect(alone.translations == [library.translationURL().path])
        // The language folder given by itself holds translations, because the lessons are above it.
        #expect(LessonFiles.search(in: [library.folder.child("cy").path]).translations.count == 1)
    }

    @Test("the lesson as a Welsh reader sees it: Welsh texts, the English answers, the same step ids and version")
    func lessonAsSeen() throws {
        let folder = try TranslationFolder(translation: [("  address:\n", "  address:\n    target: www.example.org\n")])
        let (library, problems) = LessonLibrary.load(paths: [folder.folder.url.path])
        #expect(!problems.contains { $0.severity == .error }, "\(problems)")
        let english = try #require(library.lesson(id: "every-kind"))
        let seen = try #require(library.lesson(id: "every-kind", language: "cy"))
        #expect(seen.translation != nil)
        #expect(!seen.isOfferedInItsOwnLanguage)
        #expect(seen.lesson.language == "cy")
        #expect(seen.lesson.title == "Pob math o gam")
        #expect(seen.lesson.steps.map(\.id) == english.steps.map(\.id))
        #expect(seen.lesson.steps.map(\.kind.name) == english.steps.map(\.kind.name))
        #expect(seen.lesson.contentVersion == english.contentVersion)
        guard case .choice(let question) = seen.lesson.steps[1].kind, case .choice(let englishQuestion) = english.steps[1].kind else {
            Issue.record("the padlock step is not a choice")
            return
        }
        #expect(question.correctIndices == englishQuestion.correctIndices)
        #expect(question.options[1].feedback?.contains("nid bod y siop yn onest") == true)
        guard case .number(let number) = seen.lesson.steps[3].kind else { return }
        #expect(number.value == 250)
        #expect(number.wrong.first?.feedback.hasPrefix("Dyna beth") == true)
        #expect(AnswerChecker.check("atodiad", against: seen.lesson.steps[2]).isCorrect)
        #expect(!AnswerChecker.check("pwnc", against: seen.lesson.steps[2]).isCorrect)
        // cy-GB is Welsh too; a language with no translation gets the English, saying so.
        #expect(library.lesson(id: "every-kind", language: "cy-GB")?.translation != nil)
        let polish = try #require(library.lesson(id: "every-kind", language: "pl"))
        #expect(polish.translation == nil)
        #expect(polish.isOfferedInItsOwnLanguage)
        #expect(polish.lesson == english)
        #expect(library.lesson(id: "every-kind", language: "en-GB")?.isOfferedInItsOwnLanguage == false)
        #expect(library.languages(of: "every-kind") == ["en-GB", "cy"])
    }

    @Test("a step left out of the translation stays in English")
    func untranslatedStepStaysEnglish() throws {
        let english = try #require(LessonLoader().load(fileAt: RepositoryFiles.fixture("lessons/every-kind.yaml").path).lesson)
        let translation = LessonTranslation(lessonID: "every-kind", language: "cy", steps: [
            { var step = StepTranslation(id: "welcome"); step.text = "Croeso."; return step }(),
        ])
        let seen = english.translated(by: translation)
        #expect(seen.steps[0].text == "Croeso.")
        #expect(Array(seen.steps.dropFirst()) == Array(english.steps.dropFirst()))
    }

    @Test("a step's fingerprint is the same each time, and changes with any English text or answer of the step")
    func fingerprints() throws {
        let english = try #require(LessonLoader().load(fileAt: RepositoryFiles.fixture("lessons/every-kind.yaml").path).lesson)
        let fingerprints = english.steps.map(StepFingerprint.of)
        #expect(fingerprints == english.steps.map(StepFingerprint.of))
        #expect(Set(fingerprints).count == english.steps.count)
        #expect(fingerprints.allSatisfy(StepFingerprint.isWellFormed))
        var step = english.steps[1]
        step.hints[0] += " "
        #expect(StepFingerprint.of(step) != fingerprints[1])
        step = english.steps[3]
        if case .number(var number) = step.kind { number.value = 251; step.kind = .number(number) }
        #expect(StepFingerprint.of(step) != fingerprints[3])
        step = english.steps[0]
        step.location = SourceLocation(line: 90, column: 9)
        #expect(StepFingerprint.of(step) == fingerprints[0], "moving a step in its file is not a change of its English")
    }
}

@Suite("Language folders and lesson folders", .ownThread)
struct LanguageFolderTests {
    @Test("a lesson folder with a short name such as `new` or `tmp` holds lessons, not translations", arguments: ["new", "tmp", "cy"])
    func shortNamedLessonFolder(name: String) throws {
        let folder = try TemporaryFolder(prefix: "taster-short-folder")
        try FileManager.default.createDirectory(at: folder.child(name), withIntermediateDirectories: true)
        let lesson = folder.child(name).appendingPathComponent("every-kind.yaml")
        try FileManager.default.copyItem(at: RepositoryFiles.fixture("lessons/every-kind.yaml"), to: lesson)
        let found = LessonFiles.search(in: [folder.url.path])
        #expect(found.files == [lesson.path])
        #expect(found.translations.isEmpty)
        #expect(LessonFiles.search(in: [lesson.path]).files == [lesson.path], "a lesson file given by itself")
        #expect(LessonFiles.search(in: [folder.child(name).path]).files == [lesson.path], "the folder given by itself")
    }

    @Test("a translation whose English lesson is missing is still found as a translation, so lint can say so")
    func orphanTranslation() throws {
        let folder = try TranslationFolder()
        try FileManager.default.removeItem(at: folder.folder.child("every-kind.yaml"))
        #expect(LessonFiles.search(in: [folder.folder.url.path]).translations == [folder.translationURL().path])
        #expect(LessonFiles.isTranslation(folder.translationURL().path))
    }
}
