import Foundation
import GRDB
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("The v2-sessions migration and reading without writing", .ownThread)
struct SessionSchemaTests {
    @Test("the migration's name is fixed")
    func name() {
        #expect(ProgressSchema.version2 == "v2-sessions", "a shipped migration name never changes")
    }

    @Test("numbered confidence answers from a v2 file become per-session counts, and the numbered table goes")
    func confidenceAnswersBecomeCounts() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let path = temporary.url.appendingPathComponent(DataLocation.databaseFileName).path
        let queue = try DatabaseQueue(path: path)
        try ProgressSchema.migrator().migrate(queue, upTo: ProgressSchema.version2)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO tasterSession (id, name, startedAt) VALUES (1, 'Tuesday taster', '2025-06-01 10:00:00.000');
                INSERT INTO confidenceAnswer (sessionId, moment, rating) VALUES (1, 'before', 2), (1, 'before', 4), (1, 'before', 2), (1, 'after', 5);
                """)
        }
        try queue.close()
        let store = try ProgressDatabase.open(DataLocation(folder: temporary.url), now: ManualClock().closure)
        #expect(try store.sessionReports().first?.confidenceBefore == [0, 2, 0, 1, 0])
        #expect(try store.sessionReports().first?.confidenceAfter == [0, 0, 0, 0, 1])
        #expect(try store.writer.read { db in try db.tableExists("confidenceAnswer") } == false)
        try store.close()
        #expect(ProgressSchema.confidenceCounts == "v4-confidence-counts", "a shipped migration name never changes")
    }

    @Test("the database refuses a second open session itself, whatever writes it")
    func oneOpenSessionInSchema() throws {
        let store = try ProgressDatabase.inMemory(now: ManualClock().closure)
        _ = try store.startSession(named: "Tuesday taster")
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO tasterSession (name, startedAt) VALUES ('Another', '2025-06-15 10:00:00.000')")
            }
        }
    }

    @Test("reading an older file shows no sessions and changes nothing")
    func readingOlderFile() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let path = try FrozenVersionOneFile.copy(into: temporary.url)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try ProgressDatabase.openForReading(DataLocation(folder: temporary.url), now: ManualClock().closure)
        #expect(try reader.liveBoard().learners.isEmpty)
        #expect(try reader.openSession() == nil)
        #expect(try reader.sessionReports().isEmpty)
        #expect(try reader.impactData(since: nil, until: nil).sessions.isEmpty)
        try reader.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FrozenVersionOneFile.migrations(path) == ["v1-learners-and-progress"], "reading never migrates")
    }

    @Test("the reading connection cannot write, and sees what other terminals commit")
    func readOnly() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let clock = ManualClock()
        let location = DataLocation(folder: temporary.url)
        let writer = try ProgressDatabase.open(location, now: clock.closure)
        _ = try writer.startSession(named: "Tuesday taster")
        let reader = try ProgressDatabase.openForReading(location, now: clock.closure)
        #expect(try reader.liveBoard().learners.isEmpty)
        let sam = try writer.newLearner(nickname: "Sam")
        try writer.updateLiveStatus(code: sam.code, step: nil, sessionPin: nil)
        #expect(try reader.liveBoard().learners.map(\.nickname) == ["Sam"])
        #expect(throws: SessionError.self) { try reader.endSession() }
        #expect(throws: StoreError.self) { try reader.newLearner(nickname: nil) }
        #expect(try writer.openSession() != nil, "the failed end changed nothing")
        try reader.close()
        try writer.close()
    }

    @Test("reading a file from a newer taster is refused")
    func newerRefused() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let location = DataLocation(folder: temporary.url)
        try ProgressDatabase.open(location).close()
        let queue = try DatabaseQueue(path: location.databaseFile.path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        try queue.close()
        #expect(throws: StoreError.newerVersion(file: location.databaseFile.path)) { try ProgressDatabase.openForReading(location) }
        #expect(throws: StoreError.newerVersion(file: location.databaseFile.path)) { try ProgressDatabase.open(location) }
    }
}
