import Foundation
import TasterShell
import TasterStore
import TasterTestSupport
import TasterWording
import Testing


/// Kiosk mode notices a learner who walked away: a warning, then their session closes and the
/// screen is cleared for the next person. Time is a test clock; nothing really waits.
@Suite(.ownThread)
struct KioskIdleTests {
    @Test func theIdleTimerWarnsThenExpiresAndATouchStartsAgain() {
        let clock = ManualClock()
        let timer = IdleTimer(warnAfter: 540, endAfter: 600, now: clock.closure)
        #expect(timer.stage == .active)
        #expect(!timer.readShouldStop)
        clock.advance(seconds: 539)
        #expect(timer.stage == .active)
        clock.advance(seconds: 1)
        #expect(timer.stage == .warningDue)
        #expect(timer.readShouldStop)
        timer.markWarned()
        #expect(timer.stage == .warned)
        #expect(!timer.readShouldStop)
        #expect(timer.secondsLeft == 60)
        clock.advance(seconds: 60)
        #expect(timer.stage == .expired)
        #expect(timer.readShouldStop)
        timer.touch()
        #expect(timer.stage == .active)
        #expect(timer.secondsLeft == 600)
    }

    @Test func anEndBeforeTheWarningIsMovedToTheWarning() {
        let clock = ManualClock()
        let timer = IdleTimer(warnAfter: 300, endAfter: 100, now: clock.closure)
        clock.advance(seconds: 299)
        #expect(timer.stage == .active)
        clock.advance(seconds: 1)
        #expect(timer.stage == .expired)
    }

    @Test(arguments: [(60.0, "1 minute"), (59.5, "1 minute"), (90.0, "2 minutes"), (120.0, "2 minutes")])
    func theWarningSaysHowLongIsLeft(secondsLeft: Double, words: String) {
        let clock = ManualClock()
        let timer = IdleTimer(warnAfter: 600 - secondsLeft, endAfter: 600, now: clock.closure)
        var warnings: [String] = []
        let reader = IdleAwareReader(TimedScriptReader([.wait(600 - secondsLeft), .line("back")], clock: clock), timer: timer, language: LanguageOnScreen(.english)) { warnings.append($0) }
        #expect(reader.readLine(prompt: "Your answer: ") == .line("back"))
        #expect(warnings.count == 1)
        let minutes = Int(words.prefix { $0.isNumber })!
        #expect(warnings.first?.contains("in \(minutes) minute") == true, "\(secondsLeft) seconds left was given as: \(warnings.first ?? "")")
    }

    @Test("the warning is in the language on screen when it comes, not the one the terminal started in")
    func theWarningSpeaksTheLearnersLanguage() {
        let clock = ManualClock()
        let timer = IdleTimer(warnAfter: 540, endAfter: 600, now: clock.closure)
        let language = LanguageOnScreen(.english)
        var warnings: [String] = []
        let reader = IdleAwareReader(TimedScriptReader([.wait(540), .line("back")], clock: clock), timer: timer, language: language) { warnings.append($0) }
        language.catalogue = OtherLanguageTests.shouting
        #expect(reader.readLine(prompt: "Your answer: ") == .line("back"))
        #expect(warnings.count == 1)
        #expect(warnings.first.map { $0 == $0.uppercased() } == true, "\(warnings)")
    }

    @Test func aLearnerWhoWalksAwayIsClosedAndTheNextOneStartsClean() throws {
        let clock = ManualClock()
        let timer = IdleTimer(warnAfter: 540, endAfter: 600, now: clock.closure)
        let script = TimedScriptReader([
            // Learner A: new, writes the code down, then walks away at the menu.
            .line("1"), .line(""), .wait(540), .wait(60),
            // The next person is a volunteer closing the kiosk.
            .line("leave kiosk"),
        ], clock: clock)
        let screen = ScreenLog()
        var idleReader: IdleAwareReader!
        idleReader = IdleAwareReader(script, timer: timer, language: LanguageOnScreen(.english)) { screen.write($0) }
        let reader = idleReader!
        let context = SessionTestSupport.context(reader: reader, screen: screen, inputIsTerminal: true, idleExpired: { reader.expired })
        let store = try ProgressDatabase.inMemory()
        let end = KioskLoop(context: context) {
            LearnerVisit(context: context, library: SessionTestSupport.library(), store: store, inKiosk: true)
        }.run()

        #expect(end == .leaveKiosk)
        #expect(script.overrunReads == 0)
        #expect(screen.count(of: "Are you still there? Press Enter to carry on.") == 1)
        #expect(screen.text.contains("You have been away for a while, so taster has closed your session."))
        let clears = screen.entries.indices.filter { screen.entries[$0] == KioskLoop.clearScreenAndScrollback }
        #expect(clears.count == 2, "Cleared once after A, once when leaving kiosk mode")
        let code = try #require(SessionTestSupport.code(in: screen))
        let afterFirstClear = screen.entries[(clears.first! + 1)...].joined(separator: "\n")
        #expect(afterFirstClear.contains("Welcome to Taster!"))
        #expect(!afterFirstClear.contains(code.rawValue))
        #expect(script.history.isEmpty)
        #expect(!reader.expired, "The next person starts with a fresh timer")
        // A's progress is kept for next time.
        #expect(try store.learner(code: code) != nil)
    }

    /// Piped input that ends at the welcome question used to send the kiosk round its loop for
    /// ever: the session reported that the learner left, and the kiosk started the next one.
    @Test func pipedInputEndingEndsTheKiosk() throws {
        let reader = TimedScriptReader([.line("1"), .line(""), .line("quit"), .line("")])
        let screen = ScreenLog()
        let context = SessionTestSupport.context(reader: reader, screen: screen, inputIsTerminal: false)
        let store = try ProgressDatabase.inMemory()
        let end = KioskLoop(context: context) {
            LearnerVisit(context: context, library: SessionTestSupport.library(), store: store, inKiosk: true)
        }.run()
        #expect(end == .endOfInput)
        #expect(reader.overrunReads <= 2, "The kiosk kept reading after the input ended")
        #expect(screen.count(of: "Welcome to Taster!") == 2)
    }
}
