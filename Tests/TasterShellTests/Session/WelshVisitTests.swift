import Foundation
import TasterLessons
import TasterStore
import TasterTestSupport
import Testing
@testable import TasterShell
@testable import TasterWording

/// A learner whose language is Welsh types Welsh: the welcome's choices, the command words at a
/// step and yes or no, with or without accents, and the English words keep working.
@Suite("A visit in Welsh", .ownThread)
struct WelshVisitTests {
    @Test("Welsh words at the welcome, at a step and at the menu do what their English does")
    func welshWords() throws {
        let store = try ProgressDatabase.inMemory()
        // newydd (new), Enter past the code, lesson 1; Enter on the first step; awgrym (hint) at
        // the padlock question, then its answer; nol (back, without its circumflex) to the
        // padlock again, eto (again) to show it again; then the rest of the lesson in order.
        let lines = ["newydd", "", "1", "", "awgrym", "1", "nol", "eto", "1"]
            + Array(SessionTestSupport.everyKindAnswers.dropFirst(2)) + ["cynnydd", "gadael"]
        let reader = ScriptedLineReader(lines: lines)
        let screen = ScreenLog()
        var context = SessionTestSupport.context(reader: reader, screen: screen)
        context.catalogue = .welsh
        LearnerVisit.showWelcome(in: context)
        let end = LearnerVisit(context: context, library: SessionTestSupport.library(), store: store, welcomeAlreadyShown: true).run()
        #expect(end == .left)
        #expect(screen.text.contains("Think about the connection."), "awgrym gave no hint")
        let padlock = "What does the padlock tell you?"
        #expect(screen.text.components(separatedBy: padlock).count - 1 >= 3, "nol and eto did not show the padlock step again")
        #expect(reader.remainingInputCount == 0, "\(reader.remainingInputCount) lines left unread")
    }

    @Test("yes and no in Welsh, with or without accents, and in English", arguments: [
        ("ie", true as Bool?), ("Iawn", true), ("ydw", true), ("do", true), ("yes", true),
        ("na", false), ("naddo", false), ("nac ydw", false), ("Nac Oes.", false), ("no", false), ("efallai", nil),
    ] as [(String, Bool?)])
    func yesNo(line: String, expected: Bool?) {
        #expect(YesNo.parse(line, catalogue: .welsh) == expected)
    }
}
