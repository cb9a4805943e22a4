import TasterEngine
import TasterLessons
import Testing
@testable import TasterWording

/// A learner whose language is Welsh answers in Welsh: command words and yes or no come from the
/// Welsh catalogue, and the English words keep working.
@Suite("Answering in Welsh")
struct WelshAnswersTests {
    static let commands = Catalogue.welsh.commandWords

    @Test("Welsh command words, with or without accents, and the English ones too", arguments: [
        ("awgrym", LearnerCommand.hint as LearnerCommand?), ("cliw", .hint), ("neidio", .skip), ("hepgor", .skip),
        ("nôl", .back), ("nol", .back), ("yn ôl", .back), ("yn ol", .back), ("Yn Ôl", .back), ("eto", .repeat),
        ("dewislen", .menu), ("cynnydd", .progress), ("ble", .progress), ("gadael", .quit), ("stopio", .quit),
        ("help", .help), ("cymorth", .help), ("?", .help), ("helpwch fi", .volunteer), ("help fi", .volunteer),
        ("gwirfoddolwr", .volunteer),
        ("hint", .hint), ("skip", .skip), ("back", .back), ("again", .repeat), ("menu", .menu), ("quit", .quit), ("help me", .volunteer),
        // Slips forgiven in longer words; a mutated form never taken for its radical.
        ("dewilsen", .menu), ("cynnyd", .progress), ("gadeal", .quit), ("adael", nil), ("ngadael", nil), ("gymorth", nil),
        ("nid", nil), ("ie", nil),
    ] as [(String, LearnerCommand?)])
    func commandWords(line: String, expected: LearnerCommand?) {
        #expect(Self.commands.command(for: line) == expected)
    }

    @Test("help lists the Welsh words first")
    func mainWords() {
        #expect(LearnerCommand.allCases.map(Self.commands.mainWord(of:))
            == ["help", "awgrym", "gwirfoddolwr", "nôl", "neidio", "eto", "dewislen", "cynnydd", "gadael"])
        #expect(LearnerCommand.allCases.map(Catalogue.english.commandWords.mainWord(of:))
            == ["help", "hint", "volunteer", "back", "skip", "repeat", "menu", "progress", "quit"])
    }

    @Test("yes and no in Welsh, in the common forms, and in English", arguments: [
        ("ie", WordKey.answersYes as WordKey?), ("do", .answersYes), ("oes", .answersYes), ("ydw", .answersYes), ("ydy", .answersYes),
        ("ydi", .answersYes), ("iawn", .answersYes), ("yes", .answersYes), ("Ie", .answersYes), ("ia", .answersYes),
        ("na", .answersNo), ("naddo", .answersNo), ("nac oes", .answersNo), ("nag oes", .answersNo), ("nac ydw", .answersNo),
        ("nac ydy", .answersNo), ("nac ydi", .answersNo), ("nage", .answersNo), ("dim diolch", .answersNo), ("no", .answersNo),
        ("nadod", .answersNo), ("naddo!", .answersNo),
        ("efallai", nil), ("", nil),
    ] as [(String, WordKey?)])
    func yesAndNo(line: String, expected: WordKey?) {
        #expect(Catalogue.welsh.answer(line, among: [.answersYes, .answersNo]) == expected)
    }

    @Test("English answers read exactly as before: the same words mean the same")
    func englishAnswers() {
        for word in Catalogue.english.answers(.answersYes) {
            #expect(Catalogue.english.answer(word, among: [.answersYes, .answersNo]) == .answersYes, "\(word)")
        }
        for word in Catalogue.english.answers(.answersNo) {
            #expect(Catalogue.english.answer(word, among: [.answersYes, .answersNo]) == .answersNo, "\(word)")
        }
    }

    @Test("no command word or answer of one list is a slip of another's, in any language", arguments: Catalogue.installed.map(\.language))
    func listsDoNotOverlap(language: String) throws {
        let catalogue = try #require(Catalogue.named(language))
        let commands = catalogue.commandWords
        for command in LearnerCommand.allCases {
            for word in commands.words[command] ?? [] {
                #expect(commands.command(for: word) == command, "\(language): \(word)")
            }
        }
    }
}
