import Foundation
import GRDB
import Testing
@testable import TasterStore
import TasterTestSupport

/// A finished step and the resume point after it are one write: a learner who is stopped
/// between the two (a crash, a full disk) never has to repeat a step that was recorded.
@Suite("A step and its resume point are saved together", .ownThread)
struct StepWithResumePointTests {
    private static let lesson = "reading-web-addresses"

    private func step(_ index: Int) -> StepRecord {
        StepRecord(stepIndex: index, stepID: "s\(index)", attempts: 1, hintsUsed: 0, skipped: false, secondsSpent: 5, completed: true)
    }

    @Test("both the step and the resume point land, and the learner is marked active", arguments: StoreKind.allCases)
    func bothLand(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let learner = try store.newLearner(nickname: nil)
        try store.startLesson(code: learner.code, lessonID: Self.lesson, contentVersion: "v1")
        clock.advance(seconds: 30)
        try store.recordStep(code: learner.code, lessonID: Self.lesson, record: step(0), resumeAt: 1)
        try store.recordStep(code: learner.code, lessonID: Self.lesson, record: step(1), resumeAt: 2)

        let lesson = try #require(try store.progress(code: learner.code).lesson(Self.lesson))
        #expect(lesson.resumeStepIndex == 2)
        #expect(lesson.contentVersion == "v1", "the content version the lesson was started at is kept")
        #expect(lesson.lastActiveAt == clock.now)
        #expect(try store.summary(code: learner.code)?.stepsRecorded == 2)
        #expect(try store.learner(code: learner.code)?.lastActiveAt == clock.now)
    }

    @Test("a lesson never started gets its progress row from the step", arguments: StoreKind.allCases)
    func lessonNotStarted(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let learner = try store.newLearner(nickname: nil)
        try store.recordStep(code: learner.code, lessonID: Self.lesson, record: step(3), resumeAt: 4)
        #expect(try store.progress(code: learner.code).lesson(Self.lesson)?.resumeStepIndex == 4)
        #expect(throws: StoreError.unknownLearner(code: "maple-river-otter-42")) {
            try store.recordStep(code: LearnerCode("maple river otter 42")!, lessonID: Self.lesson, record: step(0), resumeAt: 1)
        }
    }

    /// Which of the two writes the test makes SQLite refuse, as a full disk would.
    enum Refused: String, CaseIterable, CustomStringConvertible {
        case step
        case resumePoint

        var description: String { rawValue }

        /// A temporary trigger (on the writer's connection only) that aborts that write.
        var trigger: String {
            switch self {
            case .step:
                return """
                    CREATE TEMP TRIGGER refuse BEFORE INSERT ON stepEvent
                    BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                    """
            case .resumePoint:
                return """
                    CREATE TEMP TRIGGER refuse BEFORE UPDATE OF resumeStepIndex ON lessonProgress
                    BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                    """
            }
        }
    }

    @Test("when either write is refused, neither the step nor the resume point is kept", arguments: Refused.allCases)
    func neitherLands(refused: Refused) throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let clock = ManualClock()
        let store = try ProgressDatabase.open(DataLocation(folder: temporary.url), now: clock.closure)
        let learner = try store.newLearner(nickname: nil)
        try store.startLesson(code: learner.code, lessonID: Self.lesson, contentVersion: "v1")
        try store.recordStep(code: learner.code, lessonID: Self.lesson, record: step(0), resumeAt: 1)
        let before = try store.progress(code: learner.code)

        try store.writer.writeWithoutTransaction { db in try db.execute(sql: refused.trigger) }
        clock.advance(seconds: 60)
        #expect(throws: StoreError.self) {
            try store.recordStep(code: learner.code, lessonID: Self.lesson, record: step(1), resumeAt: 2)
        }

        #expect(try store.progress(code: learner.code) == before, "the resume point and last-active times are unchanged")
        #expect(try store.summary(code: learner.code)?.stepsRecorded == 1, "the refused step's row is not there")
        try store.writer.writeWithoutTransaction { db in try db.execute(sql: "DROP TRIGGER temp.refuse") }
        try store.recordStep(code: learner.code, lessonID: Self.lesson, record: step(1), resumeAt: 2)
        #expect(try store.progress(code: learner.code).lesson(Self.lesson)?.resumeStepIndex == 2, "the same write works again")
        #expect(try store.integrityCheck() == ["ok"])
        try store.close()
    }
}
