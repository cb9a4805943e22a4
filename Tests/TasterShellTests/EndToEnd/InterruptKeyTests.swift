import Foundation
import TasterTestSupport
import Testing

/// Ctrl-C during a lesson: once clears the line with a note, twice asks whether to leave.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct InterruptKeyTests {
    private func startAtChoiceStep() throws -> PseudoTerminal {
        let term = try TasterProgram.start(["preview", TasterProgram.fixtureLessons + "/every-kind.yaml", "--from", "padlock"])
        try term.waitFor("Step 2 of 7")
        try term.waitForPrompt("Your answer: ")
        return term
    }

    @Test func onceClearsTheLineAndShowsANote() throws {
        let term = try startAtChoiceStep()
        defer { term.close() }
        // "2" is a wrong answer: had it been sent, its feedback would show.
        try term.type("2")
        try term.sendControl("c")
        let afterInterrupt = try term.waitFor("Your answer: ")
        #expect(afterInterrupt.contains("(Line cleared. Press Ctrl-C again if you want to leave the lesson.)"))
        #expect(!afterInterrupt.contains("not that the shop"), "The cleared line was answered:\n\(afterInterrupt)")
        try term.waitForRawMode()
        try term.type("1\r")
        let next = try term.waitFor("Step 3 of 7")
        #expect(next.contains("Correct!"))
        #expect(!next.contains("not that the shop"))
    }

    @Test func twiceAsksToLeaveAndNoStays() throws {
        let term = try startAtChoiceStep()
        defer { term.close() }
        try term.sendControl("c")
        try term.waitFor("(Line cleared.")
        try term.waitForPrompt("Your answer: ")
        try term.sendControl("c")
        try term.waitFor("Leave the lesson?")
        try term.answer("Leave? ", with: "no")
        try term.answer("Your answer: ", with: "1")
        let stayed = try term.waitFor("Step 3 of 7")
        #expect(stayed.contains("Correct!"))
    }

    /// Many learners press Ctrl-C to copy their code. At the menu it must not end the session.
    @Test func ctrlCAtTheMenuKeepsTheLearnerThere() throws {
        let data = try ScratchFolder()
        let term = try TasterProgram.startSession(data: data)
        defer { term.close() }
        try term.answer("Type 1 or 2: ", with: "1")
        try term.answer("Press Enter when you have written it down: ", with: "")
        try term.waitForPrompt("Type a lesson number, or quit to leave: ")
        try term.sendControl("c")
        let after = try term.waitFor("Type a lesson number, or quit to leave: ")
        #expect(!after.contains("Goodbye"), "Ctrl-C at the menu ended the session:\n\(after)")
        try term.waitForRawMode()
        try term.type("1\r")
        try term.waitFor("Step 1 of 7")
    }
}
