import Foundation
import Testing
import TasterReports
import TasterServiceStore
import TasterStore
import TasterTestSupport
import TasterWording
@testable import TasterCommands

/// The commands on a library service's store, in-process, against the test PostgreSQL server:
/// the settings file names the server and the branch, and every command acts on that branch.
@Suite("Commands on a library service's server", .ownThread)
struct ServiceStoreCommandTests {
    /// A terminal (a harness) whose settings file points at `database` for `branch`, with the
    /// branch's volunteer passphrase set in the service database and given as scripts give it.
    private func terminal(at branch: String, on database: PostgresAddress, storeLine: String? = nil, passphraseSet: Bool = true) throws -> CommandHarness {
        let harness = try CommandHarness()
        let settings = harness.folder.child("taster.yaml")
        try harness.writeSettings("store: \(storeLine ?? database.description)\nbranch: \(branch)\n", to: settings)
        harness.variables["TASTER_SETTINGS"] = settings.path
        guard passphraseSet else { return harness }
        let cheapest = PassphraseHash.Argon2idCost(passes: 1, memoryKiB: 8 * 1024)
        try VolunteerPassphraseFile(credentials: ServiceCredentials(address: database, branch: branch))
            .write(try PassphraseHash.make(passphrase: CommandHarness.passphrase, cost: cheapest))
        harness.variables[PassphraseGate.environmentVariable] = CommandHarness.passphrase
        return harness
    }

    /// A new learner on step `step` of "Filling in online forms" with a hand raised, as the shell
    /// records them through `store`, and the handle the live board shows for them.
    private func handRaised(in store: ServiceProgressStore, atStep step: Int, clock: ManualClock) throws -> (learner: Learner, handle: String) {
        let learner = try store.newLearner(nickname: nil)
        try store.updateLiveStatus(code: learner.code, step: LiveStep(
            lessonID: "online-forms", lessonTitle: "Filling in online forms", stepNumber: step, stepCount: 8,
            stepStartedAt: clock.now), sessionPin: nil)
        try store.raiseHand(code: learner.code)
        return (learner, "\(learner.code.words[0])-" + String(format: "%02d", learner.code.number))
    }

