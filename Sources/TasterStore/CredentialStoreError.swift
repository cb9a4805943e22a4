/// Why the volunteer passphrase record could not be read or written. It carries facts only: the
/// reports layer says them in words.
public enum CredentialStoreError: Error, Equatable, Sendable {
    /// The record is there but cannot be read.
    case unreadable(place: String)
    /// The record cannot be written, and why.
    case cannotWrite(place: String, reason: String)
}
