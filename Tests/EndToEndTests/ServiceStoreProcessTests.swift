import Foundation
import TasterTestSupport
import Testing

/// The built taster on a library service's server, as separate processes, the way separate
/// terminals use it: against the test PostgreSQL server that `make test` starts.
@Suite("taster on a library service's server, as separate processes", .ownThread)
struct ServiceStoreProcessTests {
    /// The test server's superuser address, or nil without one (a failure in CI).
    static var server: String? {
        let address = ProcessInfo.processInfo.environment["TASTER_TEST_POSTGRES"]
        if address == nil, ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("No test PostgreSQL server: run the tests with `make test` (scripts/with-test-postgres).")
        }
        return address
    }

    /// What a terminal's environment adds to the clean one to reach the test server: the
    /// password file `make test` wrote, as a library's terminal image has its own.
    static func terminal(_ variables: [String: String]) -> [String: String] {
        variables.merging(["PGPASSFILE": ProcessInfo.processInfo.environment["PGPASSFILE"] ?? ""]) { mine, _ in mine }
    }

    /// Runs `sql` with psql as the superuser on `database`; returns its unaligned output.
    @discardableResult
    static func psql(_ sql: String, on address: String) throws -> String {
        let bin = try #require(ProcessInfo.processInfo.environment["TASTER_TEST_POSTGRES_BIN"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bin).appendingPathComponent("psql")
        process.arguments = [address, "-v", "ON_ERROR_STOP=1", "-Atc", sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // Polled, as TasterRunner does: the wait for an exit needs SIGCHLD, which the test runner blocks.
        while process.isRunning { usleep(10_000) }
        #expect(process.terminationStatus == 0, "psql: \(sql)")
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A new database on the test server and a settings file naming it for `branch`.
    static func newDatabase(_ server: String, branch: String, folder: URL) throws -> (address: String, settings: URL) {
        let name = "taster_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try psql("CREATE DATABASE \(name)", on: server)
        let address = server.replacingOccurrences(of: "dbname=postgres", with: "dbname=\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let settings = folder.appendingPathComponent("taster.yaml")
        try Data("store: \(address)\nbranch: \(branch)\n".utf8).write(to: settings)
        return (address, settings)
    }

    @Test("fifty terminals opening a new database at once all start, and the schema is made once")
    func fiftyAtOnce() throws {
        guard let server = Self.server else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-fifty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (address, settings) = try Self.newDatabase(server, branch: "Halifax Central", folder: folder)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 50) { index in
            let data = folder.appendingPathComponent("terminal-\(index)").path
            let run = Result { try TasterRunner.run(["session", "list"],
                                                    environment: Self.terminal(["TASTER_SETTINGS": settings.path, "TASTER_DATA_DIR": data]), timeout: 120) }
            results.add(run)
        }
        let runs = results.all.compactMap { try? $0.get() }
        #expect(runs.count == 50)
        #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.filter { $0.status != 0 }.map(\.error).prefix(3))")
        #expect(runs.allSatisfy { $0.error.isEmpty }, "nothing on standard error: \(runs.map(\.error).filter { !$0.isEmpty }.prefix(2))")
        #expect(try Self.psql("SELECT name FROM taster_migration ORDER BY name", on: address)
            == "service-1-progress\nservice-2-volunteer-credentials\nservice-3-confidence-pairs\nservice-4-outbox-receipts\nservice-5-learner-language\nservice-6-terminal-writes")
        #expect(try Self.psql("SELECT count(*) FROM pg_tables WHERE tablename = 'step_event'", on: address) == "1")
    }

    @Test("two terminals at one branch: the second session is refused naming the first, nothing stray is printed, and no progress file is made")
    func twoTerminals() throws {
        guard let server = Self.server else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-two-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (address, settings) = try Self.newDatabase(server, branch: "Halifax Central", folder: folder)
        let first = Self.terminal(["TASTER_SETTINGS": settings.path, "TASTER_DATA_DIR": folder.appendingPathComponent("first").path])
        let second = Self.terminal(["TASTER_SETTINGS": settings.path, "TASTER_DATA_DIR": folder.appendingPathComponent("second").path])
        let started = try TasterRunner.run(["session", "start", "Tuesday", "taster"], environment: first)
        #expect(started.status == 0 && started.error.isEmpty, "\(started.error)")
        let again = try TasterRunner.run(["session", "start", "Another"], environment: second)
        #expect(again.status != 0 && again.error.contains("\"Tuesday taster\" is still open"), "\(again.error)")
        #expect(!again.error.contains("NOTICE"), "the server's notices are not shown: \(again.error)")
        let listed = try TasterRunner.run(["session", "list"], environment: second)
        #expect(listed.status == 0 && listed.output.contains("Tuesday taster") && listed.error.isEmpty, "\(listed.error)")
        #expect(try Self.psql("SELECT branch || '|' || name FROM taster_session", on: address) == "Halifax Central|Tuesday taster")
        for data in [first, second].compactMap({ $0["TASTER_DATA_DIR"] }) {
            #expect(!FileManager.default.fileExists(atPath: data + "/progress.sqlite"))
        }
    }

    /// Results gathered from many threads.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<TasterRunner.Run, any Error>] = []
        func add(_ result: Result<TasterRunner.Run, any Error>) { lock.withLock { results.append(result) } }
        var all: [Result<TasterRunner.Run, any Error>] { lock.withLock { results } }
    }
}
