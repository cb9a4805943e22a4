import Foundation
import Testing
import TasterReports
import TasterServiceStore
import TasterStore
import TasterTestSupport
@testable import TasterCommands

/// The commands on a library service's store, in-process, against the test PostgreSQL server:
/// the settings file names the server and the branch, and every command acts on that branch.
@Suite("Commands on a library service's server")
struct ServiceStoreCommandTests {
    /// A terminal (a harness) whose settings file points at `database` for `branch`, with the
    /// branch's volunteer passphrase set in the service database and given as scripts give it.
    private func terminal(at branch: String, on database: PostgresAddress, storeLine: String? = nil) throws -> CommandHarness {
        let harness = try CommandHarness()
        let settings = harness.folder.child("taster.yaml")
        try harness.writeSettings("store: \(storeLine ?? database.description)\nbranch: \(branch)\n", to: settings)
        harness.variables["TASTER_SETTINGS"] = settings.path
        let cheapest = PassphraseHash.Argon2idCost(passes: 1, memoryKiB: 8 * 1024)
        try VolunteerPassphraseFile(credentials: ServiceCredentials(address: database, branch: branch))
            .write(try PassphraseHash.make(passphrase: CommandHarness.passphrase, cost: cheapest))
        harness.variables[PassphraseGate.environmentVariable] = CommandHarness.passphrase
        return harness
    }

    @Test("two branches on one server: sessions, the live view and lists are each branch's own, and nothing is written to the data folder")
    func twoBranches() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let halifax = try terminal(at: "Halifax Central", on: database)
        let todmorden = try terminal(at: "Todmorden", on: database)

        let settings = halifax.run(["settings"])
        #expect(settings.status == 0, "\(settings.errors)")
        #expect(settings.output.contains("the library service's server \(database.description)"))
        #expect(settings.output.contains("Halifax Central"))

        let started = halifax.run(["session", "start", "Tuesday", "taster"])
        #expect(started.status == 0, "\(started.errors)")
        #expect(started.output.contains("Session \"Tuesday taster\" is open."))
        #expect(todmorden.run(["session", "start", "Drop-in"]).status == 0, "another branch opens its own at the same time")
        let again = halifax.run(["session", "start", "Another"])
        #expect(again.status == 1 && again.errors.contains("Tuesday taster"))

        // A learner at a Halifax terminal, as the shell records them.
        let store = try ServiceProgressStore.open(database, branch: "Halifax Central", now: halifax.clock.closure)
        let learner = try store.newLearner(nickname: nil)
        try store.updateLiveStatus(code: learner.code, step: LiveStep(
            lessonID: "online-forms", lessonTitle: "Filling in online forms", stepNumber: 1, stepCount: 8,
            stepStartedAt: halifax.clock.now), sessionPin: nil)
        try store.raiseHand(code: learner.code)
        let handle = "\(learner.code.words[0])-" + String(format: "%02d", learner.code.number)

        let watched = halifax.run(["session", "watch", "--once"])
        #expect(watched.status == 0 && watched.output.contains(handle), "\(watched.output)\(watched.errors)")
        #expect(!todmorden.run(["session", "watch", "--once"]).output.contains(handle), "Todmorden's board is Todmorden's")
        #expect(todmorden.run(["session", "clear", handle]).status == 1, "nobody with that handle on Todmorden's board")
        let cleared = halifax.run(["session", "clear", handle])
        #expect(cleared.status == 0 && cleared.output.contains("\(handle) no longer shows as asking for help"))

        #expect(halifax.run(["session", "list"]).output.contains("Tuesday taster"))
        let theirs = todmorden.run(["session", "list"])
        #expect(theirs.output.contains("Drop-in") && !theirs.output.contains("Tuesday taster"))

        let ended = halifax.run(["session", "end"])
        #expect(ended.status == 0 && ended.output.contains("learners:          1"), "\(ended.output)")
        #expect(try store.openSession() == nil)
        #expect(todmorden.run(["session", "end"]).output.contains("Session \"Drop-in\" has ended."))

        let shown = todmorden.run(["learner", "show", learner.code.rawValue])
        #expect(shown.status == 0, "a learner's records are the service's, at every branch: \(shown.errors)")
        let rows = try PostgresConnection(address: database).execute("SELECT branch, name FROM taster_session ORDER BY id").rows
        #expect(rows == [["Halifax Central", "Tuesday taster"], ["Todmorden", "Drop-in"]])
        for harness in [halifax, todmorden] {
            #expect(!FileManager.default.fileExists(atPath: harness.dataLocation.databaseFile.path), "no progress file is made")
        }
    }

    @Test("the server can be named by --store, TASTER_STORE or the settings file, as a URI or key-value pairs", arguments: ["--store", "TASTER_STORE", "file"])
    func whereTheAddressComesFrom(source: String) throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let uri = "postgresql:///\(database.value(of: "dbname") ?? "")?host=\(TestServer.host)&port=\(TestServer.port)&user=\(TestServer.user)"
        let harness = try terminal(at: "Halifax Central", on: database, storeLine: source == "file" ? uri : "/not/used")
        var arguments = ["session", "start", "Tuesday"]
        switch source {
        case "--store": arguments += ["--store", uri]
        case "TASTER_STORE": harness.variables["TASTER_STORE"] = uri
        default: break
        }
        let run = harness.run(arguments)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try ServiceProgressStore.open(database, branch: "Halifax Central").openSession()?.name == "Tuesday")
    }

    @Test("a server that cannot be reached is said with its address, never a password, and nothing else is opened")
    func unreachable() throws {
        guard TestServer.isAvailable else { return }
        let harness = try CommandHarness()
        let settings = harness.folder.child("taster.yaml")
        try harness.writeSettings("store: host=\(TestServer.host) port=1 user=nobody dbname=none connect_timeout=2\nbranch: Halifax Central\n", to: settings)
        harness.variables["TASTER_SETTINGS"] = settings.path
        harness.variables[PassphraseGate.environmentVariable] = CommandHarness.passphrase
        let run = harness.run(["session", "list"])
        #expect(run.status == 1)
        #expect(run.errors.contains("port=1"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: harness.dataLocation.databaseFile.path))
    }
}
