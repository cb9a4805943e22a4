import Foundation
import TasterStore
import Testing
import TasterTestSupport

/// `taster learner forget` while another program keeps the progress file open for reading: the
/// command does not claim a complete erase it could not make, and once the reader has gone,
/// nothing of the learner is left in any file.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct ForgetWhileReadingTests {
    @Test func forgetSaysHonestlyWhenAReaderKeepsTheLastTraces() throws {
        let data = try ScratchFolder()
        let store = try ProgressDatabase.open(DataLocation(folder: URL(fileURLWithPath: data.path)), recordTypedAnswers: true)
        let learner = try store.newLearner(nickname: "Nickname-Leaving")
        try store.startLesson(code: learner.code, lessonID: "every-kind", contentVersion: "1")
        for index in 0..<10 {
            try store.recordStep(code: learner.code, lessonID: "every-kind", record: StepRecord(stepIndex: index, typedAnswers: ["typed-by-leaving-\(index)"]))
        }
        try TasterProgram.setVolunteerPassphrase(data: data)

        // The reader starts while taster still has the file open, so the WAL is in use.
        let reader = try ProgressFileHolder(database: data.path + "/progress.sqlite", hold: .read)
        try store.close()
        let forget = try TasterRunner.run(["learner", "forget", learner.code.rawValue, "--yes", "--data-dir", data.path],
                                                environment: TasterProgram.volunteerEnvironment, timeout: 60)
        #expect(forget.status == 0, "\(forget.error)")
        #expect(forget.output.contains("has been erased"))
        #expect(forget.output.contains("the last traces leave the file when the other tasters close"),
                "with a reader holding the file, the erase must not be claimed complete:\n\(forget.output)")
        reader.release()

        for secret in [learner.code.rawValue, "Nickname-Leaving", "typed-by-leaving"] {
            #expect(data.filesContaining(secret).isEmpty, "\(secret) is still in \(data.filesContaining(secret))")
        }
    }
}
