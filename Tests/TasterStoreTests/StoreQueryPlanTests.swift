import Foundation
import GRDB
import Testing
import Synchronization
@testable import TasterStore
import TasterTestSupport

/// Queries that run often, or for a period, must not read the whole history: SQLite's own plan
/// says whether a query searches an index or scans a table from start to end.
@Suite("Query plans: cost follows the people present and the period, not the whole history", .ownThread)
struct StoreQueryPlanTests {
    /// A store with a few sessions, ended and open, so the planner has something to choose from.
    private func store() throws -> ProgressDatabase {
        let clock = ManualClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        for day in 0..<3 {
            _ = try store.startSession(named: "Taster \(day)")
            clock.advance(seconds: 3_600)
            _ = try store.endSession()
            clock.advance(days: 1)
        }
        _ = try store.startSession(named: "Open taster")
        return store
    }

    @Test("the open session is found through its index, not by scanning every session")
    func openSessionSearchesIndex() throws {
        let store = try store()
        try store.writer.read { db in
            let plan = try QueryPlan.details(db, ProgressDatabase.openSessionSQL)
            #expect(plan.contains { $0.hasPrefix("SEARCH tasterSession USING INDEX tasterSession_one_open") }, "plan: \(plan)")
            #expect(try QueryPlan.fullScans(db, ProgressDatabase.openSessionSQL, of: ["tasterSession"]).isEmpty)
        }
        #expect(try store.openSession()?.name == "Open taster")
    }
}

@Suite("The session list: one query, newest first, a page at a time", .ownThread)
struct SessionListTests {
    @Test("a page holds the newest sessions with their learner counts, and says how many there are in all")
    func paged() throws {
        let clock = ManualClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        let learner = try store.newLearner(nickname: nil)
        for day in 0..<5 {
            _ = try store.startSession(named: "Taster \(day)")
            if day % 2 == 0 { try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil) }
            clock.advance(seconds: 3_600)
            _ = try store.endSession()
            clock.advance(days: 1)
        }
        let page = try store.sessionList(limit: 2)
        #expect(page.entries.map(\.session.name) == ["Taster 4", "Taster 3"])
        #expect(page.entries.map(\.learnerCount) == [1, 0])
        #expect(page.totalCount == 5 && page.isPartial)
        let all = try store.sessionList(limit: nil)
        #expect(all.entries.count == 5 && !all.isPartial)
        #expect(all.entries.map(\.learnerCount) == [1, 0, 1, 0, 1])
    }

    @Test("the learner counts search sessionLearner's key rather than scanning it")
    func countsSearchKey() throws {
        let store = try ProgressDatabase.inMemory()
        let scans = try store.writer.read { db in
            try QueryPlan.fullScans(db, ProgressDatabase.sessionListSQL, arguments: [20], of: ["sessionLearner", "l"])
        }
        #expect(scans.isEmpty, "plan scans: \(scans)")
    }
}

@Suite("Report queries: a period's report reads only that period", .ownThread)
struct ReportQueryPlanTests {
    /// Every statement `impactData` runs for the period, as SQLite ran it (values inlined).
    private func reportStatements(since: Date?, until: Date?) throws -> [String] {
        let clock = ManualClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        let learner = try store.newLearner(nickname: nil)
        _ = try store.startSession(named: "Taster")
        try store.startLesson(code: learner.code, lessonID: "email-basics", contentVersion: "v1")
        try store.recordLessonEvent(code: learner.code, lessonID: "email-basics", kind: .started, sessionPin: nil)
        try store.recordStep(code: learner.code, lessonID: "email-basics", record: StepRecord(stepIndex: 0, completed: true))
        let statements = Mutex<[String]>([])
        try store.writer.write { db in
            db.trace { event in
                let sql = event.expandedDescription
                if sql.uppercased().hasPrefix("SELECT") { statements.withLock { $0.append(sql) } }
            }
        }
        let figures = try store.impactData(since: since, until: until)
        #expect(figures.learnerCount == 1)
        return statements.withLock { $0 }
    }

    @Test("a one-month report searches the events' time indexes and scans no event table")
    func monthSearchesTimeIndexes() throws {
        let since = Date(timeIntervalSince1970: 0)
        let until = Date(timeIntervalSince1970: 4_000_000_000)
        let statements = try reportStatements(since: since, until: until)
        let learnerCount = try #require(statements.first { $0.contains("COUNT(DISTINCT learnerId)") }, "statements: \(statements)")
        let store = try ProgressDatabase.inMemory()
        try store.writer.read { db in
            for sql in statements {
                let scans = try QueryPlan.fullScans(db, sql, of: ["stepEvent", "lessonEvent", "sessionLearner", "confidenceAnswer"])
                #expect(scans.isEmpty, "\(sql) scans: \(scans)")
            }
            let plan = try QueryPlan.details(db, learnerCount)
            #expect(plan.contains { $0.contains("stepEvent USING COVERING INDEX stepEvent_on_recordedAt_learnerId") }, "plan: \(plan)")
            #expect(plan.contains { $0.contains("lessonEvent USING COVERING INDEX lessonEvent_on_recordedAt_covering") }, "plan: \(plan)")
            #expect(plan.contains { $0.contains("sessionLearner USING COVERING INDEX sessionLearner_on_joinedAt_learnerId") }, "plan: \(plan)")
        }
    }

    @Test("an all-time report counts learners by searching each one's rows, never gathering every event")
    func allTimeSearchesEachLearner() throws {
        let statements = try reportStatements(since: nil, until: nil)
        #expect(!statements.contains { $0.contains("COUNT(DISTINCT learnerId) FROM (") }, "statements: \(statements)")
        let learnerCount = try #require(statements.first { $0.contains("FROM learner l WHERE EXISTS") }, "statements: \(statements)")
        let store = try ProgressDatabase.inMemory()
        try store.writer.read { db in
            let scans = try QueryPlan.fullScans(db, learnerCount, of: ["stepEvent", "lessonEvent", "sessionLearner", "e", "j"])
            #expect(scans.isEmpty, "scans: \(scans)")
            let plan = try QueryPlan.details(db, learnerCount)
            for table in ["e USING", "j USING"] {
                #expect(plan.contains { $0.contains("SEARCH \(table)") }, "plan: \(plan)")
            }
        }
    }
}
