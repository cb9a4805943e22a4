import Foundation
import Testing
import TasterTestSupport

/// `taster kiosk`: one learner after another on a shared terminal, with nothing of the last
/// learner left on the screen, in the scrollback or in the line history.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct KioskTests {
    @Test func theNextLearnerSeesNothingOfTheLastOne() throws {
        let data = try ScratchFolder()
        try TasterProgram.setVolunteerPassphrase(data: data)
        let term = try TasterProgram.start(["kiosk", "--lessons", TasterProgram.fixtureLessons, "--data-dir", data.path])
        defer { term.close() }

        // Learner A.
        let code = try TasterProgram.becomeNewLearner(term).code
        try term.answer("Type a lesson number, or quit to leave: ", with: "quit")
        let goodbye = try term.waitFor("Press Enter to clear the screen for the next person: ")
        #expect(goodbye.contains(code), "A's goodbye should show their code to copy:\n\(goodbye)")
        #expect(!String(decoding: term.rawOutput, as: UTF8.self).contains("\u{1B}[3J"), "Cleared before A pressed Enter")
        try term.waitForRawMode()
        try term.type("\r")

        // Learner B's welcome, after the clear.
        try term.waitForPrompt("Type 1 or 2: ")
        #expect(String(decoding: term.rawOutput, as: UTF8.self).contains("\u{1B}[H\u{1B}[2J\u{1B}[3J"))
        let fresh = term.screenTextAfterLastClear
        #expect(fresh.contains("Welcome to Taster!"))
        #expect(!fresh.contains(code), "A's code is still on the screen after the clear:\n\(fresh)")
        // Whole words only: a code word such as "learn" is part of "learner" in the welcome.
        let freshWords = Set(fresh.lowercased().split { !$0.isLetter }.map(String.init))
        for word in code.split(separator: "-").dropLast() {
            #expect(!freshWords.contains(String(word)), "Part of A's code, \"\(word)\", is still on the screen:\n\(fresh)")
        }

        // The up arrow recalls nothing of A's ("quit" would end the welcome).
        try term.type("\u{1B}[A\r")
        let recalled = try term.waitFor("Type 1 or 2: ")
        #expect(recalled.contains("Please type 1 if you are new"), "The up arrow recalled something:\n\(recalled)")

        try term.waitForRawMode()
        try term.type("leave kiosk\r")
        _ = try term.waitFor("Volunteer passphrase: ")
        try term.waitForRawMode()
        try term.type(TasterProgram.volunteerPassphrase + "\r")
        #expect(try term.waitForExit(timeout: 60) == .exited(0))
    }

    @Test func pipedInputThatEndsEndsTheKiosk() throws {
        let data = try ScratchFolder()
        let run = try TasterRunner.run(
            ["kiosk", "--lessons", TasterProgram.fixtureLessons, "--data-dir", data.path], input: "1\n\nquit\n\n", timeout: 15)
        #expect(!run.timedOut, "taster kiosk kept going after its input ended")
        #expect(run.status == 0)
        #expect(run.output.components(separatedBy: "Welcome to Taster!").count - 1 == 2)
    }

    @Test func leaveKioskIsOnlyUnderstoodInKioskMode() throws {
        let data = try ScratchFolder()
        let term = try TasterProgram.startSession(data: data)
        defer { term.close() }
        try term.answer("Type 1 or 2: ", with: "leave kiosk")
        let reply = try term.waitFor("Type 1 or 2: ")
        #expect(reply.contains("Please type 1 if you are new"))
    }
}
