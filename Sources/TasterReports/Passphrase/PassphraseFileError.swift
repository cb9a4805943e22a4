/// Why the volunteer passphrase file could not be used.
public enum PassphraseFileError: Error, Equatable, Sendable {
    /// No passphrase has been set yet.
    case notSet
    /// The file is there but cannot be read.
    case unreadable(path: String)
    /// The file is not a passphrase file taster can use.
    case damaged(path: String)
    /// The file cannot be written.
    case cannotWrite(path: String, reason: String)

    /// What went wrong and what to do, in plain words.
    public var message: String {
        switch self {
        case .notSet:
            "No volunteer passphrase has been set on this computer yet. A volunteer can set one with: taster volunteer passphrase"
        case .unreadable(let path):
            "Taster cannot read the volunteer passphrase file \"\(path)\". Check that it belongs to the account that runs taster (chmod 600)."
        case .damaged(let path):
            "The volunteer passphrase file \"\(path)\" is damaged. To start again, delete it and set a new passphrase with: taster volunteer passphrase"
        case .cannotWrite(let path, let reason):
            "Taster could not save the volunteer passphrase to \"\(path)\": \(reason). Check the data folder can be written."
        }
    }
}
