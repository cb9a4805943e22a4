import Foundation
import TasterLessons
@testable import TasterShell
import TasterStore
import TasterTestSupport
import Testing

/// Ctrl-C, Ctrl-D and a closed window at every kind of step of the fixture lesson, and Ctrl-C
/// and Ctrl-D at every question taster asks outside a lesson, through the shell's own handling
/// of what the line reader reports (in-process, so the whole table runs in a moment).
///
/// What a learner who has never used a terminal should find: Ctrl-C (to many, "copy") never
/// answers anything and never ends the session, it clears the line or asks the same question
/// again; Ctrl-D leaves kindly, with a goodbye and the place kept; closing the window keeps the
/// place too. That the real terminal turns each key into what the reader reports here (and
/// restores itself afterwards) is checked once per key, by `KeyTerminalTests`.
@Suite(.ownThread)
struct EveryStepKeyTests {
    // MARK: At each kind of step

    @Test("Ctrl-C at a step clears the line with a note, answers nothing, and the step still works",
          arguments: FixtureStep.all)
    func ctrlCClearsTheLine(step: FixtureStep) throws {
        let store = try TestProgressStore()
        let before = KeyPlay.reaching(step)
        let played = KeyPlay.visit(before + [.ctrlC, .line(step.rightAnswer)], store: store)

        let interrupt = before.count
        #expect(played.reads[interrupt].prompt == step.prompt)
        #expect(played.reads[interrupt + 1].prompt == step.prompt, "Ctrl-C left the step:\n\(played.screen.text)")
        let afterInterrupt = played.shown(after: interrupt)
        #expect(afterInterrupt.contains("(Line cleared. Press Ctrl-C again if you want to leave the lesson.)"), "\(afterInterrupt)")
        for answered in ["Correct", "Not quite", "Not strong enough", "Hint", "Step \(step.number + 1) of 7"] {
            #expect(!afterInterrupt.contains(answered), "Ctrl-C answered the step:\n\(afterInterrupt)")
        }

        let next = played.shown(after: interrupt + 1)
        #expect(next.contains(step.shownAfterRightAnswer), "The right answer after Ctrl-C did not move on:\n\(next)")
        if step.isQuestion { #expect(next.contains("Correct!"), "The right answer after Ctrl-C was not accepted:\n\(next)") }
        if step.isSecret {
            for word in step.rightAnswer.split(separator: " ") {
                #expect(!played.screen.text.contains(word), "\"\(word)\", typed at the secret step, was shown on the screen")
            }
        }
    }

    @Test("Ctrl-C twice, then yes, leaves the lesson for the menu and keeps the place", arguments: FixtureStep.all)
    func ctrlCTwiceThenYesKeepsThePlace(step: FixtureStep) throws {
        let store = try TestProgressStore()
        let before = KeyPlay.reaching(step)
        let played = KeyPlay.visit(before + [.ctrlC, .ctrlC, .line("yes"), .line("1")], store: store)

        let first = before.count
        #expect(played.reads[first + 1].prompt == step.prompt, "The first Ctrl-C left the step:\n\(played.screen.text)")
        #expect(played.reads[first + 2].prompt == "Leave? ")
        #expect(played.shown(after: first + 1).contains("Leave the lesson? Your progress is saved."))
        let menu = played.shown(after: first + 2)
        #expect(played.reads[first + 3].prompt == KeyPlay.menuPrompt, "yes did not go to the menu:\n\(menu)")
        #expect(menu.contains("Lessons"))
        #expect(!menu.contains("Correct") && !menu.contains("Not quite"), "Leaving answered the step:\n\(menu)")

        let reopened = played.shown(after: first + 3)
        #expect(played.reads.count > first + 4 && played.reads[first + 4].prompt == step.prompt, "\(reopened)")
        #expect(reopened.contains("Step \(step.number) of 7"), "The lesson should open again at step \(step.number):\n\(reopened)")
        for other in 1...7 where other != step.number {
            #expect(!reopened.contains("Step \(other) of 7"), "The lesson opened at step \(other), not \(step.number):\n\(reopened)")
        }
    }

    @Test("Ctrl-D at a step says goodbye, ends the visit and keeps the place", arguments: FixtureStep.all)
    func ctrlDLeavesKindly(step: FixtureStep) throws {
        let store = try TestProgressStore()
        let before = KeyPlay.reaching(step)
        let played = KeyPlay.visit(before + [.ctrlD], store: store)

        #expect(played.end == .endOfInput)
        #expect(played.reads.count == before.count + 1, "taster read on after Ctrl-D:\n\(played.screen.text)")
        let goodbye = played.shown(after: before.count)
        #expect(goodbye.contains("Goodbye, and well done today!"), "\(goodbye)")
        #expect(!goodbye.contains("Correct") && !goodbye.contains("Not quite"), "Ctrl-D answered the step:\n\(goodbye)")
        let code = try #require(played.code)
        #expect(goodbye.contains(code.rawValue), "The goodbye shows the code:\n\(goodbye)")

        try KeyPlay.expectComeBack(store: store, code: code, at: step)
    }

    @Test("A hang-up mid-step saves the place and ends taster without answering", arguments: FixtureStep.all)
    func hangUpKeepsThePlace(step: FixtureStep) throws {
        let store = try TestProgressStore()
        let before = KeyPlay.reaching(step)
        let played = KeyPlay.visit(before + [.hangUp], store: store)

        #expect(played.end == .terminated)
        #expect(played.reads.count == before.count + 1, "taster read on after the hang-up:\n\(played.screen.text)")
        let after = played.shown(after: before.count)
        #expect(!after.contains("Correct") && !after.contains("Not quite") && !after.contains("Not strong enough"),
                "The step was answered when the window closed:\n\(after)")
        let code = try #require(played.code)

        try KeyPlay.expectComeBack(store: store, code: code, at: step)
    }

