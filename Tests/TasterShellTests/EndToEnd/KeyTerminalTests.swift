import Foundation
import TasterTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Each key of the key table in the real program in a terminal, once: Ctrl-C, Ctrl-C twice,
/// Ctrl-D and a closed window at a step, and Ctrl-C and Ctrl-D at a question outside a lesson.
///
/// `EveryStepKeyTests` plays every key at every kind of step and every question in-process,
/// through the shell's handling of what the line reader reports. What only a real terminal
/// shows is checked here, at the step or question where it matters most: that libedit and the
/// secret reader turn each key into that report, that a secret typed before Ctrl-C never
/// shows, that the terminal is restored (echo back on after the secret step), that taster ends
/// with status 0, and that the kiosk's screen is not cleared by Ctrl-C.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct KeyTerminalTests {
    // MARK: At each kind of step

    @Test("Ctrl-C at a step clears the line with a note, answers nothing, and the step still works",
          arguments: [FixtureStep.named("passphrase")])
    func ctrlCClearsTheLine(step: FixtureStep) throws {
        let term = try TasterProgram.start(["preview", TasterProgram.fixtureLessons + "/every-kind.yaml", "--from", step.id])
        defer { term.close() }
        try term.waitFor("Step \(step.number) of 7")
        try term.waitForPrompt(step.prompt)
        try term.type(step.halfTyped)
        if !step.isSecret { try term.waitFor(step.halfTyped) }
        try term.sendControl("c")

        let afterInterrupt = try term.waitForPrompt(step.prompt)
        #expect(afterInterrupt.contains("(Line cleared. Press Ctrl-C again if you want to leave the lesson.)"))
        for answered in ["Correct", "Not quite", "Not strong enough", "Hint", "Step \(step.number + 1) of 7"] {
            #expect(!afterInterrupt.contains(answered), "The cleared line \"\(step.halfTyped)\" was answered:\n\(afterInterrupt)")
        }

        try term.type(step.rightAnswer + "\r")
        let next = try term.waitFor(step.shownAfterRightAnswer)
        if step.isQuestion { #expect(next.contains("Correct!"), "The right answer after Ctrl-C was not accepted:\n\(next)") }
        if step.isSecret {
            for word in (step.halfTyped + " " + step.rightAnswer).split(separator: " ") {
                #expect(!term.screenText.contains(word), "\"\(word)\", typed at the secret step, was shown on the screen")
            }
        }
    }

    @Test("Ctrl-C twice, then yes, leaves the lesson for the menu and keeps the place", arguments: [FixtureStep.named("attach")])
    func ctrlCTwiceThenYesKeepsThePlace(step: FixtureStep) throws {
        let data = try ScratchFolder()
        let (term, _) = try Self.startSession(data: data, at: step)
        defer { term.close() }
        try term.type(step.halfTyped)
        try term.sendControl("c")
        try term.waitForPrompt(step.prompt)
        try term.sendControl("c")
        let asked = try term.answer("Leave? ", with: "yes")
        #expect(asked.contains("Leave the lesson? Your progress is saved."))
        let menu = try term.waitFor(Self.menuPrompt)
        #expect(menu.contains("Lessons"))
        #expect(!menu.contains("Correct") && !menu.contains("Not quite"), "Leaving answered the step:\n\(menu)")

        try term.waitForRawMode()
        try term.type("1\r")
        let reopened = try term.waitFor(step.prompt)
        #expect(reopened.contains("Step \(step.number) of 7"), "The lesson should open again at step \(step.number):\n\(reopened)")
        for other in 1...7 where other != step.number {
            #expect(!reopened.contains("Step \(other) of 7"), "The lesson opened at step \(other), not \(step.number):\n\(reopened)")
        }
    }

    @Test("Ctrl-D at a step says goodbye, exits with status 0, restores the terminal and keeps the place",
          arguments: [FixtureStep.named("passphrase")])
    func ctrlDLeavesKindly(step: FixtureStep) throws {
        let data = try ScratchFolder()
        let (term, code) = try Self.startSession(data: data, at: step)
        defer { term.close() }
        try term.sendControl("d")
        #expect(try term.waitForExit(timeout: 15) == .exited(0))
        let goodbye = try term.waitFor("Goodbye, and well done today!")
        #expect(!goodbye.contains("Correct") && !goodbye.contains("Not quite"), "Ctrl-D answered the step:\n\(goodbye)")
        try term.waitFor(code)
        Self.expectTerminalRestored(term)

        try Self.expectComeBack(data: data, code: code, at: step)
    }

    @Test("A hang-up mid-step, with half an answer typed, saves the place and ends taster", arguments: [FixtureStep.named("address")])
    func hangUpKeepsThePlace(step: FixtureStep) throws {
        let data = try ScratchFolder()
        let (term, code) = try Self.startSession(data: data, at: step)
        defer { term.close() }
        try term.type(step.halfTyped)
        if step.isSecret {
            // Nothing shows to wait for: give taster time to read the keys, so that they are
            // half-typed when the window closes rather than still waiting in the terminal.
            usleep(300_000)
        } else {
            try term.waitFor(step.halfTyped)
        }
        kill(term.processID, SIGHUP)
        let status = try term.waitForExit(timeout: 15)
        #expect(status == .exited(0), "taster should leave tidily after a hang-up, but it \(status)")
        let after = term.screenText.components(separatedBy: "Step \(step.number) of 7").last ?? ""
        #expect(!after.contains("Correct") && !after.contains("Not quite") && !after.contains("Not strong enough"),
                "The half-typed \"\(step.halfTyped)\" was answered when the window closed:\n\(after)")

        try Self.expectComeBack(data: data, code: code, at: step)
    }

    // MARK: At each question outside a lesson

    @Test("Ctrl-C at a question outside a lesson keeps the learner at it", arguments: [OutsidePrompt.kioskClearScreen])
    func ctrlCOutsideALesson(prompt: OutsidePrompt) throws {
        let visit = try prompt.visit()
        let term = visit.term
        defer { term.close() }
        try term.sendControl("c")
        let again = try term.waitForPrompt(prompt.prompt)
        #expect(!again.contains("Goodbye"), "Ctrl-C ended the session at \(prompt):\n\(again)")
        try prompt.expectStillWorking(visit)
    }

    @Test("Ctrl-D at a question outside a lesson leaves kindly and keeps the place", arguments: [OutsidePrompt.writtenDown])
    func ctrlDOutsideALesson(prompt: OutsidePrompt) throws {
        let visit = try prompt.visit()
        let term = visit.term
        defer { term.close() }
        try term.sendControl("d")
        try prompt.expectLeftKindly(visit)
    }

    // MARK: Helpers

    /// The menu's prompt.
    static let menuPrompt = "Type a lesson number, or quit to leave: "

    /// Starts a session as a new learner, opens the fixture lesson and answers every step
    /// before `step`; returns when taster is reading at `step`.
    static func startSession(data: ScratchFolder, at step: FixtureStep) throws -> (term: PseudoTerminal, code: String) {
        let term = try TasterProgram.startSession(data: data)
        let code = try TasterProgram.becomeNewLearner(term).code
        try term.answer(menuPrompt, with: "1")
        for earlier in FixtureStep.all.prefix(step.number - 1) {
            try term.waitFor("Step \(earlier.number) of 7")
            try term.answer(earlier.prompt, with: earlier.rightAnswer)
        }
        try term.waitFor("Step \(step.number) of 7")
        try term.waitForPrompt(step.prompt)
        return (term, code)
    }

    /// Comes back with `code` and checks taster offers to carry on at `step`, and does.
    static func expectComeBack(data: ScratchFolder, code: String, at step: FixtureStep) throws {
        let again = try TasterProgram.startSession(data: data)
        defer { again.close() }
        try again.answer("Type 1 or 2: ", with: code)
        let welcomeBack = try again.waitFor("Carry on? ")
        #expect(welcomeBack.contains("Last time you were on Every kind of step, step \(step.number) of 7."),
                "Coming back should offer step \(step.number):\n\(welcomeBack)")
        try again.waitForRawMode()
        try again.type("yes\r")
        let resumed = try again.waitFor(step.prompt)
        #expect(resumed.contains("Step \(step.number) of 7"))
    }

    /// Checks that the program left the terminal in its normal mode: lines edited by the
    /// terminal and keys shown as typed.
    static func expectTerminalRestored(_ term: PseudoTerminal, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!term.isInRawMode, "taster left the terminal in raw mode", sourceLocation: sourceLocation)
        #expect(term.echoesInput, "taster left the terminal without echo", sourceLocation: sourceLocation)
    }
}

