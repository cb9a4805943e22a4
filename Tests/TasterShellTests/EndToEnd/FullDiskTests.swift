import Foundation
import TasterStore
import Testing
import TasterTestSupport

/// Taster on a real disk that fills up mid-lesson: a small tmpfs, filled by the test. SQLite
/// reports ENOSPC as SQLITE_FULL, and a shared-memory file that cannot grow as
/// SQLITE_IOERR_SHMSIZE; both are told as a full disk.
@Suite(
    .enabled(if: !EditLineChildProgram.isChild),
    // Mounting a tmpfs needs root with CAP_SYS_ADMIN, on Linux. Without it these tests are
    // skipped and the skip says why; FileSizeLimitTests keeps the same promises for any account.
    .enabled(if: SmallDisk.canMount, "needs permission to mount a small tmpfs (root with CAP_SYS_ADMIN, on Linux)"), .ownThread)
struct FullDiskTests {
    @Test func whenTheDiskFillsMidLessonLearnersAndVolunteersAreToldAndNothingSavedIsLost() throws {
        let disk = try SmallDisk(megabytes: 4)
        defer { disk.unmount() }
        let data = disk.path + "/taster"
        let sentence = TasterProgram.diskFullSentence(data: data)

        // A learner does two steps; then the disk fills while they are on step 3.
        let first = try TasterProgram.start(TasterProgram.sessionArguments(data: data), columns: 500)
        defer { first.close() }
        let code = try TasterProgram.becomeNewLearner(first).code
        try first.answer("Type a lesson number, or quit to leave: ", with: "1")
        try first.answerFixtureSteps(1...2)
        try first.waitFor("Step 3 of 7")
        try first.waitForPrompt("Your answer: ")
        let beforeFill = first.screenText
        let filled = try disk.fill()
        #expect(disk.isFull, "the disk should have no room left after \(filled) bytes of filler")
        try first.type(TasterProgram.fixtureSteps[2].answer + "\r")
        try first.answerFixtureSteps(4...7)
        try first.waitFor("Well done: you have finished this lesson!")
        let lesson = String(first.screenText.dropFirst(beforeFill.count))
        #expect(lesson.components(separatedBy: sentence).count - 1 == 1, "the learner is told once, in these words:\n\(sentence)\n\nScreen:\n\(lesson)")
        try first.waitForPrompt("Type a lesson number, or quit to leave: ")

        // While that learner is still at the menu (so the file's shared memory exists and it
        // opens), a new learner is told and can still start a lesson, unsaved.
        let newcomer = try TasterProgram.start(TasterProgram.sessionArguments(data: data), columns: 500)
        defer { newcomer.close() }
        try newcomer.answer("Type 1 or 2: ", with: "1")
        let codeScreen = try newcomer.waitFor("Press Enter when you have written it down: ")
        #expect(codeScreen.contains(sentence), "a new learner on a full disk should be told why:\n\(codeScreen)")
        try newcomer.waitForRawMode()
        try newcomer.type("\r")
        try newcomer.answer("Type a lesson number, or quit to leave: ", with: "1")
        try newcomer.waitFor("Step 1 of 7")
        try newcomer.waitForPrompt("Press Enter to carry on: ")
        try newcomer.sendControl("d")
        try newcomer.waitFor("This session was not saved")
        #expect(try newcomer.waitForExit(timeout: 15) == .exited(0))

        // A volunteer command is refused with the same words, naming the folder.
        let volunteer = try TasterRunner.run(["session", "start", "Tuesday taster", "--data-dir", data], timeout: 60)
        #expect(volunteer.status == 1)
        #expect(volunteer.error.contains(TasterProgram.volunteerDiskFullSentence(data: data)), "the volunteer should be told which folder has no room:\n\(volunteer.error)")
        #expect(!(volunteer.output + volunteer.error).contains("SQLite"), "\(volunteer.error)")

        try first.type("quit\r")
        try first.waitFor("This session was not saved")
        #expect(try first.waitForExit(timeout: 15) == .exited(0))

        // Space is freed: what was saved before the disk filled is there, the file is sound,
        // and taster saves again.
        disk.free()
        let saved = try SavedProgress.read(data, code: code)
        #expect(saved.integrity == ["ok"])
        #expect(saved.resumeStepIndex == 2 && saved.stepsRecorded == 2 && !saved.completed, "\(saved)")
        #expect(saved.learnerCount == 1, "the newcomer, unsaved, is not in the file")

        let again = try TasterProgram.start(TasterProgram.sessionArguments(data: data), columns: 500)
        defer { again.close() }
        try again.answer("Type 1 or 2: ", with: "2")
        try again.answer("Learner code: ", with: code)
        let welcomeBack = try again.waitFor("Carry on? ")
        #expect(welcomeBack.contains("step 3 of 7"), "\(welcomeBack)")
        try again.waitForRawMode()
        try again.type("yes\r")
        try again.answerFixtureSteps(3...3)
        try again.waitFor("Step 4 of 7")
        try again.waitForPrompt("Your answer: ")
        try again.sendControl("d")
        try again.waitFor("Your progress is saved.")
        #expect(try again.waitForExit(timeout: 15) == .exited(0))
        let resumed = try SavedProgress.read(data, code: code)
        #expect(resumed.resumeStepIndex == 3 && resumed.stepsRecorded == 3 && resumed.integrity == ["ok"], "\(resumed)")
    }

