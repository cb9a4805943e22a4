import Foundation
import Testing
import TasterServiceStore

/// The throwaway PostgreSQL server that `make test` starts (scripts/with-test-postgres), and a
/// fresh database on it for each test.
enum TestServer {
    /// The superuser's address, from `TASTER_TEST_POSTGRES`.
    static let address: PostgresAddress? = ProcessInfo.processInfo.environment["TASTER_TEST_POSTGRES"]
        .flatMap { try? PostgresAddress($0) }

    /// Whether these tests can run. In CI they must: a missing server there fails the run rather
    /// than skipping it, so a green run always means the tests ran against a real server.
    static var isAvailable: Bool {
        if address == nil, ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("No test PostgreSQL server: run the tests with `make test` (scripts/with-test-postgres).")
        }
        return address != nil
    }

    /// The server's socket folder and port, for building other addresses.
    static var host: String { address?.value(of: "host") ?? "" }
    static var port: String { address?.value(of: "port") ?? "" }

    /// A new, empty database and the address of it for the superuser.
    static func makeDatabase() throws -> PostgresAddress {
        let address = try #require(address)
        let name = "taster_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresConnection(address: address)
        try admin.execute("CREATE DATABASE \(name)")
        return try PostgresAddress("host=\(host) port=\(port) user=\(address.value(of: "user") ?? "") dbname=\(name)")
    }
}