/// One step of the fixture lesson every-kind, with what to type at it.
struct FixtureStep: Sendable, CustomTestStringConvertible {
    /// The step's id, for `taster preview --from`.
    let id: String
    /// The step's kind, as lesson files name it.
    let kind: String
    /// The step's number, from 1.
    let number: Int
    /// The answer that moves on.
    let rightAnswer: String
    /// Text typed but never sent: a wrong answer, so that answering it would show.
    let halfTyped: String

    /// How the step is named in test results, such as "secret step (passphrase)".
    var testDescription: String { "\(kind) step (\(id))" }

    /// Whether the step is the password-practice step, read without echo.
    var isSecret: Bool { kind == "secret" }

    /// Whether the step asks a question (every kind but say).
    var isQuestion: Bool { kind != "say" }

    /// The prompt taster shows at the step.
    var prompt: String {
        switch kind {
        case "say": return "Press Enter to carry on: "
        case "secret": return "Passphrase (hidden as you type): "
        default: return "Your answer: "
        }
    }

    /// What shows once the step is answered right: the next step, or the end of the lesson.
    var shownAfterRightAnswer: String {
        number < 7 ? "Step \(number + 1) of 7" : "you have finished this lesson"
    }

    /// The step with `id`.
    static func named(_ id: String) -> FixtureStep {
        all.first { $0.id == id }!
    }

