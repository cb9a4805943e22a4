import Foundation
@testable import TasterStore
import TasterServiceStore
import TasterTestSupport

/// Every place the volunteer passphrase record can be kept, in one list for the credentials
/// contract suite: the file beside the embedded store, memory, and the service database.
enum CredentialsKind: String, CaseIterable, Sendable, CustomStringConvertible {
    /// `volunteer-passphrase.json` in a data folder (``PassphraseRecordFile``).
    case file
    /// In memory (``MemoryCredentials``).
    case memory
    /// The service database, per branch (``ServiceCredentials``), on the test server.
    case postgres

    /// Every kind this run can test: PostgreSQL whenever the test server is there, and always in CI.
    static var allCases: [CredentialsKind] {
        TestServer.address != nil || TestServer.mustRun ? [.file, .memory, .postgres] : [.file, .memory]
    }

    var description: String { rawValue }

    /// A place of this kind with no record yet, and a way to reach the same place again, as
    /// another terminal would. `cleanUp` removes what was made.
    func make() throws -> (credentials: any VolunteerCredentials, again: () -> any VolunteerCredentials, cleanUp: () -> Void) {
        switch self {
        case .file:
            let temporary = try TemporaryFolder()
            let folder = temporary.child("data")
            return (StoreOpener.credentials(at: .embedded(DataLocation(folder: folder))),
                    { StoreOpener.credentials(at: .embedded(DataLocation(folder: folder))) }, { temporary.remove() })
        case .memory:
            let shared = MemoryCredentials()
            return (shared, { shared }, {})
        case .postgres:
            let address = try TestServer.makeDatabase()
            let service = ServiceStoreAddress(
                text: address.description, shown: address.description, branch: StoreKind.branch, backend: ServiceBackend())
            return (StoreOpener.credentials(at: .service(service)), { StoreOpener.credentials(at: .service(service)) }, {})
        }
    }
}
