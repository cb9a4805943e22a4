import Foundation
import TasterTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Drives `EditLineReader` in a real pseudo-terminal through `EditLineChildProgram`.
@Suite(.serialized, .enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct EditLineReaderTerminalTests {
    /// Starts the child and waits until it is reading its first line.
    private func startChild(columns: Int = 80, environment: [String: String] = [:]) throws -> PseudoTerminal {
        let term = try EditLineChildProgram.spawn(columns: columns, environment: environment)
        try term.waitFor("child ready")
        try term.waitFor("try>")
        try term.waitForRawMode()
        return term
    }

    /// Waits for the next prompt and for the terminal to be in raw mode again.
    private func nextPrompt(_ term: PseudoTerminal) throws {
        try term.waitFor("try>")
        try term.waitForRawMode()
    }

    @Test func typedLineComesBackWithPoundSignAndAccents() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("£5 for a café\r")
        try term.waitFor("got [£5 for a café]")
    }

    @Test func nonASCIITextSurvivesACLocaleEnvironment() throws {
        let term = try startChild(environment: ["LANG": "C", "LC_ALL": "C"])
        defer { term.close() }
        try term.type("£5 naïve 日本\r")
        try term.waitFor("got [£5 naïve 日本]")
    }

    @Test func aLongTypedLineComesBackWhole() throws {
        let term = try startChild()
        defer { term.close() }
        let long = String(repeating: "abcdefghij", count: 300)
        try term.type(long + "\r")
        try term.waitFor("got [\(long)]", timeout: 20)
    }

    @Test func ctrlDOnANonEmptyLineDoesNotEndInput() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("abc")
        try term.sendControl("d")
        try term.type("\r")
        try term.waitFor("got [abc]")
    }

    @Test func ctrlCAbandonsTheLineAndTheNextPromptWorks() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("half a thought")
        try term.sendControl("c")
        let shown = try term.waitFor("interrupted")
        #expect(shown.contains("^C"))
        #expect(!shown.contains("got ["))
        try nextPrompt(term)
        try term.type("again\r")
        try term.waitFor("got [again]")
    }

    @Test func ctrlCIsReliableTimeAfterTime() throws {
        let term = try startChild()
        defer { term.close() }
        for round in 1...25 {
            try term.type("round \(round)")
            try term.sendControl("c")
            try term.waitFor("interrupted")
            try nextPrompt(term)
        }
        try term.type("done\r")
        try term.waitFor("got [done]")
    }

    @Test func ctrlCWithTheCursorInTheMiddleStillInterrupts() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("abcdef\u{1B}[D\u{1B}[D")
        try term.sendControl("c")
        try term.waitFor("interrupted")
        try nextPrompt(term)
        try term.type("ok\r")
        try term.waitFor("got [ok]")
    }

    @Test func ctrlDOnAnEmptyLineEndsInputAndRestoresTheTerminal() throws {
        let term = try startChild()
        defer { term.close() }
        try term.sendControl("d")
        try term.waitFor("end of input")
        #expect(try term.waitForExit() == .exited(0))
        #expect(!term.isInRawMode)
        #expect(term.echoesInput)
    }

    @Test func ctrlZDoesNotSuspendTheProgram() throws {
        let term = try startChild()
        defer { term.close() }
        try term.sendControl("z")
        try term.type("still here\r")
        try term.waitFor("got [still here]")
    }

    @Test(arguments: [
        ("hi\t", "got [hint ]"),
        ("he\t", "got [help ]"),
        ("Exa\t", "got [Example Bank ]"),
        ("example b\t", "got [Example Bank ]"),
        ("say sk\t", "got [say skip ]"),
        ("zz\t", "got [zz]"),
    ])
    func tabCompletesFromTheCandidates(typed: String, expected: String) throws {
        let term = try startChild()
        defer { term.close() }
        try term.type(typed)
        try term.type("\r")
        try term.waitFor(expected)
    }

    @Test func tabListsCandidatesWhenSeveralFit() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("h\t")
        let shown = try term.waitFor("help")
        #expect(shown.contains("hint"))
        try term.type("i\t\r")
        try term.waitFor("got [hint ]")
    }

    @Test func upArrowRecallsHistoryUntilItIsCleared() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("first line\r")
        try term.waitFor("got [first line]")
        try nextPrompt(term)
        try term.type("\u{1B}[A\r")
        try term.waitFor("got [first line]")
        try nextPrompt(term)
        try term.type("forget\r")
        try term.waitFor("forgotten, history has 0 lines")
        try nextPrompt(term)
        try term.type("\u{1B}[A\r")
        try term.waitFor("got []")
    }

    @Test func secretIsNotEchoedAndSupportsBackspace() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("secret\r")
        try term.waitFor("Practice password: ")
        try term.waitForRawMode()
        #expect(!term.echoesInput)
        try term.type("pa£ssx\u{7F}\r")
        let shown = try term.waitFor("secret reversed: [ss£ap]")
        #expect(!shown.contains("pa£ss"))
        try nextPrompt(term)
        try term.type("\u{1B}[A\r")
        let recalled = try term.waitFor("got [")
        #expect(!recalled.contains("pa£ss"))
    }

    @Test func ctrlCDuringASecretInterruptsIt() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("secret\r")
        try term.waitFor("Practice password: ")
        try term.waitForRawMode()
        try term.type("abc")
        try term.sendControl("c")
        try term.waitFor("secret interrupted")
        try nextPrompt(term)
        #expect(term.echoesInput == false)  // raw mode for editing again, libedit echoes itself
    }

    @Test func resizeIsNoticedAndEditingCarriesOn() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("before")
        try term.resize(columns: 100, rows: 30)
        try term.type(" after\r")
        try term.waitFor("got [before after]")
        try nextPrompt(term)
        try term.type("size\r")
        try term.waitFor("size 100x30 resized true")
    }

    @Test func terminationWhileEditingRestoresTheTerminalAndRunsTheHandler() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("unfinished")
        kill(term.processID, SIGTERM)
        try term.waitFor("terminating after terminate")
        #expect(try term.waitForExit() == .exited(3))
        #expect(!term.isInRawMode)
    }

    @Test func hangUpWhileEditingEndsTheProgramByItsNormalPath() throws {
        let term = try startChild()
        try term.type("unfinished")
        // Exit status 3 is the child's own way out after a hang-up; a kill would show a signal.
        #expect(term.close(timeout: 5) == .exited(3))
    }

    @Test func terminationWhileReadingASecretRestoresTheTerminal() throws {
        let term = try startChild()
        defer { term.close() }
        try term.type("secret\r")
        try term.waitFor("Practice password: ")
        try term.waitForRawMode()
        try term.type("half")
        kill(term.processID, SIGTERM)
        try term.waitFor("terminating after terminate")
        #expect(try term.waitForExit() == .exited(3))
        #expect(!term.isInRawMode)
        #expect(term.echoesInput)
    }
}
