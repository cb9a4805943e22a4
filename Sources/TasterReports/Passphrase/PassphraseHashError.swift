/// Why a passphrase could not be hashed.
public enum PassphraseHashError: Error, Sendable, Equatable {
    /// libsodium could not start or could not compute the hash (usually: not enough memory).
    case couldNotHash
}