    // MARK: At each question outside a lesson

    @Test("Ctrl-C at a question outside a lesson keeps the learner at it", arguments: OutsidePrompt.allCases)
    func ctrlCOutsideALesson(prompt: OutsidePrompt) throws {
        let setting = try prompt.setting()
        let before = setting.keys
        let played = setting.play(before + [.ctrlC] + prompt.usualAnswer)

        #expect(played.reads[before.count].prompt == prompt.prompt, "\(played.screen.text)")
        #expect(played.reads.count > before.count + 1 && played.reads[before.count + 1].prompt == prompt.prompt,
                "Ctrl-C at \(prompt) did not ask again:\n\(played.screen.text)")
        let again = played.shown(after: before.count)
        #expect(!again.contains("Goodbye"), "Ctrl-C ended the session at \(prompt):\n\(again)")
        try prompt.expectStillWorking(played, answeredAt: before.count + 1, setting: setting)
    }

    @Test("Ctrl-D at a question outside a lesson leaves kindly and keeps the place", arguments: OutsidePrompt.allCases)
    func ctrlDOutsideALesson(prompt: OutsidePrompt) throws {
        let setting = try prompt.setting()
        let before = setting.keys
        let played = setting.play(before + [.ctrlD] + prompt.afterLeaving)

        #expect(played.reads[before.count].prompt == prompt.prompt, "\(played.screen.text)")
        try prompt.expectLeftKindly(played, at: before.count, setting: setting)
    }
}

/// What the person at the terminal does at one read, as the terminal's line reader reports it.
enum KeyPress: Equatable {
    /// Types a line and presses Enter.
    case line(String)
    /// Ctrl-C: the line reader reports an interrupt.
    case ctrlC
    /// Ctrl-D on an empty line: the line reader reports the end of input.
    case ctrlD
    /// The window is closed (SIGHUP): taster is asked to stop, and the read ends.
    case hangUp
}

/// A line reader that plays key presses, and notes for each read its prompt and how much had
/// been written to the screen by then, so a test can see what each key press brought.
final class KeyScriptReader: LineReader {
    /// One read: its prompt, whether it was a secret, and the screen entries written before it.
    struct Read {
        var prompt: String
        var secret: Bool
        var screenMark: Int
    }

    private var keys: [KeyPress]
    private let screen: ScreenLog
    /// Every read, in order (those after the keys ran out too; none after a hang-up).
    private(set) var reads: [Read] = []
    /// Whether the window was closed.
    private(set) var hungUp = false
    /// Reads made after the keys ran out. After a few, the reader answers so that any kiosk loop
    /// ends ("leave kiosk" at the welcome, "quit" elsewhere): a test that goes wrong fails
    /// instead of spinning for ever.
    private(set) var overrunReads = 0

