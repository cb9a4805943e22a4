/// What went wrong talking to a PostgreSQL server, as facts; the layer that shows it words it.
///
/// No case ever carries a password: addresses are kept in their redacted form.
public enum PostgresError: Error, Equatable, Sendable {
    /// libpq itself could not be loaded (Debian's `libpq5` is not installed); `detail` says why.
    case clientMissing(detail: String)
    /// libpq could not read the address; `detail` is its reason.
    case addressNotUnderstood(detail: String)
    /// The address holds a password. Passwords belong in `.pgpass` (or `PGPASSFILE`), never in an
    /// address that a process list or a settings file would show.
    case passwordInAddress(address: String)
    /// The server could not be reached (nothing listening, no route, a time-out).
    case unreachable(address: String, detail: String)
    /// The server refused the user name or password.
    case authenticationFailed(address: String)
    /// The server is older than taster needs.
    case serverTooOld(address: String, version: Int, needed: Int)
    /// A statement failed; `sqlState` is PostgreSQL's five-character error code.
    case statementFailed(sqlState: String, detail: String)
    /// The connection broke while a statement was under way.
    case connectionLost(detail: String)

    /// PostgreSQL's code for a statement that broke a unique constraint.
    public static let uniqueViolation = "23505"
    /// PostgreSQL's code for a statement refused by the role's privileges.
    public static let insufficientPrivilege = "42501"
}
