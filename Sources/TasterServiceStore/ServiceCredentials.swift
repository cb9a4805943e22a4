import Foundation
import TasterStore

/// The volunteer passphrase record of one branch, kept in the service database (table
/// `volunteer_credential`), so every terminal of the branch checks the same passphrase and no
/// file beside a terminal holds it. The record is opaque here: the reports layer writes a salted
/// hash into it.
///
/// Each call connects, does one statement in one transaction, and lets go: volunteers unlock
/// rarely, and a terminal keeps no second connection open for it.
public struct ServiceCredentials: VolunteerCredentials {
    /// The server's address as libpq reads it.
    let addressText: String
    /// The address without any password.
    let shown: String
    /// The branch whose record this is.
    public let branch: String
    /// How long a connection attempt may take, in seconds.
    let connectTimeout: Int

    /// The record of `branch` on the server at `address`.
    public init(address: PostgresAddress, branch: String, connectTimeout: Int = 5) {
        // An address never holds a password (``PostgresAddress`` refuses one), so its key-value
        // form is the whole address.
        self.init(addressText: address.description, shown: address.description, branch: branch, connectTimeout: connectTimeout)
    }

    /// The record of `branch` on the server whose address is `addressText` (`shown` without any password).
    init(addressText: String, shown: String, branch: String, connectTimeout: Int) {
        self.addressText = addressText
        self.shown = shown
        self.branch = branch
        self.connectTimeout = connectTimeout
    }

    /// The server (without any password) and the branch, for messages.
    public var recordPlace: String { "\(shown) (branch \(branch))" }

    /// Whether a record is stored; false too when the server cannot be asked.
    public var hasPassphraseRecord: Bool { ((try? readPassphraseRecord()) ?? nil) != nil }

    /// The branch's record, nil when none is set.
    public func readPassphraseRecord() throws(CredentialStoreError) -> Data? {
        do {
            let connection = try ready()
            guard let hex = try connection.execute(
                "SELECT encode(record, 'hex') FROM volunteer_credential WHERE branch = $1", [branch]).single
            else { return nil }
            guard let record = PostgresHex.bytes(hex) else { throw CredentialStoreError.unreadable(place: recordPlace) }
            return record
        } catch {
            throw .unreadable(place: recordPlace)
        }
    }

    /// Stores the branch's record, replacing any earlier one in one statement.
    public func writePassphraseRecord(_ record: Data) throws(CredentialStoreError) {
        do {
            try ready().execute("""
                INSERT INTO volunteer_credential (branch, record, written_at) VALUES ($1, decode($2, 'hex'), now())
                ON CONFLICT (branch) DO UPDATE SET record = excluded.record, written_at = excluded.written_at
                """, [branch, PostgresHex(data: record).postgresText])
        } catch {
            throw .cannotWrite(place: recordPlace, reason: Self.reason(error))
        }
    }

    /// Removes the branch's record, so that no passphrase is set.
    public func removePassphraseRecord() throws(CredentialStoreError) {
        do {
            try ready().execute("DELETE FROM volunteer_credential WHERE branch = $1", [branch])
        } catch {
            throw .cannotWrite(place: recordPlace, reason: Self.reason(error))
        }
    }

    /// A connection to a database whose schema is up to date (a new database gets it here too).
    private func ready() throws -> PostgresConnection {
        let connection = try PostgresConnection(address: try PostgresAddress(addressText), connectTimeoutSeconds: connectTimeout)
        try ServiceSchema.migrator.migrate(connection)
        return connection
    }

    /// Why a write failed, in a few words and without SQL.
    private static func reason(_ error: any Error) -> String {
        switch error {
        case PostgresError.unreachable(_, let detail), PostgresError.connectionLost(let detail): "the server cannot be reached: \(detail)"
        case PostgresError.authenticationFailed: "the server did not accept this computer's log-in"
        case PostgresError.clientMissing(let detail): "libpq (Debian's libpq5) could not be loaded: \(detail)"
        case PostgresError.statementFailed(let sqlState, let detail): "SQLSTATE \(sqlState): \(detail)"
        case PostgresMigrationError.databaseIsNewer: "the database was set up by a newer taster"
        default: "\(error)"
        }
    }
}
