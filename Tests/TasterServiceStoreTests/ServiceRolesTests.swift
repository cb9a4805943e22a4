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

    /// A login in `role` on `database` (see ``TestServer/login(in:on:folder:)``).
    private static func login(in role: String, on database: PostgresAddress, folder: TemporaryFolder) throws -> PostgresAddress {
        try TestServer.login(in: role, on: database, folder: folder)
    }

    /// Whether `sql`, run by the login at `address`, is refused for want of a right.
    private static func isRefused(_ sql: String, at address: PostgresAddress) throws -> Bool {
        do {
            try PostgresConnection(address: address).execute(sql)
            return false
        } catch PostgresError.statementFailed(PostgresError.insufficientPrivilege, _) {
            return true
        }
    }

    /// The rights the terminal role had on the live view, the session's learners and the
    /// confidence counts before those writes went through the owner's functions.
    private static let formerTerminalRights = [
        "GRANT SELECT, INSERT, UPDATE, DELETE ON live_status TO %@",
        "GRANT SELECT, INSERT, UPDATE ON session_learner, confidence_count, confidence_pair TO %@",
    ]

    /// A database set up by `store init` with roles of its own, and a volunteer's login at
    /// Halifax Central with a session open; the folder holds the logins' password files.
    private static func branchWithOpenSession() throws
        -> (folder: TemporaryFolder, database: PostgresAddress, roles: ServiceRoles, volunteer: ServiceProgressStore) {
        let folder = try TemporaryFolder(prefix: "taster-roles")
        let database = try TestServer.makeDatabase()
        let roles = freshRoles()
        _ = try roles.initialise(at: database)
        let volunteer = try ServiceProgressStore.open(try login(in: roles.volunteer, on: database, folder: folder), branch: "Halifax Central")
        _ = try volunteer.startSession(named: "Tuesday taster")
        return (folder, database, roles, volunteer)
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
        let (folder, database, roles, volunteer) = try Self.branchWithOpenSession()

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

    @Test("a terminal's login cannot read the live view, who joined a session or the confidence counts, yet its learner shows on a volunteer's board")
    func terminalCannotReadTheBoard() throws {
        guard TestServer.isAvailable else { return }
        let (folder, database, roles, volunteer) = try Self.branchWithOpenSession()
        let terminalLogin = try Self.login(in: roles.terminal, on: database, folder: folder)
        let terminal = try ServiceProgressStore.open(terminalLogin, branch: "Halifax Central")
        let learner = try terminal.newLearner(nickname: nil)

        for table in ["live_status", "session_learner", "confidence_count", "confidence_pair"] {
            #expect(try Self.isRefused("SELECT * FROM \(table)", at: terminalLogin), "the terminal reads \(table)")
        }
        #expect(try Self.isRefused("DELETE FROM live_status", at: terminalLogin), "only through the owner's functions")

        let step = LiveStep(lessonID: "online-forms", lessonTitle: "Filling in online forms", stepNumber: 2, stepCount: 8, stepStartedAt: Date())
        try terminal.updateLiveStatus(code: learner.code, step: step, sessionPin: nil)
        try terminal.raiseHand(code: learner.code)
        var board = try volunteer.liveBoard().learners
        #expect(board.map(\.code) == [learner.code])
        #expect(board.first?.step?.stepNumber == 2 && board.first?.step?.stepCount == 8)
        #expect(board.first?.handRaisedAt != nil, "the hand is up")
        #expect(board.first?.sessionName == "Tuesday taster", "counted in the open session")

        // A volunteer's "seen" lasts while the learner stays on the step; a raised hand stays up.
        try terminal.raiseHand(code: learner.code)
        #expect(try volunteer.acknowledgeHelp(code: learner.code))
        try terminal.updateLiveStatus(code: learner.code, step: step, sessionPin: nil)
        board = try volunteer.liveBoard().learners
        #expect(board.first?.seen != nil && board.first?.handRaisedAt == nil, "seen on the same step")
        try terminal.updateLiveStatus(code: learner.code, step: LiveStep(
            lessonID: "online-forms", lessonTitle: "Filling in online forms", stepNumber: 3, stepCount: 8, stepStartedAt: Date()), sessionPin: nil)
        board = try volunteer.liveBoard().learners
        #expect(board.first?.seen == nil && board.first?.step?.stepNumber == 3, "a new step is not seen")

        // The confidence questions are asked once, and the anonymous counts add up.
        #expect(try terminal.claimConfidenceQuestion(code: learner.code, moment: .before, sessionPin: nil))
        #expect(try !terminal.claimConfidenceQuestion(code: learner.code, moment: .before, sessionPin: nil), "asked once")
        #expect(try terminal.recordConfidence(2, moment: .before, sessionPin: nil))
        let session = try #require(try terminal.currentSession(pinnedTo: nil))
        #expect(try terminal.claimLeavingConfidenceQuestion(code: learner.code, sessionID: session.id))
        #expect(try !terminal.claimLeavingConfidenceQuestion(code: learner.code, sessionID: session.id), "asked once")
        #expect(try terminal.recordConfidence(4, moment: .after, sessionID: session.id, startRating: 2))

        try terminal.removeLiveStatus(code: learner.code)
        #expect(try volunteer.liveBoard().learners.isEmpty, "gone from the board when they leave")
        let report = try volunteer.endSession()
        #expect(report.learnerCount == 1)
        #expect(report.confidenceBefore == [0, 1, 0, 0, 0] && report.confidenceAfter == [0, 0, 0, 1, 0])
        let pairs = try PostgresConnection(address: database).execute("SELECT rating_before, rating_after, count FROM confidence_pair").rows
        #expect(pairs == [["2", "4", "1"]])
    }

    @Test("the functions that write with the owner's rights pin search_path to the schema, pg_temp last, and only the two roles may run them")
    func functionsAreSafe() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let roles = Self.freshRoles()
        _ = try roles.initialise(at: database)
        let admin = try PostgresConnection(address: database)
        let outsider = "o_" + roles.terminal.dropFirst(2)
        try admin.execute("CREATE ROLE \(outsider) NOLOGIN")
        for function in ServiceSchema.terminalFunctions {
            let row = try admin.execute("""
                SELECT p.prosecdef, array_to_string(p.proconfig, ';'),
                       has_function_privilege($2, p.oid, 'EXECUTE'), has_function_privilege($3, p.oid, 'EXECUTE'),
                       has_function_privilege($4, p.oid, 'EXECUTE')
                FROM pg_proc p WHERE p.oid = to_regprocedure($1)
                """, [function, roles.terminal, roles.volunteer, outsider]).rows.first
            #expect(row == ["t", "search_path=public, pg_temp", "t", "t", "f"], "\(function)")
        }
    }

    @Test("store init again on a database set up before the live view's functions gives the terminal role their rights and takes the old ones away")
    func initAgainTightensAnOlderDatabase() throws {
        guard TestServer.isAvailable else { return }
        let folder = try TemporaryFolder(prefix: "taster-roles")
        let database = try TestServer.makeDatabase()
        let roles = Self.freshRoles()
        let admin = try PostgresConnection(address: database)
        // As the version before left it: five migrations, and the terminal's old rights.
        let before = Array(ServiceSchema.migrations.prefix { $0.name != ServiceSchema.terminalWrites })
        #expect(before.map(\.name).last == ServiceSchema.learnerLanguage)
        _ = try roles.initialise(admin, migrator: PostgresMigrator(migrations: before))
        for grant in Self.formerTerminalRights { try admin.execute(grant.replacingOccurrences(of: "%@", with: roles.terminal)) }
        let terminalLogin = try Self.login(in: roles.terminal, on: database, folder: folder)
        #expect(try !Self.isRefused("SELECT * FROM live_status", at: terminalLogin), "the old rights read the board")

        let again = try roles.initialise(at: database)
        #expect(again.appliedMigrations == [ServiceSchema.terminalWrites])
        for table in ["live_status", "session_learner", "confidence_count", "confidence_pair"] {
            #expect(try Self.isRefused("SELECT * FROM \(table)", at: terminalLogin), "the terminal still reads \(table)")
        }
        let rights = try admin.execute("""
            SELECT has_table_privilege($1, 'live_status', 'INSERT'), has_table_privilege($1, 'live_status', 'UPDATE'),
                   has_table_privilege($1, 'live_status', 'DELETE'), has_table_privilege($1, 'session_learner', 'UPDATE'),
                   has_table_privilege($1, 'confidence_count', 'INSERT'), has_table_privilege($1, 'session_learner', 'INSERT')
            """, [roles.terminal]).rows.first
        #expect(rights == ["f", "f", "f", "f", "f", "t"])

        let terminal = try ServiceProgressStore.open(terminalLogin, branch: "Todmorden")
        let volunteer = try ServiceProgressStore.open(try Self.login(in: roles.volunteer, on: database, folder: folder), branch: "Todmorden")
        let learner = try terminal.newLearner(nickname: nil)
        try terminal.raiseHand(code: learner.code)
        #expect(try volunteer.liveBoard().learners.map(\.code) == [learner.code], "the terminal's new rights write the board")
    }

    @Test("a terminal's login on a database an older taster set up is told it needs the IT team's update, and keeps learners' work in the outbox meanwhile")
    func terminalOnAnOlderDatabaseWaitsForTheUpdate() throws {
        guard TestServer.isAvailable else { return }
        let folder = try TemporaryFolder(prefix: "taster-roles")
        let database = try TestServer.makeDatabase()
        let roles = Self.freshRoles()
        let before = Array(ServiceSchema.migrations.prefix { $0.name != ServiceSchema.terminalWrites })
        _ = try roles.initialise(try PostgresConnection(address: database), migrator: PostgresMigrator(migrations: before))
        for grant in Self.formerTerminalRights { try PostgresConnection(address: database).execute(grant.replacingOccurrences(of: "%@", with: roles.terminal)) }
        let terminalLogin = try Self.login(in: roles.terminal, on: database, folder: folder)

        var refusal: StoreError?
        do {
            _ = try ServiceProgressStore.open(terminalLogin, branch: "Todmorden")
        } catch {
            refusal = error
        }
        #expect(refusal == .serverSchemaBehind(address: terminalLogin.description))
        #expect(refusal.map(OutboxRoute.keepsInOutbox) == true, "what learners do waits in the outbox")
        let applied = try ServiceSchema.applied(on: try PostgresConnection(address: database))
        #expect(!applied.contains(ServiceSchema.terminalWrites), "the terminal changed nothing")

        // The IT team's update, and the same login works.
        _ = try roles.initialise(at: database)
        let terminal = try ServiceProgressStore.open(terminalLogin, branch: "Todmorden")
        _ = try terminal.newLearner(nickname: nil)
    }
}
