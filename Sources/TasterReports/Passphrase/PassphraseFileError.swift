/// Why the volunteer passphrase file could not be used: facts, worded by
/// ``TasterWording/Catalogue/words(for:)-(PassphraseFileError)`` where they are shown.
public enum PassphraseFileError: Error, Equatable, Sendable {
    /// No passphrase has been set yet.
    case notSet
    /// The file is there but cannot be read.
    case unreadable(path: String)
    /// The file is not a passphrase file taster can use.
    case damaged(path: String)
    /// The file cannot be written.
    case cannotWrite(path: String, reason: String)
    /// The passphrase's record could not be put into words to write (it is never half written).
    case cannotEncode(path: String)
}
