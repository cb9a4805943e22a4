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
