import Foundation
import TasterLessons
import TasterStore
import TasterTestSupport
import Testing
@testable import TasterShell
@testable import TasterWording

/// Choosing the language at the welcome, keeping it with the learner, and lessons in it: a
/// learner reading "Welsh" here reads English in capitals (so every sentence shows which
/// catalogue it came from) and the bundled Welsh lesson translations.
@Suite("Choosing the language at the welcome", .ownThread)
struct LanguageChoiceTests {
    static let welsh = OtherLanguageTests.shouting(language: "cy")

    /// A visit of the bundled lessons with English and "Welsh" offered at the welcome.
    private func visit(_ lines: [String], store: any ProgressRecording, screen: ScreenLog, choices: [Catalogue] = [.english, welsh],
                       bilingual: Bool = false) -> (end: SessionEnd, reader: ScriptedLineReader) {
        let reader = ScriptedLineReader(lines: lines)
        var context = SessionTestSupport.context(reader: reader, screen: screen)
        context.languageChoices = choices
        context.bilingual = bilingual
        // Tall enough that the whole menu is one page.
        context.rows = { 200 }
        let end = LearnerVisit(context: context, library: SessionTestSupport.library(SessionTestSupport.realFolder), store: store).run()
        return (end, reader)
    }

    @Test("the question comes first, names each language in its own words, and the visit goes on in the one chosen")
    func chooseFirst() throws {
        let store = try ProgressDatabase.inMemory()
        let screen = ScreenLog()
        let (end, reader) = visit(["2", "1", "", "quit"], store: store, screen: screen)
        #expect(end == .left)
        #expect(reader.prompts.first == "Type a number, or press Enter for English: ", "asked before new or returning")
        #expect(screen.text.contains("Which language would you like?") && screen.text.contains("WHICH LANGUAGE WOULD YOU LIKE?"))
        #expect(screen.text.contains("  1  English") && screen.text.contains("  2  ENGLISH"))
        #expect(screen.text.contains("  3  ENGLISH, WITH ENGLISH BENEATH"), "the bilingual way is offered for each language but English")
        #expect(reader.prompts.dropFirst().first == "TYPE 1 OR 2: ", "from the choice on, the chosen catalogue speaks")
        let code = try #require(SessionTestSupport.code(in: screen))
        #expect(try store.preferredLanguage(code: code) == "cy", "the choice is kept with the learner")
    }

    @Test("with one language, or --language given, nobody is asked", arguments: [[Catalogue.english], []])
    func notAsked(choices: [Catalogue]) throws {
        let screen = ScreenLog()
        let (_, reader) = visit(["1", "", "quit"], store: try ProgressDatabase.inMemory(), screen: screen, choices: choices)
        #expect(reader.prompts.first == "Type 1 or 2: ")
        #expect(!screen.text.contains("Which language would you like?"))
    }

    @Test("a returning learner who presses Enter is greeted in the language they chose last time, and told so")
    func keptFromLastTime() throws {
        let store = try ProgressDatabase.inMemory()
        let learner = try store.newLearner(nickname: nil)
        try store.setPreferredLanguage(code: learner.code, language: "cy")
        let screen = ScreenLog()
        let (_, reader) = visit(["", learner.code.rawValue, "quit"], store: store, screen: screen)
        #expect(screen.text.contains("TASTER IS IN ENGLISH FOR YOU, AS YOU CHOSE LAST TIME."))
        #expect(reader.prompts.last == "TYPE A LESSON NUMBER, OR QUIT TO LEAVE: ", "the menu in the kept language: \(reader.prompts)")
        #expect(try store.preferredLanguage(code: learner.code) == "cy")
    }

    @Test("a choice made today wins over the one kept, and replaces it")
    func choiceWins() throws {
        let store = try ProgressDatabase.inMemory()
        let learner = try store.newLearner(nickname: nil)
        try store.setPreferredLanguage(code: learner.code, language: "cy")
        let screen = ScreenLog()
        let (_, reader) = visit(["1", learner.code.rawValue, "quit"], store: store, screen: screen)
        #expect(!screen.text.contains("AS YOU CHOSE LAST TIME"))
        #expect(reader.prompts.last == "Type a lesson number, or quit to leave: ", "in English: \(reader.prompts)")
        #expect(try store.preferredLanguage(code: learner.code) == "en")
    }

