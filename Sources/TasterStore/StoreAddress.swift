import Foundation

/// Where the progress store is: the one value from which a backend is chosen (see
/// ``StoreOpener``).
///
/// Today there is one kind, the embedded SQLite file in a data folder. A library service's
/// PostgreSQL store will be a second case here, opened by ``StoreOpener`` alone, so the shell and
/// the commands need not change.
public enum StoreAddress: Sendable, Equatable {
    /// The SQLite file `progress.sqlite` in a data folder, with the volunteer passphrase file
    /// beside it.
    case embedded(DataLocation)

    /// Whether a store has been made at this address yet (opening to write makes one; opening
    /// to read does not).
    public var storeExists: Bool {
        switch self {
        case .embedded(let location): FileManager.default.fileExists(atPath: location.databaseFile.path)
        }
    }

    /// The address in words, for a volunteer: the data folder's path.
    public var description: String {
        switch self {
        case .embedded(let location): location.folder.path
        }
    }
}
