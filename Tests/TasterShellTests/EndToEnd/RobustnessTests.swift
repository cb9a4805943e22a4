import Foundation
import TasterTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Things a real terminal can throw at taster: a huge paste, bytes that are not text, control
/// keys and a window being resized. (The window being closed mid-step is tested at every kind
/// of step in `EveryStepKeyTests`.)
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct RobustnessTests {
    /// A preview of the fixture lesson, reading at its text-answer step (step 3).
    private func startAtAnswerStep(columns: Int = 80) throws -> PseudoTerminal {
        let term = try TasterProgram.start(
            ["preview", TasterProgram.fixtureLessons + "/every-kind.yaml", "--from", "attach"], columns: columns)
        try term.waitFor("Step 3 of 7")
        try term.waitForPrompt("Your answer: ")
        return term
    }

    /// Checks that taster still answers properly: the right answer moves on to step 4.
    private func expectStillWorking(_ term: PseudoTerminal) throws {
        try term.waitForRawMode()
        try term.type("\u{15}attachment\r")  // Ctrl-U first, in case anything is left on the line
        let shown = try term.waitFor("Step 4 of 7")
        #expect(shown.contains("Correct!"))
    }

    @Test func aOneMebibyteLinePastedAtAQuestionIsRefusedKindly() throws {
        let term = try startAtAnswerStep()
        defer { term.close() }
        // Pasting a mebibyte through a terminal is slow by nature: every key is read and echoed.
        // Alone it takes about 5 s; with the other terminal tests on two cores, several times that.
        let written = try term.sendBytes(Array(repeating: UInt8(ascii: "a"), count: 1 << 20) + [UInt8(ascii: "\r")])
        let reply = try term.discardOutput(until: "very long answer", timeout: 180)
        #expect(written.wait(timeout: .now() + 5) == .success)
        #expect(reply.contains("aaaa"), "The pasted line should have been echoed:\n\(reply.suffix(300))")
        try expectStillWorking(term)
    }

    @Test func bytesThatAreNotUTF8AreReadAsAWrongAnswer() throws {
        let term = try startAtAnswerStep()
        defer { term.close() }
        try term.sendBytes([0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0xC0, 0xAF, 0xF4, 0x90, 0x80, 0x80, 0x0D]).wait()
        let reply = try term.waitFor("Your answer: ")
        #expect(reply.contains("Not quite"), "Expected the answer to be marked wrong:\n\(reply)")
        try expectStillWorking(term)
    }

    @Test func controlKeysAndStrayEscapeSequencesDoNoHarm() throws {
        let term = try startAtAnswerStep()
        defer { term.close() }
        // Ctrl-A, B, E, K, N, P, T, Z, \, ], ^, _; shift-Tab; the up arrow; F1; Delete.
        let keys: [UInt8] = [0x01, 0x02, 0x05, 0x0B, 0x0E, 0x10, 0x14, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F]
            + Array("\u{1B}[Z\u{1B}OA\u{1B}OP\u{1B}[3~".utf8)
        try term.sendBytes(keys + [0x0D]).wait()
        let reply = try term.waitFor("Your answer: ")
        #expect(!reply.contains("Correct"))
        try expectStillWorking(term)
    }

    /// Ctrl-Space and Ctrl-@ send a NUL byte, which libedit binds so that the next key is taken
    /// literally: unless it is dropped, a learner's next Enter shows "^M" and does nothing.
    @Test func aNulByteDoesNotSwallowTheNextEnter() throws {
        let term = try startAtAnswerStep()
        defer { term.close() }
        try term.sendBytes(Array("attachment".utf8) + [0x00, 0x0D]).wait()
        let reply = try term.waitFor("Your answer: ", timeout: 5)
        #expect(!reply.contains("^M"))
        #expect(!reply.contains("^@"))
        #expect(reply.contains("Correct"), "The NUL should be dropped and the answer read as typed:\n\(reply)")
    }

    @Test func resizingMidStepRewrapsTheStepAndKeepsWorking() throws {
        let term = try TasterProgram.start(
            ["preview", TasterProgram.fixtureLessons + "/every-kind.yaml", "--from", "budget"], columns: 80)
        defer { term.close() }
        try term.waitFor("Step 4 of 7")
        try term.waitForPrompt("Your answer: ")
        // Half a word first: once it is echoed the line editor is reading, and a resize then
        // prints the step again at once. (A resize in the instant before it reads is noticed at
        // the next prompt instead, and typing straight after the resize raced with both.)
        try term.type("hi")
        try term.waitFor("hi")
        try term.resize(columns: 40, rows: 20)
        let redrawn = try term.waitFor("Your answer: ")
        #expect(redrawn.contains("Step 4 of 7"), "The step should be shown again after the resize:\n\(redrawn)")
        let stepLines = redrawn.split(separator: "\n").filter { !$0.contains("Your answer") }
        let header = stepLines.filter { $0.contains("Step 4 of 7") }
        let body = stepLines.filter { !$0.contains("Step 4 of 7") }
        #expect(body.contains { $0.hasPrefix("Sam earns") })
        for line in body {
            #expect(line.count < 40, "A line is wider than the 40-column window: \"\(line)\" in:\n\(redrawn)")
        }
        // On a narrow (for example magnified) window the title and the progress take a line each.
        for line in header {
            #expect(line.count < 40, "The header is wider than the 40-column window: \"\(line)\"")
        }
        try term.waitForRawMode()
        try term.type("nt\r")
        try term.waitFor("Hint 1 of 1")
        try term.waitForPrompt("Your answer: ")
        try term.type("250\r")
        let next = try term.waitFor("Step 5 of 7")
        #expect(next.contains("Correct!"))
    }
}