    init(_ keys: [KeyPress], screen: ScreenLog) {
        self.keys = keys
        self.screen = screen
    }

    func readLine(prompt: String) -> LineInput { read(prompt, secret: false) }
    func readSecret(prompt: String) -> LineInput { read(prompt, secret: true) }
    func setCompletions(_ provider: @escaping (String) -> [String]) {}
    func addToHistory(_ line: String) {}
    func clearHistory() {}

    private func read(_ prompt: String, secret: Bool) -> LineInput {
        guard !hungUp else { return .endOfInput }
        reads.append(Read(prompt: prompt, secret: secret, screenMark: screen.entries.count))
        guard !keys.isEmpty else {
            overrunReads += 1
            guard overrunReads > 5 else { return .endOfInput }
            return .line(prompt.hasPrefix("Type 1 or 2") ? LearnerVisit.leaveKioskWords : "quit")
        }
        switch keys.removeFirst() {
        case .line(let text): return .line(text)
        case .ctrlC: return .interrupted
        case .ctrlD: return .endOfInput
        case .hangUp:
            hungUp = true
            return .endOfInput
        }
    }
}

/// One in-process visit (or kiosk run) played from key presses.
struct KeyPlay {
    let end: SessionEnd
    let screen: ScreenLog
    let reads: [KeyScriptReader.Read]
    let overrunReads: Int

    /// The menu's prompt.
    static let menuPrompt = "Type a lesson number, or quit to leave: "

    /// The learner code shown, if any.
    var code: LearnerCode? { SessionTestSupport.code(in: screen) }

    /// What was written to the screen after read `index` answered, up to the next read (or the end).
    func shown(after index: Int) -> String {
        let entries = screen.entries
        let start = reads[index].screenMark
        let end = index + 1 < reads.count ? reads[index + 1].screenMark : entries.count
        return entries[start..<end].joined(separator: "\n")
    }

    /// Everything written after read `index` answered.
    func shownFrom(_ index: Int) -> String {
        screen.entries[reads[index].screenMark...].joined(separator: "\n")
    }

    /// The key presses that bring a new learner into the fixture lesson and answer every step
    /// before `step`.
    static func reaching(_ step: FixtureStep) -> [KeyPress] {
        (SessionTestSupport.newLearnerIntoLessonOne + FixtureStep.all.prefix(step.number - 1).map(\.rightAnswer)).map(KeyPress.line)
    }

    /// Plays `keys` in one learner's visit (in kiosk mode: the kiosk's loop of visits).
    static func visit(_ keys: [KeyPress], store: any ProgressRecording, library: LessonLibrary = SessionTestSupport.library(),
                      kiosk: Bool = false) -> KeyPlay {
        let screen = ScreenLog()
        let reader = KeyScriptReader(keys, screen: screen)
        var context = SessionTestSupport.context(reader: reader, screen: screen, inputIsTerminal: kiosk)
        context.terminationRequested = { reader.hungUp }
        let end: SessionEnd
        if kiosk {
            end = KioskLoop(context: context) { LearnerVisit(context: context, library: library, store: store, inKiosk: true) }.run()
        } else {
            end = LearnerVisit(context: context, library: library, store: store).run()
        }
        return KeyPlay(end: end, screen: screen, reads: reader.reads, overrunReads: reader.overrunReads)
    }

    /// Comes back with `code` and checks taster offers to carry on at `step`, and does.
    static func expectComeBack(store: any ProgressRecording, code: LearnerCode, at step: FixtureStep,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let again = visit([.line(code.rawValue), .line("yes")], store: store)
        let welcomeBack = again.shown(after: 0)
        #expect(welcomeBack.contains("Last time you were on Every kind of step, step \(step.number) of 7."),
                "Coming back should offer step \(step.number):\n\(welcomeBack)", sourceLocation: sourceLocation)
        #expect(again.reads.count == 3 && again.reads[1].prompt == "Carry on? ", "\(again.screen.text)", sourceLocation: sourceLocation)
        #expect(again.reads.count == 3 && again.reads[2].prompt == step.prompt, "\(again.screen.text)", sourceLocation: sourceLocation)
        #expect(again.shown(after: 1).contains("Step \(step.number) of 7"), sourceLocation: sourceLocation)
    }
}

