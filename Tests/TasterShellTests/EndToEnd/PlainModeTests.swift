import Foundation
import TasterTestSupport
import Testing

/// `--plain`, the screen-reader mode: words only, no colour, boxes or bars, even on a terminal.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct PlainModeTests {
    @Test func aWholeSessionHasNoColourBoxesOrBars() throws {
        let data = try ScratchFolder()
        let term = try TasterProgram.startSession(data: data, extraArguments: ["--plain"])
        defer { term.close() }
        try term.answer("Type 1 or 2: ", with: "1")
        let codeScreen = try term.waitFor("Press Enter when you have written it down: ")
        let code = try #require(TasterProgram.learnerCode(in: codeScreen))
        #expect(codeScreen.contains("\n" + code + "\n"), "In plain mode the code stands alone on its line:\n\(codeScreen)")
        try term.waitForRawMode()
        try term.type("\r")
        let menu = try term.answer("Type a lesson number, or quit to leave: ", with: "1")
        #expect(menu.contains("Every kind of step, 5 minutes (suggested next)"))
        for answer in ["", "1", "attachment", "250", "www.example.org", "kettle meadow lantern violin", "2 3 1"] {
            let prompt = answer.isEmpty ? "Press Enter to carry on: "
                : answer.hasPrefix("kettle") ? "Passphrase (hidden as you type): " : "Your answer: "
            try term.answer(prompt, with: answer)
        }
        let done = try term.answer("Type a lesson number, or quit to leave: ", with: "quit")
        #expect(done.contains("Every kind of step, 5 minutes (done)"))
        try term.waitFor("Next time, type your learner code to carry on:")
        #expect(try term.waitForExit() == .exited(0))

        let screen = term.screenText
        for step in 1...7 {
            #expect(screen.contains("Every kind of step  ·  Step \(step) of 7\n"), "Progress for step \(step) should read \"Step \(step) of 7\" alone")
        }
        let boxOrBar = screen.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) || "✓←✘".unicodeScalars.contains($0) }
        #expect(boxOrBar.isEmpty, "Plain mode drew \(String(String.UnicodeScalarView(boxOrBar)))")
        #expect(!screen.contains("[#") && !screen.contains("#-") && !screen.contains("-]"), "Plain mode drew a progress bar")

        let raw = String(decoding: term.rawOutput, as: UTF8.self)
        let colour = raw.firstMatch(of: /\u{1B}\[[0-9;]*m/)
        #expect(colour == nil, "Plain mode wrote a colour or bold sequence: \(String(describing: colour?.output.debugDescription))")
    }

    @Test func withoutPlainTheSameTerminalGetsColourAndABar() throws {
        let term = try TasterProgram.start(["preview", TasterProgram.fixtureLessons + "/every-kind.yaml"])
        defer { term.close() }
        try term.waitForPrompt("Press Enter to carry on: ")
        let raw = String(decoding: term.rawOutput, as: UTF8.self)
        #expect(raw.firstMatch(of: /\u{1B}\[[0-9;]*m/) != nil)
        #expect(term.screenText.contains("Step 1 of 7  [#"))
    }
}