    @Test func openingOnAFullDiskNamesTheFolderAndWorksOnceThereIsRoom() throws {
        let disk = try SmallDisk(megabytes: 2)
        defer { disk.unmount() }
        let folder = URL(fileURLWithPath: disk.path + "/taster")
        let store = try ProgressDatabase.open(DataLocation(folder: folder))
        let learner = try store.newLearner(nickname: nil)
        try store.recordStep(code: learner.code, lessonID: "every-kind", record: StepRecord(stepIndex: 0), resumeAt: 1)
        try store.close()
        try disk.fill()

        let file = DataLocation(folder: folder).databaseFile.path
        #expect(throws: StoreError.diskFull(file: file)) { try ProgressDatabase.open(DataLocation(folder: folder)) }

        disk.free()
        let reopened = try ProgressDatabase.open(DataLocation(folder: folder))
        defer { try? reopened.close() }
        #expect(try reopened.integrityCheck() == ["ok"])
        #expect(try reopened.progress(code: learner.code).lesson("every-kind")?.resumeStepIndex == 1)
        _ = try reopened.newLearner(nickname: nil)
        #expect(try reopened.learnerCount() == 2)
    }

    /// `session list` and `report` only read, so a full disk does not stop a volunteer seeing
    /// what was saved.
    @Test func theReadOnlyVolunteerCommandsWorkOnAFullDisk() throws {
        let disk = try SmallDisk(megabytes: 2)
        defer { disk.unmount() }
        let data = disk.path + "/taster"
        let started = try TasterRunner.run(["session", "start", "Tuesday taster", "--data-dir", data], timeout: 60)
        #expect(started.status == 0, "\(started.error)")
        let store = try ProgressDatabase.open(DataLocation(folder: URL(fileURLWithPath: data)))
        let learner = try store.newLearner(nickname: nil)
        try store.recordStep(code: learner.code, lessonID: "every-kind", record: StepRecord(stepIndex: 0), resumeAt: 1)
        try store.close()
        try disk.fill()
        #expect(disk.isFull)

        let listed = try TasterRunner.run(["session", "list", "--data-dir", data], timeout: 60)
        #expect(listed.status == 0, "session list on a full disk: \(listed.error)")
        #expect(listed.output.contains("Tuesday taster") && listed.output.contains("(still open)"), "\(listed.output)")

        let report = try TasterRunner.run(["report", "--data-dir", data, "--lessons", TasterProgram.fixtureLessons], timeout: 60)
        #expect(report.status == 0, "report on a full disk: \(report.error)")
        #expect(!report.output.isEmpty)

        let volunteer = try TasterRunner.run(["session", "end", "--data-dir", data], timeout: 60)
        #expect(volunteer.status == 1, "a command that writes is still refused on a full disk")
    }
}
