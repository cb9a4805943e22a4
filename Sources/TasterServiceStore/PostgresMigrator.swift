/// Brings a service database's schema up to date, safely when many terminals start at once.
///
/// Every run takes one session-level advisory lock first, so fifty terminals opening a new
/// database at the same moment apply each migration once, one after another; the others wait
/// and then find nothing to do. A database holding a migration this taster does not know was set
/// up by a newer version, and is refused untouched.
public struct PostgresMigrator: Sendable {
    /// The advisory lock's key: any fixed number that nothing else on the server uses.
    public static let lockKey = "7413057218"
    /// The table that records applied migrations.
    public static let recordTable = "taster_migration"

    /// The migrations, in the order they are applied.
    public let migrations: [PostgresMigration]

    /// A migrator for `migrations`, whose names must differ.
    public init(migrations: [PostgresMigration]) {
        precondition(Set(migrations.map(\.name)).count == migrations.count, "two migrations share a name")
        self.migrations = migrations
    }

    /// Applies the migrations `connection`'s database lacks; returns their names.
    @discardableResult
    public func migrate(_ connection: PostgresConnection) throws(PostgresMigrationError) -> [String] {
        do {
            try connection.execute("SELECT pg_advisory_lock($1::bigint)", [Self.lockKey])
        } catch {
            throw .server(error)
        }
        defer { _ = try? connection.execute("SELECT pg_advisory_unlock($1::bigint)", [Self.lockKey]) }
        let applied: Set<String>
        do {
            // Created only when missing: a terminal's role may not create tables (see
            // ``ServiceRoles``), and PostgreSQL checks that right even for IF NOT EXISTS.
            let exists = try connection.execute("SELECT to_regclass($1) IS NOT NULL", [Self.recordTable]).rows.first?.first == "t"
            if !exists {
                try connection.execute("""
                    CREATE TABLE IF NOT EXISTS \(Self.recordTable) (
                        name text PRIMARY KEY,
                        applied_at timestamptz NOT NULL DEFAULT now())
                    """)
            }
            applied = Set(try connection.execute("SELECT name FROM \(Self.recordTable)").rows.compactMap { $0.first ?? nil })
        } catch {
            throw .server(error)
        }
        let known = Set(migrations.map(\.name))
        let unknown = applied.subtracting(known).sorted()
        guard unknown.isEmpty else { throw .databaseIsNewer(unknownMigrations: unknown) }
        var done: [String] = []
        let pending = migrations.filter { !applied.contains($0.name) }
        for migration in pending {
            do {
                try connection.transaction {
                    try connection.executeScript(migration.sql)
                    try connection.execute("INSERT INTO \(Self.recordTable) (name) VALUES ($1)", [migration.name])
                }
            } catch PostgresError.statementFailed(sqlState: "42501", _) {
                // insufficient_privilege: this login may use the tables but not change them.
                throw .notAllowedToUpdate(pendingMigrations: pending.map(\.name).filter { !done.contains($0) })
            } catch let error as PostgresError {
                throw .server(error)
            } catch {
                throw .server(.statementFailed(sqlState: "", detail: "\(error)"))
            }
            done.append(migration.name)
        }
        return done
    }
}
