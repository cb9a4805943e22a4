import Foundation
import Testing
import TasterServiceStore
import TasterTestSupport

@Suite("Service schema migrations, on a real server", .ownThread)
struct PostgresMigratorTests {
    static let migrations = [
        PostgresMigration(name: "first-learner-table", sql: "CREATE TABLE learner (id bigint PRIMARY KEY)"),
        PostgresMigration(name: "second-step-table", sql: """
            CREATE TABLE step (learner_id bigint REFERENCES learner (id));
            CREATE INDEX step_on_learner_id ON step (learner_id);
            """),
    ]

    @Test("migrations are applied once, in order, and a second run does nothing")
    func appliesOnce() throws {
        guard TestServer.isAvailable else { return }
        let connection = try PostgresConnection(address: try TestServer.makeDatabase())
        let migrator = PostgresMigrator(migrations: Self.migrations)
        #expect(try migrator.migrate(connection) == ["first-learner-table", "second-step-table"])
        #expect(try migrator.migrate(connection) == [])
        let names = try connection.execute("SELECT name FROM taster_migration ORDER BY applied_at, name").rows
        #expect(names == [["first-learner-table"], ["second-step-table"]])
    }

    @Test("fifty terminals opening a new database at once apply each migration exactly once")
    func fiftyAtOnce() throws {
        guard TestServer.isAvailable else { return }
        let address = try TestServer.makeDatabase()
        let migrator = PostgresMigrator(migrations: Self.migrations)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 50) { _ in
            do {
                let connection = try PostgresConnection(address: address)
                results.add(.success(try migrator.migrate(connection)))
            } catch {
                results.add(.failure(error))
            }
        }
        let all = results.all
        #expect(all.count == 50)
        let applied = all.compactMap { try? $0.get() }
        #expect(applied.count == 50, "every terminal starts: \(all.filter { (try? $0.get()) == nil })")
        #expect(applied.flatMap { $0 }.sorted() == ["first-learner-table", "second-step-table"])
    }

    @Test("a database set up by a newer taster is refused, untouched")
    func newerDatabase() throws {
        guard TestServer.isAvailable else { return }
        let connection = try PostgresConnection(address: try TestServer.makeDatabase())
        let newer = PostgresMigrator(migrations: Self.migrations + [
            PostgresMigration(name: "third-from-the-future", sql: "CREATE TABLE later (id integer)"),
        ])
        try newer.migrate(connection)
        let older = PostgresMigrator(migrations: [Self.migrations[0]])
        #expect(throws: PostgresMigrationError.databaseIsNewer(unknownMigrations: ["second-step-table", "third-from-the-future"])) {
            try older.migrate(connection)
        }
        #expect(try connection.execute("SELECT count(*) FROM taster_migration").single == "3")
    }

    /// Results collected from many threads.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<[String], any Error>] = []
        func add(_ result: Result<[String], any Error>) { lock.withLock { results.append(result) } }
        var all: [Result<[String], any Error>] { lock.withLock { results } }
    }
}
