import Foundation

/// A volunteer passphrase record kept in memory: for tests, and for a store kept in memory.
/// Copies share one record, as two terminals share the file or the service database.
public final class MemoryCredentials: VolunteerCredentials, @unchecked Sendable {
    /// Guards ``record``.
    private let lock = NSLock()
    /// The stored record.
    private var record: Data?

    /// An empty record.
    public init() {}

    /// "memory": there is no file or server.
    public var recordPlace: String { "memory" }

    /// Whether a record has been stored.
    public var hasPassphraseRecord: Bool { lock.withLock { record != nil } }

    /// The stored record, nil when none is set.
    public func readPassphraseRecord() throws(CredentialStoreError) -> Data? {
        lock.withLock { record }
    }

    /// Stores `record`, replacing any earlier one.
    public func writePassphraseRecord(_ record: Data) throws(CredentialStoreError) {
        lock.withLock { self.record = record }
    }

    /// Removes the record.
    public func removePassphraseRecord() throws(CredentialStoreError) {
        lock.withLock { record = nil }
    }
}