extension OutsidePrompt {
    /// Where a prompt's test runs: the store, the lessons, whether in kiosk mode, and the key
    /// presses that reach the prompt.
    struct Setting {
        let store: TestProgressStore
        let library: LessonLibrary
        let kiosk: Bool
        let keys: [KeyPress]
        /// The learner's code, when one was made before the visit.
        let code: LearnerCode?

        func play(_ keys: [KeyPress]) -> KeyPlay {
            KeyPlay.visit(keys, store: store, library: library, kiosk: kiosk)
        }
    }

    /// The store, lessons and key presses that bring a visit to this prompt.
    func setting() throws -> Setting {
        let store = try TestProgressStore()
        var library = SessionTestSupport.library()
        var code: LearnerCode?
        let keys: [String]
        switch self {
        case .welcome, .kioskWelcome: keys = []
        case .codeEntry: keys = ["2"]
        case .writtenDown: keys = ["1"]
        case .menu: keys = ["1", ""]
        case .carryOn:
            // A learner who opened the fixture lesson and left at step 2.
            let earlier = KeyPlay.visit(["1", "", "1", "", "quit"].map(KeyPress.line), store: store)
            code = try #require(earlier.code)
            keys = [code!.rawValue]
        case .leave: keys = ["1", "", "1", ""]
        case .confidenceBefore:
            _ = try store.saved.startSession(named: "Keys test")
            keys = ["1", ""]
        case .confidenceAfter:
            _ = try store.saved.startSession(named: "Keys test")
            keys = ["1", "", "", "quit"]
        case .nextLesson:
            library = try Self.twoOneStepLessons()
            keys = ["1", "", "1", ""]
        case .kioskClearScreen: keys = ["1", "", "quit"]
        }
        var presses = keys.map(KeyPress.line)
        // "Leave the lesson?" comes after Ctrl-C twice at a step.
        if self == .leave { presses += [.ctrlC, .ctrlC] }
        return Setting(store: store, library: library, kiosk: self == .kioskWelcome || self == .kioskClearScreen, keys: presses, code: code)
    }

    /// The prompt's usual answer, typed after Ctrl-C to show the prompt still works.
    var usualAnswer: [KeyPress] {
        switch self {
        case .welcome, .kioskWelcome, .menu: [.line("1")]
        case .codeEntry: [.line("maple-river-otter-42")]
        case .writtenDown, .confidenceBefore, .confidenceAfter, .kioskClearScreen: [.line("")]
        case .carryOn, .nextLesson: [.line("yes")]
        case .leave: [.line("no"), .line("1")]
        }
    }

    /// What is typed after Ctrl-D: in kiosk mode, Enter to clear the screen after the goodbye.
    var afterLeaving: [KeyPress] {
        self == .kioskWelcome ? [.line("")] : []
    }

    /// After Ctrl-C and the prompt shown again (read `index`): checks the usual answer works.
    func expectStillWorking(_ played: KeyPlay, answeredAt index: Int, setting: Setting) throws {
        let shown = played.shown(after: index)
        let next = played.reads.count > index + 1 ? played.reads[index + 1].prompt : nil
        switch self {
        case .welcome, .kioskWelcome:
            #expect(next == "Press Enter when you have written it down: ", "\(shown)")
        case .codeEntry:
            #expect(shown.contains("Sorry, taster cannot find the code maple-river-otter-42."), "\(shown)")
        case .writtenDown, .confidenceBefore:
            #expect(next == KeyPlay.menuPrompt, "\(shown)")
        case .menu:
            #expect(shown.contains("Step 1 of 7"), "\(shown)")
        case .carryOn:
            #expect(shown.contains("Step 2 of 7"), "\(shown)")
        case .leave:
            #expect(next == "Your answer: ", "no should stay at the step:\n\(shown)")
            let answered = played.shown(after: index + 1)
            #expect(answered.contains("Correct!") && answered.contains("Step 3 of 7"), "\(answered)")
        case .confidenceAfter:
            #expect(shown.contains("Goodbye, and well done today!"), "\(shown)")
            #expect(played.end == .left)
        case .nextLesson:
            #expect(shown.contains("Second taste  ·  Step 1 of 1"), "\(shown)")
        case .kioskClearScreen:
            let code = try #require(played.code)
            // Ctrl-C (to many, "copy") must not clear the code away.
            let beforeEnter = played.screen.entries[..<played.reads[index].screenMark]
            let lastClear = beforeEnter.lastIndex(of: KioskLoop.clearScreenAndScrollback) ?? -1
            let codeShown = beforeEnter.lastIndex { $0.contains(code.rawValue) } ?? -1
            #expect(codeShown > lastClear, "Ctrl-C cleared the screen before the learner could copy their code:\n\(played.screen.text)")
            #expect(shown.hasPrefix(KioskLoop.clearScreenAndScrollback), "Enter should clear the screen for the next person:\n\(shown)")
            #expect(!shown.contains(code.rawValue), "\(shown)")
            #expect(next == "Type 1 or 2: ")
        }
    }

