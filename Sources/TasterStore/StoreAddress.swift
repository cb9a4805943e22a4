import Foundation

/// Where the progress store is: the one value from which a backend is chosen (see
/// ``StoreOpener``).
///
/// There are two kinds: the embedded SQLite file in a data folder, and a library service's
/// PostgreSQL server with this terminal's branch. Both are opened by ``StoreOpener`` alone, so
/// the shell and the commands never learn which they have.
public enum StoreAddress: Sendable, Equatable {
    /// The SQLite file `progress.sqlite` in a data folder, with the volunteer passphrase file
    /// beside it.
    case embedded(DataLocation)
    /// A library service's PostgreSQL server and this terminal's branch; the volunteer
    /// passphrase record is kept in the service database, per branch.
    case service(ServiceStoreAddress)

    /// Whether a store has been made at this address yet (opening to write makes one; opening
    /// to read does not).
    public var storeExists: Bool {
        switch self {
        case .embedded(let location): FileManager.default.fileExists(atPath: location.databaseFile.path)
        case .service(let address): address.backend.storeExists(at: address)
        }
    }

    /// The address in words, for a volunteer: the data folder's path, or the server's address
    /// (without any password) and the branch.
    public var description: String {
        switch self {
        case .embedded(let location): location.folder.path
        case .service(let address): "\(address.shown) (branch \(address.branch))"
        }
    }
}
