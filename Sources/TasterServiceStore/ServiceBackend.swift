import Foundation
import TasterStore

/// The PostgreSQL backend that ``StoreOpener`` asks for a ``ServiceStoreAddress``: the one
/// bridge from the store seam to this layer, made by the composition root.
public struct ServiceBackend: ServiceStoreBackend {
    /// How long a connection attempt may take, in seconds.
    public let connectTimeout: Int

    /// A backend whose connection attempts wait at most `connectTimeout` seconds (unless the
    /// address sets its own `connect_timeout`).
    public init(connectTimeout: Int = 5) {
        self.connectTimeout = connectTimeout
    }

    /// The address for the server given as `text` and `branch`, or why libpq cannot read it.
    public static func address(_ text: String, branch: String) throws(PostgresError) -> ServiceStoreAddress {
        let parsed = try PostgresAddress(text)
        return ServiceStoreAddress(text: text, shown: parsed.description, branch: branch, backend: ServiceBackend())
    }

    /// libpq's reading of the address (made by ``address(_:branch:)``, so it reads again).
    private func parsed(_ address: ServiceStoreAddress) throws(StoreError) -> PostgresAddress {
        do {
            return try PostgresAddress(address.text)
        } catch {
            throw .serverFailed(address: address.shown, detail: "\(error)")
        }
    }

    public func open(
        _ address: ServiceStoreAddress, recordTypedAnswers: Bool, now: @escaping @Sendable () -> Date
    ) throws(StoreError) -> any ProgressStore {
        try ServiceProgressStore.open(
            try parsed(address), branch: address.branch, recordTypedAnswers: recordTypedAnswers, connectTimeout: connectTimeout, now: now)
    }

    public func openForReading(_ address: ServiceStoreAddress, now: @escaping @Sendable () -> Date) throws(StoreError) -> any ProgressStore {
        try ServiceProgressStore.open(try parsed(address), branch: address.branch, connectTimeout: connectTimeout, now: now)
    }

    public func credentials(at address: ServiceStoreAddress) -> any VolunteerCredentials {
        ServiceCredentials(addressText: address.text, shown: address.shown, branch: address.branch, connectTimeout: connectTimeout)
    }

    public func storeExists(at address: ServiceStoreAddress) -> Bool {
        guard let parsed = try? PostgresAddress(address.text),
              let connection = try? PostgresConnection(address: parsed, connectTimeoutSeconds: connectTimeout) else { return false }
        return (try? connection.execute("SELECT to_regclass($1) IS NOT NULL", [PostgresMigrator.recordTable]).single) == "t"
    }
}
