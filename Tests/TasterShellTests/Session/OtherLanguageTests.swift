import Foundation
import TasterLessons
import TasterStore
import TasterTestSupport
import Testing
@testable import TasterShell
@testable import TasterWording

/// The learner's terminal speaks its catalogue's language throughout: run in a made-up language
/// (English in capitals), not one English sentence from the catalogue is left on the screen or
/// in a prompt. A screen that asked the English catalogue (a default left in place, a sentence
/// kept in code) would show one.
@Suite("The learner's terminal in another language", .ownThread)
struct OtherLanguageTests {
    /// English with every letter outside a `{placeholder}` in capitals.
    static let shouting = shouting(language: "xx")

    /// English in capitals, standing for the language `language` (a tag such as `cy`), so that
    /// lesson translations into that language are used.
    static func shouting(language: String) -> Catalogue {
        var table: [WordKey: String] = [:]
        for key in WordKey.allCases {
            var text = ""
            var inPlaceholder = false
            for character in Catalogue.english.text(key) {
                if character == "{" { inPlaceholder = true }
                text += inPlaceholder ? String(character) : character.uppercased()
                if character == "}" { inPlaceholder = false }
            }
            table[key] = text
        }
        return Catalogue(language: language, table: table, ordinal: EnglishWords.ordinal)
    }

    /// The catalogue's English sentences that stand whole (no placeholder), long enough that
    /// lesson text cannot hold one by chance.
    static let englishSentences = WordKey.allCases.map { Catalogue.english.text($0) }
        .filter { !$0.contains("{") && $0.count >= 12 && $0.contains(" ") && $0 != $0.uppercased() }

    @Test("a whole visit, from the welcome to goodbye, shows no English from the catalogue")
    func wholeVisit() throws {
        let store = try ProgressDatabase.inMemory()
        let lines = SessionTestSupport.newLearnerIntoLessonOne + SessionTestSupport.everyKindAnswers + ["progress", "quit"]
        let reader = ScriptedLineReader(lines: lines)
        let screen = ScreenLog()
        var context = SessionTestSupport.context(reader: reader, screen: screen)
        context.catalogue = Self.shouting
        LearnerVisit.showWelcome(in: context)
        let end = LearnerVisit(context: context, library: SessionTestSupport.library(), store: store, welcomeAlreadyShown: true).run()
        #expect(end == .left)
        #expect(screen.text.contains("WELCOME TO TASTER!"))
        #expect(reader.prompts.first == "TYPE 1 OR 2: ")
        let shown = screen.text + "\n" + reader.prompts.joined(separator: "\n") + "\n" + reader.secretPrompts.joined(separator: "\n")
        let leftInEnglish = Self.englishSentences.filter { shown.contains($0) }
        #expect(leftInEnglish.isEmpty, "still in English:\n\(leftInEnglish.joined(separator: "\n"))")
    }

    @Test("wrong and unreadable answers, hints, solutions and skips at every kind of step show no English from the catalogue")
    func wrongAnswersEverywhere() throws {
        let store = try ProgressDatabase.inMemory()
        let lines = SessionTestSupport.newLearnerIntoLessonOne + [
            "",
            "7", "3", "hint", "hint", "hint", "hint", "1",
            "", "nothing like it", "hint", "hint", "hint", "skip",
            "twelve", "12,5", "12", "250",
            "www.exmaple.org", "www.example.org",
            "", "password", "dog", "kettle meadow lantern violin",
            "x", "1 2 3", "hint", "hint", "hint", "2 3 1",
            "quit",
        ]
        let reader = ScriptedLineReader(lines: lines)
        let screen = ScreenLog()
        var context = SessionTestSupport.context(reader: reader, screen: screen)
        context.catalogue = Self.shouting
        _ = LearnerVisit(context: context, library: SessionTestSupport.library(), store: store).run()
        #expect(screen.text.contains("NOT QUITE."), "a wrong answer was given")
        #expect(screen.text.contains("TYPE EXACTLY:") || screen.text.contains("THE ANSWER IS") || screen.text.contains("THE RIGHT ORDER IS"), "a solution was shown")
        let shown = screen.text + "\n" + reader.prompts.joined(separator: "\n")
        let leftInEnglish = Self.englishSentences.filter { shown.contains($0) }
        #expect(leftInEnglish.isEmpty, "still in English:\n\(leftInEnglish.joined(separator: "\n"))")
        for english in ["Not quite", "The answer is", "Type just the number", "Not strong enough", "The right order is", "Type each number once"] {
            #expect(!shown.contains(english), "\(english)")
        }
    }

    @Test("the live view's words are its catalogue's, in colour and plain")
    func liveView() {
        let board = LiveBoard(session: nil, learners: [], takenAt: Date(timeIntervalSince1970: 1_750_004_800))
        for mode in [LiveBoardView.Mode.colour, .plain] {
            let text = LiveBoardView(board: board, timeZone: TimeZone(identifier: "UTC")!, catalogue: Self.shouting).render(mode: mode)
            #expect(text.contains("NOBODY HAS BEEN ACTIVE IN THE LAST TWO HOURS."))
            #expect(!Self.englishSentences.contains { text.contains($0) }, "\(text)")
        }
    }
}
