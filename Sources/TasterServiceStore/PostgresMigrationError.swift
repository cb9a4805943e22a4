/// Why the service database's schema could not be brought up to date.
public enum PostgresMigrationError: Error, Equatable, Sendable {
    /// The database was set up by a newer taster: it holds migrations this one does not know.
    /// Nothing is changed; this terminal's taster needs updating.
    case databaseIsNewer(unknownMigrations: [String])
    /// The database lacks migrations this taster knows, and this login may not add them (a
    /// terminal's login, which does not own the tables): the IT team runs `taster store init`.
    case notAllowedToUpdate(pendingMigrations: [String])
    /// The server refused or failed a statement.
    case server(PostgresError)
}