    /// The fixture lesson's steps, in order.
    static let all: [FixtureStep] = [
        FixtureStep(id: "welcome", kind: "say", number: 1, rightAnswer: "", halfTyped: "hello"),
        FixtureStep(id: "padlock", kind: "choice", number: 2, rightAnswer: "1", halfTyped: "2"),
        FixtureStep(id: "attach", kind: "answer", number: 3, rightAnswer: "attachment", halfTyped: "subject"),
        FixtureStep(id: "budget", kind: "number", number: 4, rightAnswer: "250", halfTyped: "2150"),
        FixtureStep(id: "address", kind: "type", number: 5, rightAnswer: "www.example.org", halfTyped: "www.exampel"),
        FixtureStep(id: "passphrase", kind: "secret", number: 6, rightAnswer: "quokka zephyr fjord marzipan",
                    halfTyped: "kumquat walrus tulip harbour"),
        FixtureStep(id: "email", kind: "order", number: 7, rightAnswer: "2 3 1", halfTyped: "1 2 3"),
    ]
}

/// A question taster asks outside a lesson's steps, and how a test reaches it.
enum OutsidePrompt: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// "New, or a learner code?" at the start.
    case welcome
    /// Typing a learner code.
    case codeEntry
    /// After a new learner's code is shown.
    case writtenDown
    /// The lesson menu.
    case menu
    /// "Carry on from where you stopped?" for a returning learner.
    case carryOn
    /// "Leave the lesson?" after Ctrl-C twice.
    case leave
    /// How confident the learner feels, before the lessons.
    case confidenceBefore
    /// How confident the learner feels, as they leave.
    case confidenceAfter
    /// "Start the next lesson?" after finishing one.
    case nextLesson
    /// The welcome in kiosk mode.
    case kioskWelcome
    /// "Press Enter to clear the screen" after a learner leaves in kiosk mode.
    case kioskClearScreen

    /// How the prompt is named in test results.
    var testDescription: String { rawValue }

    /// The prompt taster shows.
    var prompt: String {
        switch self {
        case .welcome, .kioskWelcome: return "Type 1 or 2: "
        case .codeEntry: return "Learner code: "
        case .writtenDown: return "Press Enter when you have written it down: "
        case .menu: return KeyTerminalTests.menuPrompt
        case .carryOn: return "Carry on? "
        case .leave: return "Leave? "
        case .confidenceBefore, .confidenceAfter: return "1 to 5, or Enter to skip: "
        case .nextLesson: return "Next lesson? "
        case .kioskClearScreen: return "Press Enter to clear the screen for the next person: "
        }
    }

    /// A taster run reading at the prompt.
    struct Visit {
        /// The terminal taster runs in.
        let term: PseudoTerminal
        /// The progress folder.
        let data: ScratchFolder
        /// The lesson folder.
        let lessons: String
        /// The learner's code, once there is a learner.
        let code: String?
    }

    /// Starts taster and brings it to the prompt.
    func visit() throws -> Visit {
        let data = try ScratchFolder()
        var lessons = TasterProgram.fixtureLessons
        var code: String?
        if self == .nextLesson { lessons = try Self.twoOneStepLessons(in: data) }
        if self == .confidenceBefore || self == .confidenceAfter {
            let opened = try TasterRunner.run(["session", "start", "Keys", "test", "--data-dir", data.path])
            guard opened.status == 0 else {
                throw TasterProgram.SetUpFailed(description: "taster session start failed: \(opened.output) \(opened.error)")
            }
        }
        if self == .carryOn { code = try Self.learnerWhoLeftAtStepTwo(data: data) }

        let isKiosk = self == .kioskWelcome || self == .kioskClearScreen
        let term = try TasterProgram.start((isKiosk ? ["kiosk"] : []) + ["--lessons", lessons, "--data-dir", data.path])
        switch self {
        case .welcome, .kioskWelcome:
            break
        case .codeEntry:
            try term.answer("Type 1 or 2: ", with: "2")
        case .writtenDown:
            try term.answer("Type 1 or 2: ", with: "1")
            // The code shows just above this prompt, so it is read here rather than waited for below.
            let shown = try term.waitForPrompt(prompt)
            return Visit(term: term, data: data, lessons: lessons, code: TasterProgram.learnerCode(in: shown))
        case .menu, .confidenceBefore, .kioskClearScreen:
            code = try TasterProgram.becomeNewLearner(term).code
        case .carryOn:
            try term.answer("Type 1 or 2: ", with: code ?? "")
        case .leave:
            code = try TasterProgram.becomeNewLearner(term).code
            try term.answer(KeyTerminalTests.menuPrompt, with: "1")
            try term.answer("Press Enter to carry on: ", with: "")
            try term.waitFor("Step 2 of 7")
            try term.waitForPrompt("Your answer: ")
            try term.sendControl("c")
            try term.waitForPrompt("Your answer: ")
            try term.sendControl("c")
        case .confidenceAfter:
            code = try TasterProgram.becomeNewLearner(term).code
            try term.answer(prompt, with: "")
            try term.answer(KeyTerminalTests.menuPrompt, with: "quit")
        case .nextLesson:
            code = try TasterProgram.becomeNewLearner(term).code
            try term.answer(KeyTerminalTests.menuPrompt, with: "1")
            try term.answer("Press Enter to carry on: ", with: "")
        }
        if self == .kioskClearScreen { try term.answer(KeyTerminalTests.menuPrompt, with: "quit") }
        try term.waitForPrompt(prompt)
        return Visit(term: term, data: data, lessons: lessons, code: code)
    }

    /// After Ctrl-C and the prompt shown again: checks the prompt still takes its usual answer.
    func expectStillWorking(_ visit: Visit) throws {
        let term = visit.term
        switch self {
        case .welcome, .kioskWelcome:
            try term.type("1\r")
            try term.waitFor("Press Enter when you have written it down: ")
        case .codeEntry:
            try term.type("maple-river-otter-42\r")
            try term.waitFor("Sorry, taster cannot find the code maple-river-otter-42.")
        case .writtenDown, .confidenceBefore:
            try term.type("\r")
            try term.waitFor(KeyTerminalTests.menuPrompt)
        case .menu:
            try term.type("1\r")
            try term.waitFor("Step 1 of 7")
        case .carryOn:
            try term.type("yes\r")
            try term.waitFor("Step 2 of 7")
        case .leave:
            try term.type("no\r")
            try term.answer("Your answer: ", with: "1")
            let next = try term.waitFor("Step 3 of 7")
            #expect(next.contains("Correct!"))
        case .confidenceAfter:
            try term.type("\r")
            try term.waitFor("Goodbye, and well done today!")
            #expect(try term.waitForExit(timeout: 15) == .exited(0))
        case .nextLesson:
            try term.type("yes\r")
            try term.waitFor("Second taste  ·  Step 1 of 1")
        case .kioskClearScreen:
            let code = try #require(visit.code)
            #expect(term.screenTextAfterLastClear.contains(code),
                    "Ctrl-C cleared the screen before the learner could copy their code:\n\(term.screenTextAfterLastClear)")
            try term.type("\r")
            try term.waitForPrompt("Type 1 or 2: ")
            #expect(!term.screenTextAfterLastClear.contains(code), "Enter should clear the screen for the next person")
        }
    }

    /// After Ctrl-D: checks taster said goodbye and ended with status 0 (in kiosk mode: went
    /// on to the next person), and that a learner's place was kept.
    func expectLeftKindly(_ visit: Visit) throws {
        let term = visit.term
        switch self {
        case .kioskWelcome:
            try term.waitFor("Goodbye! Come back any time.")
            try term.answer("Press Enter to clear the screen for the next person: ", with: "")
            try term.waitForPrompt("Type 1 or 2: ")
            return
        case .kioskClearScreen:
            try term.waitForPrompt("Type 1 or 2: ")
            let code = try #require(visit.code)
            #expect(!term.screenTextAfterLastClear.contains(code), "Ctrl-D should clear the screen for the next person")
            return
        case .welcome, .codeEntry:
            let goodbye = try term.waitFor("Goodbye! Come back any time.")
            #expect(!goodbye.contains("Please type"), "Ctrl-D asked the question again:\n\(goodbye)")
        default:
            let code = try #require(visit.code)
            let goodbye = try term.waitFor("Goodbye, and well done today!")
            #expect(!goodbye.contains(KeyTerminalTests.menuPrompt), "Ctrl-D went on to the menu:\n\(goodbye)")
            #expect(!goodbye.contains("Your answer: "), "Ctrl-D went back to the lesson:\n\(goodbye)")
            try term.waitFor(code)
        }
        #expect(try term.waitForExit(timeout: 15) == .exited(0))
        KeyTerminalTests.expectTerminalRestored(term)

        // Coming back finds the learner where they were.
        guard let code = visit.code, let placeKept = placeKeptAfterLeaving else { return }
        let again = try TasterProgram.start(["--lessons", visit.lessons, "--data-dir", visit.data.path])
        defer { again.close() }
        try again.answer("Type 1 or 2: ", with: code)
        let cameBack = try again.waitFor(placeKept.prompt)
        #expect(cameBack.contains(placeKept.shows), "Coming back should show \"\(placeKept.shows)\":\n\(cameBack)")
    }

    /// What a learner who left with Ctrl-D here sees on coming back: a prompt and what shows
    /// before it; nil where there is nothing more to check than the goodbye.
    private var placeKeptAfterLeaving: (prompt: String, shows: String)? {
        switch self {
        case .writtenDown: return (KeyTerminalTests.menuPrompt, "Lessons")
        case .carryOn, .leave: return ("Carry on? ", "step 2 of 7")
        case .nextLesson: return (KeyTerminalTests.menuPrompt, "First taste, 1 minute ✓ done")
        default: return nil
        }
    }

    /// A learner who opened the fixture lesson and left at step 2, made with piped input;
    /// returns their code.
    private static func learnerWhoLeftAtStepTwo(data: ScratchFolder) throws -> String {
        let run = try TasterRunner.run(
            ["--lessons", TasterProgram.fixtureLessons, "--data-dir", data.path], input: "1\n\n1\n\nquit\n")
        guard run.status == 0, let code = TasterProgram.learnerCode(in: run.output) else {
            throw TasterProgram.SetUpFailed(description: "Could not make a learner who left at step 2: \(run.output) \(run.error)")
        }
        return code
    }

    /// Writes two one-step lessons into a folder inside `data`, so that finishing the first
    /// offers the second; returns the folder.
    private static func twoOneStepLessons(in data: ScratchFolder) throws -> String {
        let folder = data.path + "/lessons"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
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
            try lesson.write(toFile: folder + "/\(id).yaml", atomically: true, encoding: .utf8)
        }
        return folder
    }
}
