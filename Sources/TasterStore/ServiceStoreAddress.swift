import Foundation

/// A library service's store: a PostgreSQL server shared by many terminals in many branches,
/// and the branch this terminal is in. Sessions, step events and the live board belong to a
/// branch; learners and their progress belong to the whole service, so a learner can carry on at
/// any branch.
public struct ServiceStoreAddress: Sendable, Equatable {
    /// The server's address as libpq reads it (a `postgresql://` URI, `key=value` pairs or
    /// `service=NAME`). It never holds a password: passwords are refused before this is made.
    public let text: String
    /// The address as it may be shown: without any password.
    public let shown: String
    /// This terminal's branch, from the settings file.
    public let branch: String
    /// What opens it.
    public let backend: any ServiceStoreBackend

    /// Creates an address.
    public init(text: String, shown: String, branch: String, backend: any ServiceStoreBackend) {
        self.text = text
        self.shown = shown
        self.branch = branch
        self.backend = backend
    }

    /// Two addresses are the same when they name the same server and branch.
    public static func == (left: ServiceStoreAddress, right: ServiceStoreAddress) -> Bool {
        left.text == right.text && left.branch == right.branch
    }
}
