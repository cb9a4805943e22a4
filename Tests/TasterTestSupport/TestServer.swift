import Foundation
import Testing
import TasterServiceStore

/// The throwaway PostgreSQL server that `make test` starts (scripts/with-test-postgres), and a
/// fresh database on it for each test, so tests against it run in parallel without meeting.
public enum TestServer {
    /// The superuser's address, from `TASTER_TEST_POSTGRES`.
    public static let address: PostgresAddress? = ProcessInfo.processInfo.environment["TASTER_TEST_POSTGRES"]
        .flatMap { try? PostgresAddress($0) }

    /// Whether these tests can run. In CI they must: a missing server there fails the run rather
    /// than skipping it, so a green run always means the tests ran against a real server.
    public static var isAvailable: Bool {
        if address == nil, mustRun {
            Issue.record("No test PostgreSQL server: run the tests with `make test` (scripts/with-test-postgres).")
        }
        return address != nil
    }

    /// Whether the server's tests must run here (in CI), so that a missing server fails them.
    public static var mustRun: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// The server's socket folder and port, for building other addresses.
    public static var host: String { address?.value(of: "host") ?? "" }
    public static var port: String { address?.value(of: "port") ?? "" }
    /// The superuser's name.
    public static var user: String { address?.value(of: "user") ?? "" }
    /// The folder of the server's programs (`pg_ctl`, `initdb`), from `TASTER_TEST_POSTGRES_BIN`.
    public static var programs: String? { ProcessInfo.processInfo.environment["TASTER_TEST_POSTGRES_BIN"] }

    /// A new, empty database and the address of it for the superuser.
    public static func makeDatabase() throws -> PostgresAddress {
        let address = try #require(address)
        let name = "taster_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresConnection(address: address)
        try admin.execute("CREATE DATABASE \(name)")
        return try PostgresAddress("host=\(host) port=\(port) user=\(user) dbname=\(name)")
    }

    /// A new login in `role` on `database`, with its password in a passfile of its own in
    /// `folder`, so that the server's superuser is not the one connecting.
    public static func login(in role: String, on database: PostgresAddress, folder: TemporaryFolder) throws -> PostgresAddress {
        let name = "login_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        let password = UUID().uuidString
        try PostgresConnection(address: database).execute("CREATE ROLE \(name) LOGIN PASSWORD '\(password)' IN ROLE \(role)")
        let passfile = folder.child("pgpass-\(name)")
        try Data("*:*:*:\(name):\(password)\n".utf8).write(to: passfile)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passfile.path)
        let options = database.options.filter { $0.keyword != "user" && $0.keyword != "passfile" }
        return try PostgresAddress((options.map { "\($0.keyword)=\($0.value)" } + ["user=\(name)", "passfile=\(passfile.path)"]).joined(separator: " "))
    }
}