    @Test("with no volunteer passphrase for the branch, a volunteer command says so, naming the branch, not this computer")
    func passphraseNotSetForTheBranch() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let todmorden = try terminal(at: "Todmorden", on: database, passphraseSet: false)
        let run = todmorden.run(["session", "watch", "--once"])
        #expect(run.status == 1)
        #expect(run.errors.contains("none has been set for the branch Todmorden yet"), "\(run.errors)")
        #expect(!run.errors.contains("on this computer"))
        #expect(run.output.isEmpty)
        // Set at another branch, it is still not set at this one.
        _ = try terminal(at: "Halifax Central", on: database)
        #expect(todmorden.run(["session", "watch", "--once"]).errors.contains("for the branch Todmorden"))
    }

    @Test("store status on a database an older taster set up says the IT team must run store init, and a learner's work waits")
    func statusOnAnOlderDatabase() throws {
        guard TestServer.isAvailable else { return }
        let folder = try TemporaryFolder(prefix: "taster-status")
        let database = try TestServer.makeDatabase()
        let before = Array(ServiceSchema.migrations.prefix { $0.name != ServiceSchema.terminalWrites })
        let roles = ServiceRoles(terminal: "status_terminal_\(UUID().uuidString.prefix(8).lowercased())", volunteer: "status_volunteer_\(UUID().uuidString.prefix(8).lowercased())")
        _ = try roles.initialise(try PostgresConnection(address: database), migrator: PostgresMigrator(migrations: before))
        let login = try TestServer.login(in: roles.terminal, on: database, folder: folder)
        let halifax = try terminal(at: "Halifax Central", on: database, storeLine: login.description, passphraseSet: false)
        let status = halifax.run(["store", "status"])
        #expect(status.output.contains("The database lacks schema steps this taster knows (1 missing)"), "\(status.output)")
        #expect(status.output.contains("taster store init"))
        #expect(StoreError.serverSchemaBehind(address: "x") != .serverNotAllowed(address: "x"))
        let words = Catalogue.english.words(for: .serverSchemaBehind(address: login.description), duringALesson: false)
        #expect(words.contains("taster store init") && words.contains("waits on each terminal"), "\(words)")
    }

    @Test("report: this branch by default, another with --branch, every branch with --all-branches and a row each, in every format")
    func reportAcrossBranches() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let halifax = try terminal(at: "Halifax Central", on: database)
        for (branch, sessions) in [("Halifax Central", 2), ("Todmorden", 1)] {
            let store = try ServiceProgressStore.open(database, branch: branch, now: halifax.clock.closure)
            for index in 0..<sessions {
                _ = try store.startSession(named: "\(branch) taster \(index)")
                let learner = try store.newLearner(nickname: nil)
                try store.startLesson(code: learner.code, lessonID: "online-forms", contentVersion: "v1")
                try store.recordLessonEvent(code: learner.code, lessonID: "online-forms", kind: .started, sessionPin: nil)
                _ = try store.endSession()
            }
        }
        let own = halifax.run(["report"])
        #expect(own.status == 0, "\(own.errors)")
        #expect(own.output.contains("Sessions held: 2"), "\(own.output)")
        #expect(!own.output.contains("By branch"), "a branch's own report has no branch table")

        let there = halifax.run(["report", "--branch", "Todmorden"])
        #expect(there.status == 0, "\(there.errors)")
        #expect(there.output.contains("Branch: Todmorden") && there.output.contains("Sessions held: 1"), "\(there.output)")

        let all = halifax.run(["report", "--all-branches"])
        #expect(all.status == 0, "\(all.errors)")
        #expect(all.output.contains("All branches") && all.output.contains("Sessions held: 3") && all.output.contains("Learners: 3"), "\(all.output)")
        #expect(all.output.contains("By branch"))
        #expect(all.output.contains("  Halifax Central: 2 sessions, 2 learners, lessons started 2, completed 0, hints 0"), "\(all.output)")
        #expect(all.output.contains("  Todmorden: 1 session, 1 learner, lessons started 1, completed 0, hints 0"), "\(all.output)")

        let csv = halifax.run(["report", "--all-branches", "--format", "csv"])
        #expect(csv.output.contains("branch,Todmorden,Todmorden,sessions,1"), "\(csv.output)")
        let html = halifax.run(["report", "--all-branches", "--format", "html"])
        #expect(html.output.contains("<td>Todmorden</td>"), "the branch table on the page")
        let json = halifax.run(["report", "--all-branches", "--format", "json"])
        let decoded = try JSONDecoder().decode(ImpactReport.self, from: Data(json.output.utf8))
        #expect(decoded.branches?.map(\.name) == ["Halifax Central", "Todmorden"])
    }

    @Test("store init sets up a database once, says what it did, and the second time that nothing needed doing")
    func storeInit() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let harness = try CommandHarness()
        let tag = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(8)
        let roles = ["--terminal-role", "term_\(tag)", "--volunteer-role", "vol_\(tag)"]
        let first = harness.run(["store", "init", database.description] + roles)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("is ready: service-1-progress, "), "\(first.output)")
        #expect(first.output.contains("Role term_\(tag): made now.") && first.output.contains("Role vol_\(tag): made now."))
        let again = harness.run(["store", "init", database.description] + roles)
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.contains("is ready: its schema was already up to date."), "\(again.output)")
        #expect(again.output.contains("Role term_\(tag): already there"))
    }

    @Test("store init refuses a password on the command line, a folder, and a role name that is not one", arguments: [
        (["store", "init", "postgresql://admin:secret@db.example/taster"], "secret"),
        (["store", "init", "/var/lib/taster"], "is not one"),
        (["store", "init", "service=taster", "--terminal-role", "x; DROP TABLE learner"], "must be a role name"),
    ])
    func storeInitRefuses(arguments: [String], expected: String) throws {
        let run = try CommandHarness().run(arguments)
        #expect(run.status != 0)
        if expected == "secret" {
            #expect(!run.errors.contains("secret") && !run.output.contains("secret"), "the password is never shown: \(run.errors)")
            #expect(run.errors.contains("********") || run.errors.lowercased().contains("password"), "\(run.errors)")
        } else {
            #expect(run.errors.contains(expected), "\(run.errors)")
        }
    }

    @Test("report --all-branches on the embedded store says it needs a library service, and --branch with --all-branches is refused")
    func reportBranchesNeedAService() throws {
        let harness = try CommandHarness()
        try harness.unlockForScripts()
        let run = harness.run(["report", "--all-branches"])
        #expect(run.status == 1)
        #expect(run.errors.contains("This store has no branches"), "\(run.errors)")
        let both = harness.run(["report", "--branch", "Todmorden", "--all-branches"])
        #expect(both.status != 0 && both.errors.contains("cannot be used together"), "\(both.errors)")
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
        let (learner, handle) = try handRaised(in: store, atStep: 1, clock: halifax.clock)

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

    @Test("session watch with a terminal's login is refused with the sentence naming the volunteer role, and its learner shows on a volunteer's board")
    func watchNeedsTheVolunteerRole() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let folder = try TemporaryFolder(prefix: "taster-roles")
        let tag = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(8)
        let roles = ServiceRoles(terminal: "term_\(tag)", volunteer: "vol_\(tag)")
        _ = try roles.initialise(at: database)
        let terminalLogin = try TestServer.login(in: roles.terminal, on: database, folder: folder)
        let volunteerLogin = try TestServer.login(in: roles.volunteer, on: database, folder: folder)
        let atTerminal = try terminal(at: "Halifax Central", on: database, storeLine: terminalLogin.description)
        let volunteer = try terminal(at: "Halifax Central", on: database, storeLine: volunteerLogin.description)

        // A learner at the terminal, as the shell records them, with the terminal's own login.
        let store = try ServiceProgressStore.open(terminalLogin, branch: "Halifax Central", now: atTerminal.clock.closure)
        let (learner, handle) = try handRaised(in: store, atStep: 3, clock: atTerminal.clock)

        let refused = atTerminal.run(["session", "watch", "--once"])
        #expect(refused.status != 0, "\(refused.output)")
        #expect(!refused.output.contains(handle), "the terminal's login shows nobody")
        #expect(refused.errors.contains("Volunteers' commands need a login in the taster_volunteer role"), "\(refused.errors)")
        #expect(refused.errors.contains("Nothing was changed."))

        let watched = volunteer.run(["session", "watch", "--once"])
        #expect(watched.status == 0 && watched.output.contains(handle), "\(watched.output)\(watched.errors)")
        #expect(watched.output.contains("3/8") || watched.output.contains("step 3"), "\(watched.output)")
        try store.removeLiveStatus(code: learner.code)
        #expect(!volunteer.run(["session", "watch", "--once"]).output.contains(handle), "gone when they leave")
    }

    @Test("learner forget while the server cannot be reached: their events waiting here are removed and never sent, and the volunteer is told the server still holds their record")
    func forgetWhileTheServerIsAway() throws {
        guard TestServer.isAvailable else { return }
        let server = try PrivateServer()
        defer { server.remove() }
        let database = try server.makeDatabase()
        let harness = try terminal(at: "Halifax Central", on: database)
        let store = try ServiceProgressStore.open(database, branch: "Halifax Central", now: harness.clock.closure)
        let leaving = try store.newLearner(nickname: nil)
        let staying = try store.newLearner(nickname: nil)
        let outbox = try Outbox.open(in: harness.dataLocation.folder)
        for code in [leaving.code, staying.code] {
            try outbox.append(OutboxEvent(code: code, at: harness.clock.now, change: .startLesson(lessonID: "online-forms", contentVersion: "v1")))
        }
        try server.stop()
        let away = harness.run(["learner", "forget", leaving.code.rawValue, "--yes"])
        #expect(away.status != 0, "not forgotten yet")
        let said = away.errors.replacingOccurrences(of: "\n", with: " ")
        #expect(said.contains(Catalogue.english.text(.forgetOutboxRemoved)), "\(away.errors)")
        #expect(said.contains("the server still holds their record"), "\(away.errors)")
        #expect(said.contains("taster learner forget \(leaving.code.rawValue)"), "says to run it again: \(away.errors)")
        #expect(try outbox.waiting().map(\.code) == [staying.code], "only their events go")
        let twice = harness.run(["learner", "forget", leaving.code.rawValue, "--yes"])
        #expect(twice.errors.replacingOccurrences(of: "\n", with: " ").contains(Catalogue.english.text(.forgetOutboxNone)), "\(twice.errors)")

        try server.start()
        #expect(try outbox.send(to: ServiceProgressStore.open(database, branch: "Halifax Central")) == 1)
        let connection = try PostgresConnection(address: database)
        let started = try connection.execute("SELECT l.code FROM lesson_progress p JOIN learner l ON l.id = p.learner_id").rows
        #expect(started == [[staying.code.rawValue]], "the forgotten learner's waiting event was never sent")
        let again = harness.run(["learner", "forget", leaving.code.rawValue, "--yes"])
        #expect(again.status == 0, "\(again.errors)")
        #expect(try connection.execute("SELECT count(*) FROM learner WHERE code = $1", [leaving.code.rawValue]).single == "0")
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
