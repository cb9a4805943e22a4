import Foundation
import TasterTestSupport
import Testing

/// Golden screens: the real `taster` in a tmux window at 80x24 and at 40x20, compared line by
/// line with the screens recorded in `Tests/Fixtures/screens/NAME-COLUMNSxROWS.txt`.
///
/// Each screen is what a learner sees at one moment of a walk through the menu and a lesson:
/// the menu and the replies given at it, an answer typed among keys that send escape sequences,
/// a resize while typing, the kiosk goodbye, plain mode, a code typed with no separators,
/// what Tab, `help me` and `skip` show at a question, the pause after unknown codes, a long
/// paste, the step shown again after "no" to leaving, and the kiosk's idle warning and the
/// screen cleared after it.
/// The menu uses the bundled lessons (so adding a lesson means re-recording the menu screens);
/// the lesson steps use the fixture lesson, which does not change.
///
/// Learner codes differ from run to run, so they are written as `word-word-word-00` on both
/// sides (see `TmuxScreen.normalised`). When wording changes on purpose, re-record with
/// `scripts/record-screens` (or `TASTER_RECORD_SCREENS=1 swift test --filter GoldenScreenTests`)
/// and read `git diff Tests/Fixtures/screens` before committing.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct GoldenScreenTests {
    /// A window size.
    struct Size: Sendable, CustomTestStringConvertible {
        var columns: Int
        var rows: Int
        var testDescription: String { "\(columns)x\(rows)" }
    }

    /// A resize from one size to another.
    struct Resize: Sendable, CustomTestStringConvertible {
        var from: Size
        var to: Size
        var testDescription: String { "\(from.testDescription) to \(to.testDescription)" }
    }

    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 40, rows: 20)]
    static let resizes = [Resize(from: sizes[0], to: sizes[1]), Resize(from: sizes[1], to: sizes[0])]
    static let menuPrompt = "quit to leave:"
    static let answerPrompt = "Your answer:"

    /// Whether to write the screens instead of comparing (`TASTER_RECORD_SCREENS=1`).
    static var recording: Bool {
        ProcessInfo.processInfo.environment["TASTER_RECORD_SCREENS"] == "1"
    }

    /// Starts taster with its own data folder, on the bundled lessons or the fixture lesson.
    private func start(
        _ size: Size, _ extra: [String] = [], environment: [String: String] = [:], bundled: Bool = false, data: ScratchFolder
    ) throws -> TmuxScreen {
        let lessons = bundled ? TasterProgram.realLessons : TasterProgram.fixtureLessons
        return try TmuxScreen(TasterProgram.inEnglish(extra + ["--lessons", lessons, "--data-dir", data.path]), environment: environment,
                              columns: size.columns, rows: size.rows)
    }

    /// A new learner, past their code, at the menu; returns the code shown.
    @discardableResult
    private func newLearnerAtMenu(_ screen: TmuxScreen) throws -> String {
        try screen.waitForLastLine(endingWith: "Type 1 or 2:")
        try screen.send("1", "Enter")
        let shown = try screen.waitForLastLine(endingWith: "written it down:")
        let code = try #require(TasterProgram.learnerCode(in: shown), "a learner code is shown:\n\(shown)")
        try screen.send("Enter")
        try screen.waitForLastLine(endingWith: Self.menuPrompt)
        return code
    }

    /// From the menu into the fixture lesson, past the welcome and the choice, at the answer
    /// step ("What do we call a file sent with an email?").
    private func openAnswerStep(_ screen: TmuxScreen) throws {
        try screen.send("1", "Enter")
        try screen.waitForLastLine(endingWith: "Press Enter to carry on:")
        try screen.send("Enter")
        try screen.waitForLastLine(endingWith: Self.answerPrompt)
        try screen.type("a")
        try screen.send("Enter")
        let step = try screen.waitForLastLine(endingWith: Self.answerPrompt)
        guard step.contains("Step 3 of 7") else {
            throw TmuxScreen.Failure(description: "Expected the answer step (3 of 7):\n\(step)")
        }
    }

    /// Compares `screen` with the recorded `name` for `size`, or records it.
    private func compare(_ screen: String, _ name: String, _ size: Size, codes: [String]) throws {
        try compare(screen, file: "\(name)-\(size.testDescription)", codes: codes)
    }

    /// Compares `screen` with the recorded screen `file` (without `.txt`), or records it.
    private func compare(_ screen: String, file name: String, codes: [String]) throws {
        let text = TmuxScreen.normalised(screen, codes: codes) + "\n"
        let relative = "Tests/Fixtures/screens/\(name).txt"
        let file = TasterProgram.repository.appendingPathComponent(relative)
        if Self.recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        let expected = try #require(try? String(contentsOf: file, encoding: .utf8),
                                    "No screen at \(relative). Record it with scripts/record-screens.")
        if let difference = TranscriptDiff.describe(expected: expected, actual: text) {
            Issue.record("The screen no longer matches \(relative); if the change is intended, re-record with scripts/record-screens.\n\(difference)")
        }
    }

    /// `screen` as one line, so that a sentence wrapped at 40 columns is found whole.
    private func flowing(_ screen: String) -> String {
        screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The lines of `screen` wider than `columns`: none, when text is wrapped between words.
    private func overlong(_ screen: String, _ columns: Int) -> [String] {
        screen.split(separator: "\n").map(String.init).filter { $0.count > columns }
    }

    @Test("the welcome asks first which language, each named in its own words, and the choice speaks at once", arguments: sizes)
    func languageChoice(size: Size) throws {
        let data = try ScratchFolder()
        // No --language: this is what a learner sees at a terminal with Welsh installed.
        let screen = try TmuxScreen(["--lessons", TasterProgram.fixtureLessons, "--data-dir", data.path], columns: size.columns, rows: size.rows)
        defer { screen.stop() }
        let asked = try screen.waitForLastLine(endingWith: "English:")
        #expect(asked.contains("Cymraeg") && asked.contains("Pa iaith hoffech chi?"), "\(asked)")
        try compare(asked, "language-choice", size, codes: [])
        try screen.send("2", "Enter")
        let welsh = try screen.waitForLastLine(endingWith: "Teipiwch 1 neu 2:")
        try compare(welsh, "language-chosen", size, codes: [])
    }

    @Test("bilingual: a step in Welsh with the English beneath, wrapped to the screen", arguments: sizes)
    func bilingualStep(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, ["--language", "cy", "--bilingual"], bundled: true, data: data)
        defer { screen.stop() }
        try screen.waitForLastLine(endingWith: "Teipiwch 1 neu 2:")
        try screen.send("1", "Enter")
        let shown = try screen.waitForLastLine(endingWith: "ysgrifennu:")
        let code = try #require(TasterProgram.learnerCode(in: shown), "a learner code is shown:\n\(shown)")
        try screen.send("Enter")
        try screen.waitForLastLine(endingWith: "i fynd:")
        try screen.type("unit-prices")
        try screen.send("Enter")
        try screen.waitForLastLine(endingWith: "i barhau:")
        try screen.send("Enter")
        try screen.waitForLastLine(endingWith: "i barhau:")
        try screen.send("Enter")
        let step = try screen.waitForLastLine(endingWith: "Eich ateb:")
        #expect(step.contains("Mae bag 400 g o reis") && step.contains("Yn Saesneg:") && step.contains("A 400 g bag of rice"), "\(step)")
        try compare(step, "bilingual-step", size, codes: [code])
    }

    @Test("the menu fits the screen, and replies at the menu are seen", arguments: sizes)
    func menu(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, bundled: true, data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        let menu = try screen.waitForLastLine(endingWith: Self.menuPrompt)
        #expect(menu.contains("Lessons (page 1 of"), "the first page and its heading are on screen:\n\(menu)")
        #expect(menu.contains("   1) "), "lesson 1 is seen:\n\(menu)")
        #expect(menu.contains("Type more to see lessons"), "\(menu)")
        try compare(menu, "menu", size, codes: [code])

        try screen.type("99")
        try screen.send("Enter")
        let reply = try screen.waitForLastLine(endingWith: Self.menuPrompt)
        #expect(flowing(reply).contains("Please type one of the lesson numbers, from 1 to"), "the reply is seen:\n\(reply)")
        try compare(reply, "menu-reply", size, codes: [code])

        try screen.type("more")
        try screen.send("Enter")
        let second = try screen.waitForLastLine(endingWith: Self.menuPrompt)
        #expect(second.contains("Lessons (page 2 of"), "\(second)")
        try compare(second, "menu-more", size, codes: [code])
    }

    /// A word typed at the menu and what its reply says.
    struct MenuReply: Sendable, CustomTestStringConvertible {
        var typed: String
        var says: String
        var testDescription: String { typed }
    }

    static let menuReplies = [
        MenuReply(typed: "help", says: "Type the number of a lesson and press Enter. Type more to see more lessons"),
        MenuReply(typed: "progress", says: "You have finished 0 of"),
    ]

    @Test("a reply at the menu is shown whole, just above the menu's prompt", arguments: sizes, menuReplies)
    func menuReply(size: Size, reply: MenuReply) throws {
        let data = try ScratchFolder()
        let screen = try start(size, bundled: true, data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try screen.type(reply.typed)
        try screen.send("Enter")
        let shown = try screen.waitForLastLine(endingWith: Self.menuPrompt)
        let afterTyping = shown.components(separatedBy: "leave: \(reply.typed)\n").last ?? ""
        #expect(flowing(afterTyping).contains(reply.says), "the reply is seen under what was typed:\n\(shown)")
        try compare(shown, "menu-\(reply.typed)", size, codes: [code])
    }

    @Test("the menu marks a lesson left part-way and suggests carrying on with it", arguments: sizes)
    func menuCarryOn(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, bundled: true, data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try screen.send("2", "Enter")
        try screen.waitForLastLine(endingWith: "Press Enter to carry on:")
        try screen.send("Enter")
        try screen.waitForLastLine(endingWith: Self.answerPrompt)
        try screen.type("menu")
        try screen.send("Enter")
        let menu = try screen.waitForLastLine(endingWith: Self.menuPrompt)
        #expect(flowing(menu).contains("2) Keyboard basics, 12 minutes · carry on: step 2 of 13"), "lesson 2 is marked:\n\(menu)")
        #expect(flowing(menu).contains("Suggested next: 2) Keyboard basics"), "lesson 2 is suggested:\n\(menu)")
        try compare(menu, "menu-carry-on", size, codes: [code])
    }

    @Test("Page Up, Page Down, Insert, Delete, F-keys and Esc type nothing into an answer", arguments: sizes)
    func keysGarbleNothing(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try openAnswerStep(screen)
        for key in ["PageUp", "PageDown", "IC", "DC", "F1", "F5", "F12", "Escape", "Home", "End"] { try screen.send(key) }
        try screen.type("attach")
        try screen.send("PageUp", "Left", "Right", "F2", "End")
        try screen.type("ment")
        try screen.send("Enter")
        let after = try screen.waitForLastLine(endingWith: Self.answerPrompt)
        #expect(after.contains("Your answer: attachment\n"), "the answer was taken as typed:\n\(after)")
        #expect(after.contains("Correct!"), "\(after)")
        #expect(!after.contains("~") && !after.contains("[1") && !after.contains("^["), "no escape sequence reached the answer:\n\(after)")
        try compare(after, "keys", size, codes: [code])
    }

    @Test("at a question, Tab lists the few words that fit, help me with no session asks for a raised hand, and skip offers the answer", arguments: sizes)
    func stepWords(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try screen.send("1", "Enter")
        try screen.waitForLastLine(endingWith: "Press Enter to carry on:")
        try screen.send("Enter")
        try screen.waitForLastLine(endingWith: Self.answerPrompt)
        try screen.send("Tab")
        try screen.send("Tab")
        let listed = try screen.waitForLastLine(endingWith: Self.answerPrompt) { $0.contains("\nvolunteer\n") }
        #expect(listed.contains("\nhint\nskip\nback\nvolunteer\nhelp\nquit\n"), "the few words that fit a question:\n\(listed)")
        #expect(!listed.contains("\nclue\n") && !listed.contains("\nexit\n"), "\(listed)")
        try screen.type("help me")
        try screen.send("Enter")
        let asked = try screen.waitForLastLine(endingWith: Self.answerPrompt) { self.flowing($0).contains("raise your hand") }
        #expect(!flowing(asked).contains("A volunteer has been asked"), "no session is open:\n\(asked)")
        try screen.type("skip")
        try screen.send("Enter")
        let skipped = try screen.waitForLastLine(endingWith: Self.answerPrompt) { $0.contains("Step 3 of 7") }
        #expect(flowing(skipped).contains("Skipped: that is fine."), "\(skipped)")
        #expect(flowing(skipped).contains("In case you would like to know:"), "\(skipped)")
        #expect(overlong(skipped, size.columns).isEmpty)
        try compare(asked, "step-help-me", size, codes: [code])
        try compare(skipped, "step-skip", size, codes: [code])
    }

    @Test("a resize while typing re-wraps the step once, with one prompt and the text kept", arguments: resizes)
    func resizeRedrawsOnce(change: Resize) throws {
        let data = try ScratchFolder()
        let screen = try start(change.from, data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try openAnswerStep(screen)
        try screen.type("atta")
        try screen.waitForLastLine(endingWith: "Your answer: atta")
        try screen.resize(columns: change.to.columns, rows: change.to.rows)
        // The terminal re-flows what is there at once; taster's redraw is what is waited for.
        let question = "What do we call a file sent with"
        let resized = try screen.waitForLastLine(endingWith: "Your answer: atta") { _ in
            try screen.history().components(separatedBy: question).count >= 3
        }
        let lines = resized.split(separator: "\n").map(String.init)
        #expect(lines.last == "Your answer: atta", "one prompt, with the typed text:\n\(resized)")
        #expect(!resized.contains("\(Self.answerPrompt) \(Self.answerPrompt)"), "the prompt is not printed twice:\n\(resized)")
        // What was printed before the resize stays above, as the terminal re-flowed it; the
        // step is printed once more below it, re-wrapped, with one prompt.
        let redrawn = Array(lines.suffix(from: lines.lastIndex { $0.contains("Step 3 of 7") } ?? 0))
        #expect(redrawn.filter { $0.contains(Self.answerPrompt) }.count == 1, "one prompt under the re-wrapped step:\n\(resized)")
        #expect(overlong(redrawn.joined(separator: "\n"), change.to.columns).isEmpty, "the step is wrapped to the new width:\n\(resized)")
        let everything = try screen.history()
        #expect(everything.components(separatedBy: question).count == 3,
                "the step is printed once before the resize and once after:\n\(everything)")
        try compare(resized, file: "resize-\(change.from.testDescription)-to-\(change.to.testDescription)", codes: [code])

        try screen.type("chment")
        try screen.send("Enter")
        let next = try screen.waitForLastLine(endingWith: Self.answerPrompt)
        #expect(next.contains("Correct!"), "the text typed before the resize was kept:\n\(next)")
        #expect(next.components(separatedBy: "Step 4 of 7").count == 2, "the next step is printed once:\n\(next)")
    }

    @Test("kiosk: Ctrl-D in a lesson keeps the code on screen until Enter; the code typed with no separators is found", arguments: sizes)
    func kioskKeepsTheCode(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, ["kiosk"], data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try screen.send("1", "Enter")
        try screen.waitForLastLine(endingWith: "Press Enter to carry on:")
        try screen.send("C-d")
        let goodbye = try screen.waitForLastLine(endingWith: "for the next person:")
        #expect(goodbye.contains("Goodbye, and well done today!"), "\(goodbye)")
        #expect(goodbye.contains(code), "the code is on screen:\n\(goodbye)")
        try compare(goodbye, "kiosk-goodbye", size, codes: [code])
        // Nobody presses anything for a moment: the code must still be there.
        usleep(1_500_000)
        let later = try screen.screen()
        #expect(later.contains(code), "the code stays until Enter:\n\(later)")

        try screen.send("Enter")
        let welcome = try screen.waitForLastLine(endingWith: "Type 1 or 2:")
        #expect(!welcome.contains(code), "the code is cleared after Enter:\n\(welcome)")
        try screen.send("2", "Enter")
        try screen.waitForLastLine(endingWith: "Learner code:")
        try screen.type(code.replacingOccurrences(of: "-", with: ""))
        try screen.send("Enter")
        let back = try screen.waitForLastLine(endingWith: "Carry on?")
        #expect(flowing(back).contains("Welcome back! Last time you were on Every kind of step"), "the code typed with no separators is found:\n\(back)")
        try compare(back, "code-without-separators", size, codes: [code])
    }

    /// The kiosk's idle time in `kioskIdleWarningThenClear`, in seconds, given through
    /// `TASTER_TEST_IDLE_SECONDS` (a real library waits minutes). The warning comes a minute
    /// before the end but never sooner than halfway: for so short a time, halfway.
    static let idleSeconds = 10.0
    static let idleWarningSeconds = idleSeconds / 2

    /// Seconds since an arbitrary start, never going back.
    private func uptime() -> Double { ProcessInfo.processInfo.systemUptime }

    @Test("kiosk: a learner who walks away is asked if they are still there, then closed, and nothing of them is left on screen",
          arguments: sizes)
    func kioskIdleWarningThenClear(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, ["kiosk"], environment: ["TASTER_TEST_IDLE_SECONDS": "\(Int(Self.idleSeconds))"], data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try openAnswerStep(screen)
        try screen.type("attach")
        // Taster's idle clock starts once it has read this line, so after this moment: the
        // time measured from here to the warning can only be longer than taster's, never shorter.
        let lastKey = uptime()
        try screen.send("Enter")
        let warning = try screen.waitForLastLine(endingWith: Self.answerPrompt, timeout: Self.idleSeconds + 20) {
            self.flowing($0).contains("Are you still there?")
        }
        let warnedAfter = uptime() - lastKey
        #expect(warnedAfter >= Self.idleWarningSeconds,
                "the warning came \(warnedAfter) s after the last key, before the \(Self.idleWarningSeconds) s it should wait:\n\(warning)")
        #expect(warning.contains("Step 3 of 7") && warning.contains("attach"), "the learner is still at their step:\n\(warning)")
        try compare(warning, "kiosk-idle-warning", size, codes: [code])

        let cleared = try screen.waitForLastLine(endingWith: "Type 1 or 2:", timeout: Self.idleSeconds + 20)
        let closedAfter = uptime() - lastKey
        #expect(closedAfter >= Self.idleSeconds, "the session closed \(closedAfter) s after the last key, before \(Self.idleSeconds) s:\n\(cleared)")
        #expect(cleared.contains("Welcome to Taster!"), "the welcome is shown for the next person:\n\(cleared)")
        // Nothing of the learner is left: not on the screen, not in the scrollback above it.
        let everything = try screen.history()
        for trace in [code, code.replacingOccurrences(of: "-", with: ""), "attach", "Step 3 of 7", "Are you still there?", "Goodbye"] {
            #expect(!everything.contains(trace), "\"\(trace)\" is still on the screen or in its scrollback:\n\(everything)")
        }
        try compare(cleared, "kiosk-idle-cleared", size, codes: [code])

        // With nobody at the terminal there is nobody to warn: the welcome stays as it is
        // past the time a warning would come.
        usleep(useconds_t((Self.idleWarningSeconds + 1) * 1_000_000))
        let later = try screen.screen()
        #expect(later == cleared, "the welcome changed with nobody there:\n\(later)")
    }

    @Test("plain mode says a typing slip in words, not with a caret", arguments: sizes)
    func plainModeInWords(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, ["--plain"], data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try openAnswerStep(screen)
        for answer in ["attachment", "250"] {
            try screen.type(answer)
            try screen.send("Enter")
            try screen.waitForLastLine(endingWith: Self.answerPrompt)
        }
        try screen.type("www.exampel.org")
        try screen.send("Enter")
        let slip = try screen.waitForLastLine(endingWith: Self.answerPrompt)
        #expect(flowing(slip).contains("At the 10th letter: you typed 'e', it should be 'l'."), "the slip is said in words:\n\(slip)")
        #expect(!slip.contains("^"), "no caret in plain mode:\n\(slip)")
        try compare(slip, "plain-slip", size, codes: [code])
    }

    @Test("three unknown codes bring the pause, and keys typed during it are neither shown nor read", arguments: sizes)
    func wrongCodePause(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, data: data)
        defer { screen.stop() }
        try screen.waitForLastLine(endingWith: "Type 1 or 2:")
        try screen.send("2", "Enter")
        for code in ["amber-apple-arcade-17", "basil-bakery-banana-3", "atlas-attic-autumn-99"] {
            try screen.waitForLastLine(endingWith: "Learner code:")
            try screen.type(code)
            try screen.send("Enter")
        }
        try screen.waitForLastLine(endingWith: "again.") { self.flowing($0).contains("Please wait 2 seconds") }
        try screen.type("typed-while-waiting")
        try screen.send("Enter")
        let after = try screen.waitForLastLine(endingWith: "Learner code:") { self.flowing($0).contains("Please wait 2 seconds") }
        #expect(!after.contains("typed-while-waiting"), "\(after)")
        #expect(overlong(after, size.columns).isEmpty)
        try compare(after, "wrong-code-pause", size, codes: [])
    }

    @Test("after no to Leave the lesson? the step is shown again", arguments: sizes)
    func stayingInTheLesson(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try openAnswerStep(screen)
        try screen.type("attach")
        try screen.send("C-c")
        try screen.waitForLastLine(endingWith: Self.answerPrompt) { $0.contains("Line cleared") }
        try screen.send("C-c")
        try screen.waitForLastLine(endingWith: "Leave?")
        try screen.type("no")
        try screen.send("Enter")
        let stayed = try screen.waitForLastLine(endingWith: Self.answerPrompt) { shown in
            guard let asked = shown.range(of: "Leave?", options: .backwards) else { return false }
            return shown[asked.upperBound...].contains("Step 3 of 7")
        }
        #expect(stayed.contains("Step 3 of 7"), "the step is shown again after no:\n\(stayed)")
        try compare(stayed, "leave-no", size, codes: [code])
    }

    @Test("a 5,000-character paste at a typing step is echoed back as its start and its length", arguments: sizes)
    func longPaste(size: Size) throws {
        let data = try ScratchFolder()
        let screen = try start(size, data: data)
        defer { screen.stop() }
        let code = try newLearnerAtMenu(screen)
        try openAnswerStep(screen)
        for answer in ["attachment", "250"] {
            try screen.type(answer)
            try screen.send("Enter")
            try screen.waitForLastLine(endingWith: Self.answerPrompt)
        }
        let paste = "www.example.org" + String(repeating: "x", count: 4_985)
        try screen.type(paste)
        try screen.send("Enter")
        let echoed = try screen.waitForLastLine(endingWith: Self.answerPrompt) { self.flowing($0).contains("characters in all") }
        let afterEcho = echoed[(echoed.range(of: "You typed:", options: .backwards)?.lowerBound ?? echoed.startIndex)...]
        #expect(!afterEcho.contains(String(repeating: "x", count: 200)), "the paste is not echoed in full:\n\(afterEcho)")
        #expect(flowing(String(afterEcho)).contains("5000 characters in all") || flowing(String(afterEcho)).contains("5,000 characters in all"), "\(afterEcho)")
        try compare(String(afterEcho), "long-paste", size, codes: [code])
    }
}
