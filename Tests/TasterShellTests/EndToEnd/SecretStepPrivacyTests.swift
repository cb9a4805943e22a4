import Foundation
import Testing
import TasterStore
import TasterTestSupport

/// What a learner types at the password-practice step is never shown, never saved, and never
/// exported; nor are their typed answers, which are not kept by default.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct SecretStepPrivacyTests {
    @Test("no word of the practice passphrase is a learner-code word", arguments: passphrase.split(separator: " ").map(String.init))
    func passphraseWordsAreNoCodeWords(word: String) {
        #expect(throws: LearnerCodeError.self) { try LearnerCode.parse("\(word)-\(word)-\(word)-12") }
    }

    /// The practice passphrase typed at the secret step.
    /// None of its words is a learner-code word, so a code on the screen or in the file can never
    /// be mistaken for the passphrase leaking (a test checks this).
    static let passphrase = "quokka zephyr fjord marzipan"

    @Test func thePassphraseIsNeitherShownNorStoredNorExported() throws {
        let data = try ScratchFolder()
        let term = try TasterProgram.startSession(data: data)
        defer { term.close() }
        let code = try TasterProgram.becomeNewLearner(term).code
        try Self.answerUpToStep5(term)
        try term.answer("Your answer: ", with: "www.example.org")

        try term.waitFor("Step 6 of 7")
        try term.waitForPrompt("Passphrase (hidden as you type): ")
        #expect(!term.echoesInput, "The terminal must not echo while the passphrase is typed.")
        try term.type(Self.passphrase + "\r")
        try term.waitFor("Correct!")

        try term.waitFor("Step 7 of 7")
        try term.answer("Your answer: ", with: "2 3 1")
        try term.waitFor("you have finished this lesson")
        try term.answer("Type a lesson number, or quit to leave: ", with: "quit")
        #expect(try term.waitForExit(timeout: 15) == .exited(0))

        let screen = term.screenText
        #expect(!screen.contains(Self.passphrase))
        for word in Self.passphrase.split(separator: " ") {
            #expect(!screen.contains(word), "\"\(word)\" from the passphrase was shown on the screen.")
        }

        // Every file in the data folder, including SQLite's -wal and -shm files.
        let files = data.files()
        #expect(files.contains { $0.hasSuffix(".sqlite") }, "No progress file was written: \(files)")
        for secret in [Self.passphrase, "fjord"] {
            #expect(data.filesContaining(secret).isEmpty, "\"\(secret)\" was found in \(data.filesContaining(secret))")
        }
        for typed in ["attachmnt", "£250.00"] {
            #expect(data.filesContaining(typed).isEmpty, "The typed answer \"\(typed)\" was stored in \(data.filesContaining(typed))")
        }

        try TasterProgram.setVolunteerPassphrase(data: data)
        let export = try TasterRunner.run(["learner", "export", code, "--data-dir", data.path],
                                                environment: TasterProgram.volunteerEnvironment, timeout: 60)
        #expect(export.status == 0, "export failed: \(export.error)")
        #expect(export.output.contains(code))
        #expect(export.output.contains("\"passphrase\""), "The export should list the secret step by its id:\n\(export.output)")
        for secret in [Self.passphrase, "quokka", "zephyr", "fjord", "marzipan", "attachmnt", "250.00", "www.example.org"] {
            #expect(!export.output.contains(secret), "The export contains \"\(secret)\":\n\(export.output)")
        }
    }

    /// A passphrase typed ahead, while the step before the secret one is still being saved
    /// (another program holds the progress file's write lock), is never shown: echo goes off
    /// as soon as the secret step is due, not when its prompt is printed.
    @Test func aPassphraseTypedAheadDuringASlowSaveNeverShows() throws {
        let data = try ScratchFolder()
        let term = try TasterProgram.startSession(data: data)
        defer { term.close() }
        _ = try TasterProgram.becomeNewLearner(term)
        try Self.answerUpToStep5(term)
        try term.waitForPrompt("Your answer: ")

        let lock = try ProgressFileHolder(database: data.path + "/progress.sqlite", hold: .writeLock)
        try term.type("www.example.org\r")
        // Saving step 5 now waits for the lock; the learner types the passphrase ahead.
        usleep(600_000)
        try term.type(Self.passphrase)
        usleep(600_000)
        lock.release()

        try term.waitForPrompt("Passphrase (hidden as you type): ", timeout: 15)
        try term.type("\r")
        try term.waitFor("Step 7 of 7", timeout: 15)
        let screen = term.screenText
        for word in Self.passphrase.split(separator: " ") {
            #expect(!screen.contains(word), "\"\(word)\" typed ahead of the hidden prompt was shown:\n\(screen)")
        }
        // Echo is back for the next line: the step-7 answer shows as typed.
        try term.answer("Your answer: ", with: "2 3 1")
        try term.waitFor("you have finished this lesson")
        #expect(term.screenText.contains("2 3 1"), "Echo did not come back after the passphrase step.")
    }

    /// Opens the fixture lesson as a new learner and answers steps 1 to 4, up to the web
    /// address step that comes just before the practice passphrase.
    static func answerUpToStep5(_ term: PseudoTerminal) throws {
        try term.answer("Type a lesson number, or quit to leave: ", with: "1")
        try term.answer("Press Enter to carry on: ", with: "")
        try term.answer("Your answer: ", with: "1")
        try term.waitFor("Step 3 of 7")
        try term.answer("Your answer: ", with: "attachmnt")
        try term.waitFor("Step 4 of 7")
        try term.answer("Your answer: ", with: "£250.00")
        try term.waitFor("Step 5 of 7")
    }
}
