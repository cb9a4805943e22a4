import Foundation
import TasterTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Checks the pseudo-terminal harness itself against ordinary programs.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct PseudoTerminalTests {
    private let bash = "/bin/bash"

    /// An interactive bash without start-up files, with a recognisable prompt.
    private func startBash(columns: Int = 80, rows: Int = 24) throws -> PseudoTerminal {
        let term = try PseudoTerminal.spawn(
            executable: bash, arguments: ["--norc", "--noprofile", "-i"],
            environment: ["PS1": "ready> "], columns: columns, rows: rows)
        try term.waitFor("ready> ")
        try term.waitForRawMode()
        return term
    }

    @Test func catEchoesTypedLinesThroughTheLineDiscipline() throws {
        let term = try PseudoTerminal.spawn(executable: "/bin/cat")
        defer { term.close() }
        #expect(!term.isInRawMode)
        try term.type("hello there\r")
        // Once echoed by the terminal, once written by cat.
        try term.waitFor("hello there")
        try term.waitFor("hello there")
        try term.sendControl("d")
        #expect(try term.waitForExit() == .exited(0))
    }

    @Test func environmentAndArgumentsReachTheProgram() throws {
        let term = try PseudoTerminal.spawn(
            executable: "/usr/bin/env", environment: ["TASTER_SAMPLE": "ninety-nine"])
        defer { term.close() }
        #expect(try term.waitForExit() == .exited(0))
        let lines = term.screenText.split(separator: "\n")
        #expect(lines.contains("TASTER_SAMPLE=ninety-nine"))
        #expect(lines.contains("TERM=xterm"))
    }

    @Test func bashRunsCommandsAndReportsItsExitStatus() throws {
        let term = try startBash()
        defer { term.close() }
        try term.type("echo $((6 * 7))\r")
        try term.waitFor("42")
        try term.waitFor("ready> ")
        try term.type("exit 3\r")
        #expect(try term.waitForExit() == .exited(3))
    }

    @Test func theProgramSeesTheTerminalSizeAndResizes() throws {
        let term = try startBash(columns: 91, rows: 33)
        defer { term.close() }
        try term.type("stty size\r")
        try term.waitFor("33 91")
        try term.waitFor("ready> ")
        try term.resize(columns: 120, rows: 40)
        try term.type("stty size\r")
        try term.waitFor("40 120")
    }

    @Test func ctrlCReachesTheForegroundProgram() throws {
        let term = try startBash()
        defer { term.close() }
        // The quotes keep the typed command, which is echoed, apart from its output.
        try term.type("echo sleeping\" \"now; sleep 30; echo fin\"\"ished\r")
        try term.waitFor("sleeping now")
        try term.waitForLineMode()
        // A Ctrl-C that lands between bash's fork and sleep's exec is lost; press it again.
        var shown: String?
        for _ in 0..<5 where shown == nil {
            try term.sendControl("c")
            shown = try? term.waitFor("ready> ", timeout: 1)
        }
        let afterInterrupt = try #require(shown)
        #expect(!afterInterrupt.contains("finished"))
    }

    @Test func escapeSequencesAreRemovedFromTheScreenText() throws {
        let term = try startBash()
        defer { term.close() }
        try term.type("printf '\\033[1mbold\\033[0m \\033]0;title\\007plain\\n'\r")
        try term.waitFor("bold plain")
        #expect(!term.screenText.contains("\u{1B}"))
        #expect(term.rawOutput.contains(0x1B))
    }

    @Test func closeEndsAProgramThatIgnoresTheHangUp() throws {
        let term = try PseudoTerminal.spawn(
            executable: bash, arguments: ["-c", "trap '' HUP TERM; echo started; sleep 60"])
        try term.waitFor("started")
        term.close(timeout: 0.5)
        #expect(kill(term.processID, 0) == -1)
    }

    @Test func waitingForTextThatNeverComesFailsWithTheScreen() throws {
        let term = try startBash()
        defer { term.close() }
        #expect {
            try term.waitFor("never shown", timeout: 0.3)
        } throws: { error in
            String(describing: error).contains("ready> ")
        }
    }

    @Test func missingProgramIsReportedByName() {
        #expect {
            _ = try PseudoTerminal.spawn(executable: "/nonexistent/taster")
        } throws: { error in
            String(describing: error).contains("/nonexistent/taster")
        }
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("\u{1B}[31mred\u{1B}[0m", "red"),
        ("a\r\nb", "a\nb"),
        ("he\r\u{1B}[9Glp ", "help "),
        ("\u{1B}]0;title\u{07}x", "x"),
        ("\u{1B}]0;title\u{1B}\\x", "x"),
        ("\u{1B}(Bx", "x"),
        ("tab\tkept", "tab\tkept"),
    ])
    func stripping(raw: String, expected: String) {
        let stripped = PseudoTerminal.strippingEscapes(Array(raw.utf8))
        #expect(String(decoding: stripped, as: UTF8.self) == expected)
    }

    /// Output arrives in pieces, cut anywhere, even inside an escape sequence: stripped piece
    /// by piece (as waiting does) it reads the same as stripped whole.
    @Test("output stripped as it arrives, cut anywhere, equals the output stripped whole", arguments: 0..<40)
    func strippingInPieces(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let parts: [[UInt8]] = [Array("Step 3 of 7".utf8), [0x1B, 0x5B, 0x32, 0x4B], [0x1B, 0x5D, 0x30, 0x3B, 0x74, 0x07],
                                [0x1B, 0x5D, 0x31, 0x1B, 0x5C], [0x1B, 0x28, 0x42], [0x0D, 0x0A], [0x09], Array("Your answer: ".utf8), [0x08]]
        var raw: [UInt8] = []
        for _ in 0..<60 { raw += parts[Int(generator.next() % UInt64(parts.count))] }
        var text: [UInt8] = []
        var start = 0
        var end = 0
        while end < raw.count {
            end = min(raw.count, end + 1 + Int(generator.next() % 9))
            let (piece, complete) = PseudoTerminal.strippingWholeEscapes(raw[start..<end])
            text += piece
            start = complete
        }
        text += PseudoTerminal.strippingWholeEscapes(raw[start...], keepingPartialEnd: false).text
        #expect(text == PseudoTerminal.strippingEscapesAtOnce(raw))
        #expect(PseudoTerminal.strippingEscapes(raw) == PseudoTerminal.strippingEscapesAtOnce(raw))
    }
}

/// A small seeded random number generator, so that each case's pieces are the same every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
