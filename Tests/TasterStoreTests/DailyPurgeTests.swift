import Foundation
import GRDB
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("The daily purge: small batches, once a day, never in another terminal's way", .serialized, .ownThread)
struct DailyPurgeTests {
    /// Adds `count` learners last active `daysAgo` days before `now`, each with `steps` step
    /// events and a lesson event, straight in SQL (fast enough for thousands).
    private func addLearners(_ store: ProgressDatabase, count: Int, steps: Int, daysAgo: Double, now: Date, prefix: String) throws {
        let stamp = StoredTime.value(now.addingTimeInterval(-daysAgo * 86_400))
        try store.writer.write { db in
            for index in 0..<count {
                try db.execute(sql: "INSERT INTO learner (code, createdAt, lastActiveAt) VALUES (?, ?, ?)",
                               arguments: ["\(prefix)-\(index)", stamp, stamp])
                let id = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO lessonEvent (learnerId, lessonID, kind, recordedAt) VALUES (?, 'email-basics', 'started', ?)",
                               arguments: [id, stamp])
                for step in 0..<steps {
                    try db.cachedStatement(sql: """
                        INSERT INTO stepEvent (learnerId, lessonID, stepIndex, attempts, hintsUsed, skipped, secondsSpent, completed, recordedAt)
                        VALUES (?, 'email-basics', ?, 1, 0, 0, 30, 1, ?)
                        """).execute(arguments: [id, step, stamp])
                }
            }
        }
    }

    private func count(_ store: ProgressDatabase, _ table: String) throws -> Int {
        try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    @Test("the purge runs at most once a UTC day per store, whichever terminal asks")
    func oncePerDay() throws {
        let clock = ManualClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        try addLearners(store, count: 3, steps: 2, daysAgo: 200, now: clock.now, prefix: "old")
        #expect(try store.runDailyPurge(inactiveForDays: 180, now: clock.now) == 3)
        try addLearners(store, count: 2, steps: 2, daysAgo: 200, now: clock.now, prefix: "older")
        #expect(try store.runDailyPurge(inactiveForDays: 180, now: clock.now) == nil, "a second run the same day does nothing")
        #expect(try count(store, "learner") == 2)
        clock.advance(days: 1)
        #expect(try store.runDailyPurge(inactiveForDays: 180, now: clock.now) == 2)
        #expect(try count(store, "learner") == 0)
    }

    @Test("only learners past the retention period go, with every row about them")
    func keepsRecentLearners() throws {
        let clock = ManualClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        try addLearners(store, count: 50, steps: 3, daysAgo: 181, now: clock.now, prefix: "old")
        try addLearners(store, count: 7, steps: 3, daysAgo: 179, now: clock.now, prefix: "recent")
        #expect(try store.runDailyPurge(inactiveForDays: 180, now: clock.now) == 50)
        #expect(try count(store, "learner") == 7)
        #expect(try count(store, "stepEvent") == 21)
        // A purged learner's lesson events stay only as anonymous counts (no learner, the day
        // only), so that past reports still add up.
        #expect(try count(store, "lessonEvent WHERE learnerId IS NOT NULL") == 7)
        #expect(try count(store, "lessonEvent WHERE learnerId IS NULL AND forgottenId IS NOT NULL") == 50)
    }

    @Test("a stop asked for between batches leaves the rest, and every batch is whole")
    func stopsBetweenBatches() throws {
        let clock = ManualClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        try addLearners(store, count: 40, steps: 2, daysAgo: 365, now: clock.now, prefix: "old")
        var asked = 0
        let erased = try store.runDailyPurge(inactiveForDays: 180, now: clock.now) { asked += 1; return asked > 1 }
        #expect(erased == 8, "the first batch is 8 learners")
        #expect(try count(store, "learner") == 32)
        #expect(try count(store, "stepEvent") == 64)
    }

    @Test("batch sizes follow the time a batch took, towards the target", arguments: [
        (8, 0.0, 16), (8, 0.025, 16), (100, 0.05, 100), (100, 0.2, 25), (10, 10.0, 1), (1_500, 0.001, 2_000),
    ])
    func batchSizes(size: Int, took: Double, expected: Int) {
        #expect(ProgressDatabase.nextBatchSize(after: size, took: took) == expected)
    }

    @Test("a purge batch finds its learners through the last-active index")
    func batchUsesIndex() throws {
        let store = try ProgressDatabase.inMemory()
        try store.writer.read { db in
            let plan = try QueryPlan.details(db, ProgressDatabase.purgeBatchSQL, arguments: ["2026-01-01 00:00:00.000", 10])
            #expect(plan.contains { $0.contains("USING INDEX learner_on_lastActiveAt") || $0.contains("USING COVERING INDEX learner_on_lastActiveAt") }, "plan: \(plan)")
        }
    }

    @Test("another terminal keeps saving while a large backlog is purged: never \u{201C}database is locked\u{201D}")
    func secondWriterNeverLocked() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let location = DataLocation(folder: temporary.url)
        let clock = ManualClock()
        let purging = try ProgressDatabase.open(location, now: clock.closure)
        // A backlog that one transaction takes well over a second to erase.
        try addLearners(purging, count: 4_000, steps: 40, daysAgo: 400, now: clock.now, prefix: "old")
        // The other terminal waits at most one second for the lock, as a hard limit to show it is never held long.
        let other = try ProgressDatabase.open(location, busyTimeout: 1, now: clock.closure)
        let learner = try other.newLearner(nickname: nil)

        let done = DispatchSemaphore(value: 0)
        let result = PurgeResult()
        Thread.detachNewThread {
            result.set(Result { () throws(StoreError) -> Int? in try purging.runDailyPurge(inactiveForDays: 180, now: clock.now) })
            done.signal()
        }
        var saves = 0
        var failures: [StoreError] = []
        while done.wait(timeout: .now()) == .timedOut {
            do {
                try other.recordStep(code: learner.code, lessonID: "email-basics", record: StepRecord(
                    stepIndex: saves, stepID: nil, attempts: 1, hintsUsed: 0, skipped: false, secondsSpent: 5, completed: true,
                    typedAnswers: []), resumeAt: saves + 1)
                saves += 1
            } catch {
                failures.append(error)
            }
        }
        #expect(failures.isEmpty, "the other terminal's saves failed: \(failures.map(\.message))")
        #expect(try result.get() == 4_000)
        #expect(saves > 0)
        #expect(try count(other, "learner") == 1)
        #expect(try count(other, "stepEvent") == saves)
    }
}

/// The purge thread's result, handed to the test's thread.
private final class PurgeResult: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<Int?, StoreError>?

    func set(_ result: Result<Int?, StoreError>) {
        lock.lock(); value = result; lock.unlock()
    }

    func get() throws -> Int? {
        lock.lock(); defer { lock.unlock() }
        return try value?.get()
    }
}
