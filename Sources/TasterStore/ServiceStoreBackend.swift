import Foundation

/// What opens a library service's store: implemented by the PostgreSQL backend (in
/// `TasterServiceStore`), which this layer does not import, so the embedded store's users never
/// need libpq. A ``ServiceStoreAddress`` carries one, and ``StoreOpener`` asks it.
///
/// Every backend implements each requirement itself; there are no default bodies.
public protocol ServiceStoreBackend: Sendable {
    /// Opens the store at `address` to read and write, its schema brought up to date.
    func open(
        _ address: ServiceStoreAddress, recordTypedAnswers: Bool, now: @escaping @Sendable () -> Date
    ) throws(StoreError) -> any ProgressStore
    /// Opens the store at `address` for the live board, lists and reports. A database set up by
    /// a newer taster is refused.
    func openForReading(_ address: ServiceStoreAddress, now: @escaping @Sendable () -> Date) throws(StoreError) -> any ProgressStore
    /// The volunteer passphrase record of `address`'s branch, kept in the service database.
    func credentials(at address: ServiceStoreAddress) -> any VolunteerCredentials
    /// Whether the service answers and holds taster's schema (for ``StoreAddress/storeExists``).
    func storeExists(at address: ServiceStoreAddress) -> Bool
}
