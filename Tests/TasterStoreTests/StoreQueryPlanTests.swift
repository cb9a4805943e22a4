import Foundation
import GRDB
import Testing
@testable import TasterStore

/// Queries that run often, or for a period, must not read the whole history: SQLite's own plan
/// says whether a query searches an index or scans a table from start to end.
@Suite("Query plans: cost follows the people present and the period, not the whole history")
struct StoreQueryPlanTests {
    /// A store with a few sessions, ended and open, so the planner has something to choose from.
    private func store() throws -> ProgressDatabase {
        let clock = TestClock()
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

@Suite("The session list: one query, newest first, a page at a time")
struct SessionListTests {
    @Test("a page holds the newest sessions with their learner counts, and says how many there are in all")
    func paged() throws {
        let clock = TestClock()
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
