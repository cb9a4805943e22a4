import Foundation
import GRDB
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("A progress file from the first version, frozen in the fixtures, is upgraded keeping its learners", .ownThread)
struct FrozenVersionOneFileTests {
    private let sam = LearnerCode("maple river otter 42")!
    private let other = LearnerCode("cedar stone chalk 07")!

    private func date(_ text: String) throws -> Date {
        try #require(StoredTime.date(text.databaseValue))
    }

    @Test("the fixture is still the first schema and nothing newer")
    func fixtureIsVersionOne() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let path = try FrozenVersionOneFile.copy(into: temporary.url)
        #expect(try FrozenVersionOneFile.migrations(path) == [ProgressSchema.version1])
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        #expect(tables == ["grdb_migrations", "learner", "lessonProgress", "stepEvent"])
    }

    @Test("today's migrator applies every later migration, in order, to the frozen file")
    func everyMigrationRuns() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let path = try FrozenVersionOneFile.copy(into: temporary.url)
        let store = try ProgressDatabase.open(DataLocation(folder: temporary.url), now: ManualClock().closure)
        #expect(try store.integrityCheck() == ["ok"])
        try store.close()
        #expect(try FrozenVersionOneFile.migrations(path) == ProgressSchema.migrator().migrations)
        #expect(ProgressSchema.migrator().migrations.first == "v1-learners-and-progress", "a shipped migration name never changes")
    }

    @Test("the learners, their lessons, resume points and steps are kept as the first version wrote them")
    func learnersKept() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        _ = try FrozenVersionOneFile.copy(into: temporary.url)
        let store = try ProgressDatabase.open(DataLocation(folder: temporary.url), recordTypedAnswers: true, now: ManualClock().closure)
        defer { try? store.close() }
        #expect(try store.learnerCount() == 2)

        let learner = try #require(try store.learner(code: sam))
        #expect(learner.nickname == "Sam")
        #expect(learner.createdAt == (try date("2026-11-30 09:00:00.000")))
        #expect(learner.lastActiveAt == (try date("2026-11-30 09:20:00.000")))
        let progress = try store.progress(code: sam)
        #expect(progress.lessons.map(\.lessonID) == ["spotting-scam-emails", "reading-web-addresses"], "most recent first")
        let done = try #require(progress.lesson("reading-web-addresses"))
        #expect(done.isCompleted && done.completedContentVersion == "sha256:1111" && done.resumeStepIndex == 0)
        #expect(done.completedAt == (try date("2026-11-30 09:15:00.000")))
        #expect(progress.lessonToContinue?.lessonID == "spotting-scam-emails")
        #expect(progress.lessonToContinue?.resumeStepIndex == 2)

        let summary = try #require(try store.summary(code: sam))
        #expect(summary.lessonsStarted == 2 && summary.lessonsCompleted == 1)
        #expect(summary.stepsRecorded == 4 && summary.typedAnswersStored == 2)
        let export = try ProgressExport.decode(try store.export(code: sam))
        #expect(export.steps.map(\.step.stepID) == ["welcome", "which-site", nil, "sender"])
        #expect(export.steps[1].step.typedAnswers == ["bank.example.com", "example.com"])
        #expect(export.steps[1].step.attempts == 2 && export.steps[1].step.hintsUsed == 1 && export.steps[1].step.secondsSpent == 95)
        #expect(export.steps[3].step.skipped && !export.steps[3].step.completed)
        #expect(export.sessions.isEmpty && export.lessonEvents.isEmpty && export.liveStatus == nil)

        let second = try store.progress(code: other)
        #expect(second.learner.nickname == nil)
        #expect(second.lessonToContinue?.resumeStepIndex == 1)
    }

    @Test("after the upgrade the old learners carry on: sessions, the live board and resuming work")
    func carryOn() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        _ = try FrozenVersionOneFile.copy(into: temporary.url)
        let clock = ManualClock(start: try date("2026-12-01 10:00:00.000"))
        let store = try ProgressDatabase.open(DataLocation(folder: temporary.url), now: clock.closure)
        defer { try? store.close() }
        _ = try store.startSession(named: "Tuesday taster")
        try store.updateLiveStatus(code: sam, step: nil, sessionPin: nil)
        #expect(try store.liveBoard().learners.map(\.code) == [sam])
        try store.recordStep(code: sam, lessonID: "spotting-scam-emails", record: StepRecord(stepIndex: 2, hintsUsed: 0), resumeAt: 3)
        #expect(try store.progress(code: sam).lesson("spotting-scam-emails")?.resumeStepIndex == 3)
        #expect(try store.summary(code: sam)?.stepsRecorded == 5)
        #expect(try store.endSession().learnerCount == 1)
    }
}
