/// One step of the service database's schema, known by a fixed name and never edited once
/// shipped: a later change is a new migration.
public struct PostgresMigration: Sendable, Equatable {
    /// The fixed name, recorded in the database once applied.
    public let name: String
    /// The statements, run in one transaction with the record of the name.
    public let sql: String

    /// Creates a migration.
    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }
}