    @Test("the menu shows translated titles, marks lessons offered in English, and such a lesson says so as it opens")
    func lessonsInTheLanguage() throws {
        let screen = ScreenLog()
        let library = SessionTestSupport.library(SessionTestSupport.realFolder)
        let untranslated = try #require(library.lessons.first { library.translations(of: $0.id).allSatisfy { $0.language != "cy" } })
        _ = visit(["2", "1", "", "menu", untranslated.id, "menu", "quit"], store: try ProgressDatabase.inMemory(), screen: screen)
        #expect(screen.text.contains("Cymharu prisiau gyda phrisiau uned"), "unit-prices by its Welsh title")
        #expect(!screen.text.contains("Comparing prices with unit prices"))
        let englishLine = try #require(screen.entries.first { $0.hasPrefix("  ") && $0.contains(untranslated.title) })
        #expect(englishLine.contains("(IN ENGLISH)"), "\(englishLine)")
        let translatedLine = try #require(screen.entries.first { $0.contains("Cymharu prisiau gyda phrisiau uned") })
        #expect(!translatedLine.contains("IN ENGLISH"), "\(translatedLine)")
        #expect(screen.text.contains("THIS LESSON IS NOT IN YOUR LANGUAGE YET, SO IT IS SHOWN IN ENGLISH."))
    }

    @Test("a learner who leaves a lesson in English carries on at the same step in Welsh")
    func resumeAcrossLanguages() throws {
        let store = try ProgressDatabase.inMemory()
        let learner = try store.newLearner(nickname: nil)
        try store.startLesson(code: learner.code, lessonID: "unit-prices", contentVersion: try #require(SessionTestSupport.library(SessionTestSupport.realFolder).lesson(id: "unit-prices")).contentVersion)
        try store.setResumePoint(code: learner.code, lessonID: "unit-prices", stepIndex: 1)
        let screen = ScreenLog()
        _ = visit(["2", learner.code.rawValue, "yes", "menu", "quit"], store: store, screen: screen)
        #expect(screen.text.contains("Cymharu prisiau gyda phrisiau uned"))
        #expect(screen.text.contains("STEP 2 OF"), "the same step: \(screen.text.suffix(600))")
        #expect(screen.text.contains("I gael y pris **fesul 100 g**") || screen.text.contains("I gael y pris fesul 100 g"), "the Welsh text of step 2")
    }

    @Test("bilingual: each translated step shows the English beneath; a step shown in English once")
    func bilingual() throws {
        let screen = ScreenLog()
        let library = SessionTestSupport.library(SessionTestSupport.realFolder)
        let english = try #require(library.lesson(id: "unit-prices"))
        _ = visit(["3", "1", "", "unit-prices", "menu", "quit"], store: try ProgressDatabase.inMemory(), screen: screen)
        #expect(screen.text.contains("Dydy pecyn mawr ddim bob amser yn rhatach"))
        #expect(screen.text.contains("IN ENGLISH:"))
        let firstEnglish = try #require(english.steps.first?.text.split(separator: "\n").first.map(String.init))
        #expect(screen.text.contains(firstEnglish.replacingOccurrences(of: "**", with: "")) || screen.text.contains(firstEnglish), "the English of step 1 beneath")
    }

    @Test("kiosk mode forgets the language with everything else: the next person starts in the usual one")
    func kioskForgets() throws {
        let store = try ProgressDatabase.inMemory()
        let reader = ScriptedLineReader(lines: ["2", "1", "", "quit", "", "", "1", "", "quit", ""])
        let screen = ScreenLog()
        var context = SessionTestSupport.context(reader: reader, screen: screen)
        context.languageChoices = [.english, Self.welsh]
        let library = SessionTestSupport.library(SessionTestSupport.realFolder)
        _ = KioskLoop(context: context) { LearnerVisit(context: context, library: library, store: store, inKiosk: true) }.run()
        let welcomes = reader.prompts.enumerated().filter { $0.element.hasPrefix("Type a number, or press Enter for") }.map(\.offset)
        // A third welcome waits for the next person as the scripted input ends.
        #expect(welcomes.count >= 2, "\(reader.prompts)")
        #expect(reader.prompts.contains("PRESS ENTER TO CLEAR THE SCREEN FOR THE NEXT PERSON: "), "the learner leaving reads the last prompt in their language")
        if welcomes.count >= 2 {
            #expect(reader.prompts[welcomes[1] + 1] == "Type 1 or 2: ", "the second person, pressing Enter, reads English")
        }
    }
}