    /// After Ctrl-D at read `index`: checks taster said goodbye and ended the visit (in kiosk
    /// mode: went on to the next person), and that a learner's place was kept.
    func expectLeftKindly(_ played: KeyPlay, at index: Int, setting: Setting) throws {
        let goodbye = played.shown(after: index)
        switch self {
        case .kioskWelcome:
            #expect(goodbye.contains("Goodbye! Come back any time."), "\(goodbye)")
            #expect(played.reads.count > index + 2 && played.reads[index + 1].prompt == "Press Enter to clear the screen for the next person: ")
            #expect(played.reads.count > index + 2 && played.reads[index + 2].prompt == "Type 1 or 2: ")
            return
        case .kioskClearScreen:
            let code = try #require(played.code)
            #expect(goodbye.hasPrefix(KioskLoop.clearScreenAndScrollback), "Ctrl-D should clear the screen for the next person:\n\(goodbye)")
            #expect(!goodbye.contains(code.rawValue), "\(goodbye)")
            #expect(played.reads.count > index + 1 && played.reads[index + 1].prompt == "Type 1 or 2: ")
            return
        case .welcome, .codeEntry:
            #expect(goodbye.contains("Goodbye! Come back any time."), "\(goodbye)")
            #expect(!goodbye.contains("Please type"), "Ctrl-D asked the question again:\n\(goodbye)")
        default:
            let code = try #require(played.code)
            #expect(goodbye.contains("Goodbye, and well done today!"), "\(goodbye)")
            #expect(goodbye.contains(code.rawValue), "The goodbye shows the code:\n\(goodbye)")
        }
        #expect(played.reads.count == index + 1, "Ctrl-D at \(self) went on to another question:\n\(played.screen.text)")
        #expect(played.end == .left || played.end == .endOfInput, "\(played.end)")

        // Coming back finds the learner where they were.
        guard let code = played.code, let placeKept = placeKeptAfterLeaving else { return }
        let again = KeyPlay.visit([.line(code.rawValue)], store: setting.store, library: setting.library)
        let cameBack = again.shown(after: 0)
        #expect(again.reads.count > 1 && again.reads[1].prompt == placeKept.prompt, "\(cameBack)")
        #expect(cameBack.contains(placeKept.shows), "Coming back should show \"\(placeKept.shows)\":\n\(cameBack)")
    }

    /// What a learner who left with Ctrl-D here sees on coming back: a prompt and what shows
    /// before it; nil where there is nothing more to check than the goodbye.
    private var placeKeptAfterLeaving: (prompt: String, shows: String)? {
        switch self {
        case .writtenDown: (KeyPlay.menuPrompt, "Lessons")
        case .carryOn, .leave: ("Carry on? ", "step 2 of 7")
        // In plain style, as here, a finished lesson is marked "(done)", not "✓ done".
        case .nextLesson: (KeyPlay.menuPrompt, "First taste, 1 minute (done)")
        default: nil
        }
    }

    /// Two one-step lessons, so that finishing the first offers the second.
    private static func twoOneStepLessons() throws -> LessonLibrary {
        let folder = try TemporaryFolder(prefix: "taster-keys")
        for (id, title) in [("first-taste", "First taste"), ("second-taste", "Second taste")] {
            let lesson = """
                id: \(id)
                title: \(title)
                summary: A lesson of one step.
                area: foundation
                minutes: 1
                reviewed: 2026-11-01
                steps:
                  - kind: say
                    id: hello
                    text: Hello.

                """
            try lesson.write(to: folder.child("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        return SessionTestSupport.library(folder.url.path)
    }
}
