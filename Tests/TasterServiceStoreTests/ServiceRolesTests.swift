import Foundation
import Testing
@testable import TasterServiceStore
import TasterStore
import TasterTestSupport

/// `taster store init`'s roles on a real server: what a terminal's login can and cannot do.
@Suite("The library service's roles, on a real server", .ownThread)
struct ServiceRolesTests {
    /// Roles with names of their own, since roles belong to the whole server, not one database.
    private static func freshRoles() -> ServiceRoles {
        let tag = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(10)
        return ServiceRoles(terminal: "t_\(tag)", volunteer: "v_\(tag)")
    }

    /// A login in `role` on `database`, with its password in a passfile of its own, so the
    /// test server's superuser is not the one connecting.
    private static func login(in role: String, on database: PostgresAddress, folder: TemporaryFolder) throws -> PostgresAddress {
        let name = "login_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        let password = UUID().uuidString
        try PostgresConnection(address: database).execute("CREATE ROLE \(name) LOGIN PASSWORD '\(password)' IN ROLE \(role)")
        let passfile = folder.child("pgpass-\(name)")
        try Data("*:*:*:\(name):\(password)\n".utf8).write(to: passfile)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passfile.path)
        let options = database.options.filter { $0.keyword != "user" && $0.keyword != "passfile" }
        return try PostgresAddress((options.map { "\($0.keyword)=\($0.value)" } + ["user=\(name)", "passfile=\(passfile.path)"]).joined(separator: " "))
    }

    @Test("init makes the schema and both roles; run again, it changes nothing and says so")
    func initTwice() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let roles = Self.freshRoles()
        let first = try roles.initialise(at: database)
        #expect(first.appliedMigrations == ServiceSchema.migrations.map(\.name))
        #expect(first.createdRoles == [roles.terminal, roles.volunteer])
        let again = try roles.initialise(at: database)
        #expect(again == ServiceInitialisation(appliedMigrations: [], createdRoles: []))
    }

    @Test("a terminal's login records and resumes a learner, and is refused reports, sessions, exports and forgetting")
    func terminalLogin() throws {
        guard TestServer.isAvailable else { return }
        let folder = try TemporaryFolder(prefix: "taster-roles")
        let database = try TestServer.makeDatabase()
        let roles = Self.freshRoles()
        _ = try roles.initialise(at: database)
        let volunteer = try ServiceProgressStore.open(try Self.login(in: roles.volunteer, on: database, folder: folder), branch: "Halifax Central")
        _ = try volunteer.startSession(named: "Tuesday taster")

        let terminal = try ServiceProgressStore.open(try Self.login(in: roles.terminal, on: database, folder: folder), branch: "Halifax Central")
        let learner = try terminal.newLearner(nickname: nil)
        try terminal.startLesson(code: learner.code, lessonID: "online-forms", contentVersion: "v1")
        try terminal.recordLessonEvent(code: learner.code, lessonID: "online-forms", kind: .started, sessionPin: nil)
        try terminal.recordStep(code: learner.code, lessonID: "online-forms", record: StepRecord(stepIndex: 0, completed: true), resumeAt: 1)
        try terminal.updateLiveStatus(code: learner.code, step: LiveStep(
            lessonID: "online-forms", lessonTitle: "Filling in online forms", stepNumber: 2, stepCount: 8, stepStartedAt: Date()), sessionPin: nil)
        try terminal.raiseHand(code: learner.code)
        #expect(try terminal.progress(code: learner.code).lessonToContinue?.resumeStepIndex == 1, "resumes from the server")
        #expect(try terminal.learner(code: learner.code)?.code == learner.code)

        let refused = StoreError.serverNotAllowed(address: terminal.address.description)
        #expect(throws: refused) { try terminal.impactData(since: nil, until: nil) }
        #expect(throws: refused) { try terminal.forget(code: learner.code) }
        #expect(throws: SessionError.store(refused)) { try terminal.endSession() }
        #expect(throws: refused) { try terminal.purge(inactiveForDays: 1, now: Date().addingTimeInterval(86_400 * 30), dryRun: false) }
        #expect(throws: refused) { try terminal.export(code: learner.code) }

        #expect(try volunteer.liveBoard().learners.map(\.code) == [learner.code], "the volunteer's login sees the room")
        #expect(try volunteer.impactData(since: nil, until: nil).learnerCount == 1)
        #expect(try volunteer.forget(code: learner.code))
    }
}
