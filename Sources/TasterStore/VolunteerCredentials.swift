import Foundation

/// Where the volunteer passphrase record is kept: an opaque record (the reports layer writes a
/// salted hash into it and checks passphrases against it; the store never looks inside).
///
/// Every backend implements each requirement itself; there are no default bodies. The embedded
/// store keeps it in a file beside the database (``PassphraseRecordFile``).
public protocol VolunteerCredentials: Sendable {
    /// Where the record is, for messages (for a file, its path).
    var recordPlace: String { get }
    /// Whether a record has been stored.
    var hasPassphraseRecord: Bool { get }
    /// The stored record, nil when none is set.
    func readPassphraseRecord() throws(CredentialStoreError) -> Data?
    /// Stores `record`, replacing any earlier one in one step, so a crash never leaves half of it.
    func writePassphraseRecord(_ record: Data) throws(CredentialStoreError)
    /// Removes the record, so that no passphrase is set.
    func removePassphraseRecord() throws(CredentialStoreError)
}
