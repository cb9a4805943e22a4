import Foundation
import TasterStore
import Testing
import TasterTestSupport

/// Taster with a file-size limit (`ulimit -f`, which any account may set), so the progress file
/// cannot grow, as on a full disk. Taster ignores SIGXFSZ, so a write past the limit fails
/// (EFBIG, which SQLite reports as SQLITE_IOERR_WRITE) instead of killing it, and the learner is
/// told kindly and carries on.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct FileSizeLimitTests {
    /// Room for the shared-memory file (32 KiB) and about 28 pages of WAL (a file-size limit
    /// counts each file on its own): enough for a returning learner to reach the lesson and save
    /// a step, too little to finish it. Each step's save adds several pages (the step, its
    /// resume point, the live view). Found by trying: from 60 KiB to 190 KiB the file stops
    /// growing mid-lesson.
    static let midLessonLimit = 118 * 1024

    /// Too little for the shared-memory file, so the progress file cannot even be opened.
    static let tinyLimit = 8 * 1024

    @Test func aLearnerWhoseProgressFileCannotGrowMidLessonIsToldOnceFinishesAndKeepsWhatWasSaved() throws {
        let data = try ScratchFolder()
        let sentence = TasterProgram.diskFullSentence(data: data.path)

        // Without a limit: a new learner does two steps and leaves at step 3.
        let code: String
        do {
            let term = try TasterProgram.startSession(data: data, columns: 500)
            defer { term.close() }
            code = try TasterProgram.becomeNewLearner(term).code
            try term.answer("Type a lesson number, or quit to leave: ", with: "1")
            try term.answerFixtureSteps(1...2)
            try term.waitFor("Step 3 of 7")
            try term.waitForPrompt("Your answer: ")
            try term.sendControl("d")
            #expect(try term.waitForExit(timeout: 15) == .exited(0))
        }
        let before = try SavedProgress.read(data.path, code: code)
        #expect(before.resumeStepIndex == 2 && before.stepsRecorded == 2, "\(before)")

        // Under the limit: the learner carries on from step 3 and the file stops growing.
        let term = try TasterProgram.startWithFileSizeLimit(TasterProgram.sessionArguments(data: data.path), bytes: Self.midLessonLimit)
        defer { term.close() }
        try term.answer("Type 1 or 2: ", with: "2")
        try term.answer("Learner code: ", with: code)
        try term.waitForPrompt("Carry on? ")
        let beforeLesson = term.screenText
        try term.type("yes\r")
        try term.answerFixtureSteps(3...7)
        try term.waitFor("Well done: you have finished this lesson!")
        try term.answer("Type a lesson number, or quit to leave: ", with: "quit")
        try term.waitFor("Goodbye")
        #expect(try term.waitForExit(timeout: 15) == .exited(0), "taster must not be killed by SIGXFSZ")

        let screen = term.screenText
        #expect(screen.components(separatedBy: sentence).count - 1 == 1, "the learner is told once, in these words:\n\(sentence)\n\nScreen:\n\(screen)")
        #expect(!beforeLesson.contains(sentence), "the file should stop growing mid-lesson, not before it; lower midLessonLimit:\n\(screen)")
        let lesson = String(screen.dropFirst(beforeLesson.count))
        let told = lesson.range(of: sentence)?.lowerBound
        #expect(told.map { $0 < lesson.range(of: "Well done: you have finished this lesson!")!.lowerBound } == true,
                "the file should stop growing before the lesson ends; raise midLessonLimit:\n\(screen)")
        #expect(lesson.contains("This session was not saved") && !lesson.contains("Your progress is saved"))
        #expect(!screen.contains("SQLite") && !screen.contains("Fatal error"))

        // What was saved before the limit is all there, sound, and each step has its resume point.
        let after = try SavedProgress.read(data.path, code: code)
        #expect(after.integrity == ["ok"])
        #expect(after.stepsRecorded >= before.stepsRecorded && after.stepsRecorded < 7, "\(after)")
        #expect(after.resumeStepIndex == after.stepsRecorded, "a recorded step always has its resume point: \(after)")
        #expect(!after.completed)

        // Without the limit again, taster saves as before.
        let resumeAt = try #require(after.resumeStepIndex)
        let again = try TasterProgram.startSession(data: data, columns: 500)
        defer { again.close() }
        try again.answer("Type 1 or 2: ", with: "2")
        try again.answer("Learner code: ", with: code)
        let welcomeBack = try again.waitFor("Carry on? ")
        #expect(welcomeBack.contains("step \(resumeAt + 1) of 7"), "\(welcomeBack)")
        try again.waitForRawMode()
        try again.type("yes\r")
        try again.answerFixtureSteps((resumeAt + 1)...(resumeAt + 1))
        let isLastStep = resumeAt + 1 == TasterProgram.fixtureSteps.count
        try again.waitForPrompt(isLastStep ? "Type a lesson number, or quit to leave: " : TasterProgram.fixtureSteps[resumeAt + 1].prompt)
        try again.sendControl("d")
        try again.waitFor("Your progress is saved.")
        #expect(try again.waitForExit(timeout: 15) == .exited(0))
        let resumed = try SavedProgress.read(data.path, code: code)
        #expect(resumed.stepsRecorded == after.stepsRecorded + 1 && resumed.integrity == ["ok"], "\(resumed)")
    }

    @Test func aNewLearnerAndAVolunteerAreToldWhichFolderHasNoRoomAndNothingCrashes() throws {
        let data = try ScratchFolder()
        try ProgressDatabase.open(DataLocation(folder: URL(fileURLWithPath: data.path))).close()
        let sentence = TasterProgram.diskFullSentence(data: data.path)
        #expect(sentence.contains(data.path))

        let learner = try TasterProgram.startWithFileSizeLimit(TasterProgram.sessionArguments(data: data.path), bytes: Self.tinyLimit)
        defer { learner.close() }
        let welcome = try learner.waitFor("Type 1 or 2: ")
        #expect(welcome.contains(sentence), "the welcome should say why progress will not be saved:\n\(welcome)")
        try learner.waitForRawMode()
        try learner.type("1\r")
        try learner.answer("Press Enter when you have written it down: ", with: "")
        try learner.answer("Type a lesson number, or quit to leave: ", with: "1")
        try learner.answerFixtureSteps(1...1)
        try learner.waitFor("Step 2 of 7")
        try learner.waitForPrompt("Your answer: ")
        try learner.sendControl("d")
        try learner.waitFor("This session was not saved")
        #expect(try learner.waitForExit(timeout: 15) == .exited(0))
        #expect(learner.screenText.components(separatedBy: sentence).count - 1 == 1)

        let volunteer = try TasterProgram.startWithFileSizeLimit(["session", "start", "Tuesday taster", "--data-dir", data.path], bytes: Self.tinyLimit)
        defer { volunteer.close() }
        #expect(try volunteer.waitForExit(timeout: 30) == .exited(1))
        let said = volunteer.screenText
        #expect(said.contains(TasterProgram.volunteerDiskFullSentence(data: data.path)), "the volunteer should be told which folder has no room:\n\(said)")
        #expect(!said.contains("SQLite") && !said.contains("Fatal error") && !said.contains("Error:"), "\(said)")

        // With room again, the same command works and the file is sound.
        let retried = try TasterRunner.run(["session", "start", "Tuesday taster", "--data-dir", data.path], timeout: 60)
        #expect(retried.status == 0, "\(retried.output) \(retried.error)")
        let store = try ProgressDatabase.open(DataLocation(folder: URL(fileURLWithPath: data.path)))
        defer { try? store.close() }
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.learnerCount() == 0, "the learner under the limit was never written")
    }
}
