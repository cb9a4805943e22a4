import Foundation
import Testing
import TasterServiceStore
import TasterTestSupport

@Suite("PostgreSQL addresses", .ownThread)
struct PostgresAddressTests {
    @Test("libpq's forms are read: URI, key-value and service", arguments: [
        ("postgresql://taster@db.library.example:5433/progress?sslmode=verify-full", "host", "db.library.example"),
        ("postgresql://taster@db.library.example:5433/progress?sslmode=verify-full", "sslmode", "verify-full"),
        ("host=db.library.example dbname=progress sslmode=require", "dbname", "progress"),
        ("service=taster", "service", "taster"),
    ])
    func forms(text: String, keyword: String, value: String) throws {
        #expect(try PostgresAddress(text).value(of: keyword) == value)
    }

    @Test("an address holding a password is refused, and the refusal does not repeat it", arguments: [
        "postgresql://taster:hunter2secret@db.library.example/progress",
        "host=db.library.example password=hunter2secret dbname=progress",
    ])
    func passwordRefused(text: String) {
        #expect {
            try PostgresAddress(text)
        } throws: { error in
            guard case .passwordInAddress(let shown) = error as? PostgresError else { return false }
            return !shown.contains("hunter2secret") && shown.contains("db.library.example")
        }
    }

    @Test("something that is not an address gets libpq's reason")
    func notAnAddress() {
        #expect {
            try PostgresAddress("host=db.library.example dbname")
        } throws: { error in
            guard case .addressNotUnderstood(let detail) = error as? PostgresError else { return false }
            return !detail.isEmpty
        }
    }
}

@Suite("A PostgreSQL connection, on a real server", .ownThread)
struct PostgresConnectionTests {
    @Test("statements take their values as parameters, never as SQL")
    func parameters() throws {
        guard TestServer.isAvailable else { return }
        let connection = try PostgresConnection(address: try TestServer.makeDatabase())
        try connection.execute("CREATE TABLE note (id integer PRIMARY KEY, body text)")
        let hostile = "x'); DROP TABLE note; --"
        try connection.execute("INSERT INTO note (id, body) VALUES ($1, $2)", ["1", hostile])
        try connection.execute("INSERT INTO note (id, body) VALUES ($1, $2)", ["2", nil])
        let rows = try connection.execute("SELECT id, body FROM note ORDER BY id")
        #expect(rows.columns == ["id", "body"])
        #expect(rows.rows == [["1", hostile], ["2", nil]])
        #expect(connection.serverVersion >= PostgresConnection.oldestSupportedServer)
    }

    @Test("a failed statement says its SQLSTATE, and a transaction that throws leaves nothing")
    func failuresAndTransactions() throws {
        guard TestServer.isAvailable else { return }
        let connection = try PostgresConnection(address: try TestServer.makeDatabase())
        try connection.execute("CREATE TABLE once (id integer PRIMARY KEY)")
        try connection.execute("INSERT INTO once VALUES (1)")
        #expect(throws: PostgresError.self) { try connection.execute("INSERT INTO once VALUES (1)") }
        do {
            try connection.execute("INSERT INTO once VALUES (1)")
        } catch .statementFailed(let sqlState, _) {
            #expect(sqlState == PostgresError.uniqueViolation)
        }
        #expect(throws: PostgresError.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO once VALUES (2)")
                try connection.execute("INSERT INTO once VALUES (1)")
            }
        }
        #expect(try connection.execute("SELECT count(*) FROM once").single == "1")
    }

    @Test("a server nobody answers at is reported as unreachable, quickly, naming the address without a password")
    func refused() throws {
        guard TestServer.isAvailable else { return }
        let address = try PostgresAddress("host=\(TestServer.host) port=1 user=nobody dbname=none")
        #expect {
            try PostgresConnection(address: address, connectTimeoutSeconds: 2)
        } throws: { error in
            guard case .unreachable(let shown, _) = error as? PostgresError else { return false }
            return shown.contains("port=1")
        }
    }

    @Test("a wrong password is reported as such, from a password file, never from the address")
    func wrongPassword() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let admin = try PostgresConnection(address: database)
        let role = "terminal_" + UUID().uuidString.prefix(8).lowercased()
        try admin.execute("CREATE ROLE \(role) LOGIN PASSWORD 'the-right-one'")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func passfile(_ password: String) throws -> String {
            let url = folder.appendingPathComponent(UUID().uuidString + ".pgpass")
            try Data("\(TestServer.host):\(TestServer.port):*:\(role):\(password)\n".utf8).write(to: url)
            chmod(url.path, 0o600)
            return url.path
        }
        let dbname = database.value(of: "dbname") ?? ""
        let wrong = try PostgresAddress("host=\(TestServer.host) port=\(TestServer.port) user=\(role) dbname=\(dbname) passfile=\(try passfile("a-wrong-one"))")
        #expect {
            try PostgresConnection(address: wrong)
        } throws: { error in
            guard case .authenticationFailed(let shown) = error as? PostgresError else { return false }
            return !shown.contains("a-wrong-one") && shown.contains(role)
        }
        let right = try PostgresAddress("host=\(TestServer.host) port=\(TestServer.port) user=\(role) dbname=\(dbname) passfile=\(try passfile("the-right-one"))")
        #expect(try PostgresConnection(address: right).execute("SELECT current_user").single == role)
    }

    @Test("a server older than taster needs is refused")
    func tooOld() throws {
        guard TestServer.isAvailable else { return }
        let address = try TestServer.makeDatabase()
        let actual = try PostgresConnection(address: address).serverVersion
        #expect(throws: PostgresError.serverTooOld(address: address.description, version: actual, needed: actual + 1)) {
            try PostgresConnection(address: address, oldestServer: actual + 1)
        }
    }
}
