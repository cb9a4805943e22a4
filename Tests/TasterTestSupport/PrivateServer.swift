import Foundation
import TasterServiceStore

/// A PostgreSQL server of a test's own, for tests that stop and start it: the shared test server
/// must keep running for every other test. Made like the shared one (scripts/with-test-postgres):
/// `initdb` in a new temporary folder, listening only on a Unix socket there, with a password
/// kept in a password file (never on a command line), run as `postgres` when the tests run as root.
public final class PrivateServer: @unchecked Sendable {
    /// The superuser's address, with its password file.
    public let address: PostgresAddress
    private let folder: URL
    private let programs: URL
    private let runAs: [String]

    /// Makes and starts the server; throws when the server programs are not there
    /// (`TASTER_TEST_POSTGRES_BIN`, set by scripts/with-test-postgres).
    public init(port: Int = 55_433 + Int.random(in: 0..<400)) throws {
        guard let bin = TestServer.programs else { throw Problem(description: "TASTER_TEST_POSTGRES_BIN is not set") }
        programs = URL(fileURLWithPath: bin)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-private-postgres-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let root = getuid() == 0
        runAs = root ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        chmod(folder.path, 0o711)
        let password = UUID().uuidString.replacingOccurrences(of: "-", with: "")
        let passwordFile = folder.appendingPathComponent("password")
        try Data((password + "\n").utf8).write(to: passwordFile)
        if root { try Self.run(["/bin/chown", "postgres", folder.path, passwordFile.path]) }
        try Self.run(runAs + [programs.appendingPathComponent("initdb").path, "-D", folder.appendingPathComponent("data").path,
                              "-U", "taster_test", "--auth=scram-sha-256", "--pwfile=\(passwordFile.path)",
                              "--encoding=UTF8", "--locale=C.UTF-8"])
        try? FileManager.default.removeItem(at: passwordFile)
        let passfile = FileManager.default.temporaryDirectory.appendingPathComponent("taster-private-pgpass-\(UUID().uuidString.prefix(8))")
        try Data("\(folder.path):\(port):*:taster_test:\(password)\n".utf8).write(to: passfile)
        chmod(passfile.path, 0o600)
        self.port = port
        address = try PostgresAddress("host=\(folder.path) port=\(port) user=taster_test dbname=postgres passfile=\(passfile.path)")
        try start()
    }

    /// The port the server listens on (in its socket's name).
    public let port: Int

    /// Starts the server and waits until it answers.
    public func start() throws {
        try Self.run(runAs + [programs.appendingPathComponent("pg_ctl").path, "-D", folder.appendingPathComponent("data").path,
                              "-l", folder.appendingPathComponent("server.log").path, "-w", "-t", "60",
                              "-o", "-c listen_addresses='' -c unix_socket_directories='\(folder.path)' -p \(port) -c fsync=off",
                              "start"])
    }

    /// Stops the server at once, as a power cut or a crash would, breaking every connection.
    public func stop() throws {
        try Self.run(runAs + [programs.appendingPathComponent("pg_ctl").path, "-D", folder.appendingPathComponent("data").path,
                              "-m", "immediate", "-w", "stop"])
    }

    /// Stops the server and removes its folder.
    public func remove() {
        try? stop()
        try? FileManager.default.removeItem(at: folder)
        if let passfile = address.value(of: "passfile") { try? FileManager.default.removeItem(atPath: passfile) }
    }

    /// A new, empty database on this server and the address of it.
    public func makeDatabase() throws -> PostgresAddress {
        let name = "taster_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try PostgresConnection(address: address).execute("CREATE DATABASE \(name)")
        return try PostgresAddress("host=\(address.value(of: "host") ?? "") port=\(port) user=taster_test dbname=\(name) passfile=\(address.value(of: "passfile") ?? "")")
    }

    /// A program that did not succeed.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs a program and waits for it with `waitpid`: Foundation's `Process` learns of an exit
    /// through SIGCHLD, which the test runner holds blocked, so its wait would never end. What
    /// the program says on standard error goes to a file, not a pipe, since the server that
    /// `pg_ctl start` leaves running would hold a pipe open.
    private static func run(_ arguments: [String]) throws {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("taster-private-postgres-\(UUID().uuidString).err")
        defer { try? FileManager.default.removeItem(at: errorFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The server `pg_ctl start` leaves running must hold no other test's descriptor.
        ChildDescriptors.closeAll(from: 3, in: &actions)
        // The child starts with no signal blocked, whatever the test runner blocks.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else {
            throw Problem(description: "\(arguments[0]) could not be started")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        // A normal exit with status 0: the exit status is in bits 8-15 and the low 7 bits are 0.
        guard status == 0 else {
            throw Problem(description: "\(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
    }
}
