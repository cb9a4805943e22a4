import Foundation
import Testing
@testable import TasterServiceStore
import TasterStore
import TasterTestSupport

/// What the library service's store adds to the contract every backend keeps (those suites run
/// over it in the store tests): branches, the database's own guard on open sessions, and its
/// refusals.
@Suite("The library service's store, on a real server", .ownThread)
struct ServiceBranchTests {
    static let halifax = "Halifax Central"
    static let todmorden = "Todmorden"

    /// Two terminals' stores on one new database, at two branches.
    private func twoBranches(_ clock: ManualClock) throws -> (database: PostgresAddress, halifax: ServiceProgressStore, todmorden: ServiceProgressStore) {
        let database = try TestServer.makeDatabase()
        return (database,
                try ServiceProgressStore.open(database, branch: Self.halifax, now: clock.closure),
                try ServiceProgressStore.open(database, branch: Self.todmorden, now: clock.closure))
    }

    @Test("a learner who starts at one branch carries on at another, and each step records where it was done")
    func learnerFollowsBranches() throws {
        guard TestServer.isAvailable else { return }
        let clock = ManualClock()
        let (database, halifax, todmorden) = try twoBranches(clock)
        let learner = try halifax.newLearner(nickname: "Sam")
        try halifax.startLesson(code: learner.code, lessonID: "web-addresses", contentVersion: "v1")
        try halifax.recordStep(code: learner.code, lessonID: "web-addresses", record: StepRecord(stepIndex: 0, completed: true), resumeAt: 1)
        clock.advance(days: 7)
        let there = try #require(try todmorden.progress(code: learner.code).lessonToContinue)
        #expect(there.lessonID == "web-addresses" && there.resumeStepIndex == 1, "the resume point follows the learner")
        try todmorden.recordStep(code: learner.code, lessonID: "web-addresses", record: StepRecord(stepIndex: 1, completed: true), resumeAt: 2)
        #expect(try halifax.progress(code: learner.code).lesson("web-addresses")?.resumeStepIndex == 2)
        let rows = try PostgresConnection(address: database)
            .execute("SELECT step_index, branch FROM step_event ORDER BY id").rows
        #expect(rows == [["0", Self.halifax], ["1", Self.todmorden]])
    }

    @Test("a report across branches counts a learner who went to two branches once, and each branch's row counts them there")
    func serviceImpact() throws {
        guard TestServer.isAvailable else { return }
        let clock = ManualClock()
        let (_, halifax, todmorden) = try twoBranches(clock)
        _ = try halifax.startSession(named: "Tuesday taster")
        let traveller = try halifax.newLearner(nickname: nil)
        let local = try halifax.newLearner(nickname: nil)
        for learner in [traveller, local] {
            try halifax.startLesson(code: learner.code, lessonID: "web-addresses", contentVersion: "v1")
            try halifax.recordLessonEvent(code: learner.code, lessonID: "web-addresses", kind: .started, sessionPin: nil)
            try halifax.recordStep(code: learner.code, lessonID: "web-addresses", record: StepRecord(stepIndex: 0, hintsUsed: 1, completed: true), resumeAt: 1)
        }
        clock.advance(days: 7)
        _ = try todmorden.startSession(named: "Digital drop-in")
        try todmorden.startLesson(code: traveller.code, lessonID: "web-addresses", contentVersion: "v1")
        try todmorden.recordLessonEvent(code: traveller.code, lessonID: "web-addresses", kind: .started, sessionPin: nil)
        try todmorden.completeLesson(code: traveller.code, lessonID: "web-addresses", contentVersion: "v1")
        try todmorden.recordLessonEvent(code: traveller.code, lessonID: "web-addresses", kind: .completed, sessionPin: nil)

        let all = try halifax.serviceImpact(since: nil, until: nil, branch: nil)
        #expect(all.total.learnerCount == 2, "the traveller once, the local learner once")
        #expect(all.total.sessions.count == 2)
        #expect(all.branches.map(\.name) == [Self.halifax, Self.todmorden])
        #expect(all.branches.map(\.impact.learnerCount) == [2, 1])
        #expect(all.branches.map { $0.impact.lessons.reduce(0) { $0 + $1.completed } } == [0, 1])
        #expect(all.total.lessons.reduce(0) { $0 + $1.completed } == 1)

        let there = try halifax.serviceImpact(since: nil, until: nil, branch: Self.todmorden)
        #expect(there.total == (try todmorden.impactData(since: nil, until: nil)), "another branch's report is that branch's own")
        #expect(there.branches.map(\.name) == [Self.todmorden])
        #expect(try halifax.impactData(since: nil, until: nil).learnerCount == 2, "this branch's own report is unchanged")

        let firstWeek = try halifax.serviceImpact(since: nil, until: clock.now.addingTimeInterval(-86_400), branch: nil)
        #expect(firstWeek.branches.map(\.name) == [Self.halifax], "a branch with nothing in the period has no row")
    }

    @Test("the embedded store has no branches, and says so")
    func embeddedHasNoBranches() throws {
        for store in [try ProgressDatabase.inMemory(), MemoryProgressStore()] as [any ProgressStore] {
            #expect(throws: StoreError.branchesNeedAService) { try store.serviceImpact(since: nil, until: nil, branch: nil) }
        }
    }

    @Test("each branch has its own open session, and the database refuses a second one in a branch")
    func oneOpenSessionPerBranch() throws {
        guard TestServer.isAvailable else { return }
        let clock = ManualClock()
        let (database, halifax, todmorden) = try twoBranches(clock)
        let morning = try halifax.startSession(named: "Tuesday taster")
        let there = try todmorden.startSession(named: "Digital drop-in")
        #expect(try halifax.openSession() == morning)
        #expect(try todmorden.openSession() == there)
        #expect(throws: SessionError.alreadyOpen(name: "Tuesday taster", startedAt: morning.startedAt)) {
            try halifax.startSession(named: "Another")
        }
        // Even a statement that skips taster's own check is refused by the database.
        let admin = try PostgresConnection(address: database)
        #expect {
            try admin.execute("INSERT INTO taster_session (branch, name, started_at) VALUES ($1, 'By hand', now())", [Self.halifax])
        } throws: { error in
            guard case .statementFailed(let sqlState, _) = error as? PostgresError else { return false }
            return sqlState == PostgresError.uniqueViolation
        }
        _ = try halifax.endSession()
        #expect(try todmorden.openSession() == there, "ending one branch's session leaves the other's open")
    }

    @Test("volunteers at one branch starting sessions at the same moment: exactly one succeeds")
    func sessionsStartedAtOnce() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let stores = try (0..<8).map { _ in try ServiceProgressStore.open(database, branch: Self.halifax) }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: stores.count) { index in
            do {
                _ = try stores[index].startSession(named: "Taster \(index)")
                outcomes.add("started")
            } catch SessionError.alreadyOpen {
                outcomes.add("already open")
            } catch {
                outcomes.add("\(error)")
            }
        }
        #expect(outcomes.all.sorted() == ["already open"] + Array(repeating: "already open", count: 6) + ["started"])
    }

    @Test("the live board, hands and reports are this branch's; a learner at another branch is not on them")
    func boardIsThisBranch() throws {
        guard TestServer.isAvailable else { return }
        let clock = ManualClock()
        let (_, halifax, todmorden) = try twoBranches(clock)
        _ = try halifax.startSession(named: "Tuesday taster")
        let sam = try halifax.newLearner(nickname: "Sam")
        try halifax.recordLessonEvent(code: sam.code, lessonID: "web-addresses", kind: .started, sessionPin: nil)
        try halifax.updateLiveStatus(code: sam.code, step: nil, sessionPin: nil)
        try halifax.raiseHand(code: sam.code)
        let jo = try todmorden.newLearner(nickname: "Jo")
        try todmorden.updateLiveStatus(code: jo.code, step: nil, sessionPin: nil)

        #expect(try halifax.liveBoard().learners.map(\.nickname) == ["Sam"])
        #expect(try todmorden.liveBoard().learners.map(\.nickname) == ["Jo"])
        #expect(try todmorden.clearHand(code: sam.code) == false, "a volunteer in Todmorden cannot lower a hand in Halifax")
        #expect(try todmorden.acknowledgeHelp(code: sam.code) == false)
        #expect(try halifax.clearHand(code: sam.code))
        #expect(try todmorden.sessionReports().isEmpty)
        #expect(try halifax.sessionReports().first?.learnerCount == 1)
        let halifaxFigures = try halifax.impactData(since: nil, until: nil)
        let todmordenFigures = try todmorden.impactData(since: nil, until: nil)
        #expect(halifaxFigures.sessions.count == 1 && halifaxFigures.learnerCount == 1)
        #expect(halifaxFigures.lessons.map(\.lessonID) == ["web-addresses"])
        #expect(todmordenFigures.sessions.isEmpty && todmordenFigures.learnerCount == 0 && todmordenFigures.lessons.isEmpty)
    }

    @Test("each branch keeps its own volunteer passphrase record in the service database")
    func credentialsPerBranch() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let halifax = ServiceCredentials(address: database, branch: Self.halifax)
        let todmorden = ServiceCredentials(address: database, branch: Self.todmorden)
        try halifax.writePassphraseRecord(Data("halifax".utf8))
        #expect(!todmorden.hasPassphraseRecord)
        try todmorden.writePassphraseRecord(Data("todmorden".utf8))
        #expect(try halifax.readPassphraseRecord() == Data("halifax".utf8))
        try halifax.removePassphraseRecord()
        #expect(try todmorden.readPassphraseRecord() == Data("todmorden".utf8))
        #expect(halifax.recordPlace.contains(Self.halifax) && halifax.recordPlace.contains(database.value(of: "dbname") ?? "?"))
        let rows = try PostgresConnection(address: database).execute("SELECT branch FROM volunteer_credential").rows
        #expect(rows == [[Self.todmorden]])
    }

    @Test("the schema is the service's named migrations, applied once however often terminals open it")
    func namedMigrations() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        for _ in 0..<3 { try ServiceProgressStore.open(database, branch: Self.halifax).close() }
        let names = try PostgresConnection(address: database).execute("SELECT name FROM taster_migration ORDER BY name").rows
        #expect(names == ServiceSchema.migrations.map(\.name).map { [$0] }, "each applied once, named in the order they run")
    }

    @Test("a database set up by a newer taster is refused with please update, and left as it was")
    func newerDatabase() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let store = try ServiceProgressStore.open(database, branch: Self.halifax)
        let learner = try store.newLearner(nickname: nil)
        let admin = try PostgresConnection(address: database)
        try admin.execute("INSERT INTO taster_migration (name) VALUES ('service-99-from-a-newer-taster')")
        #expect(throws: StoreError.serverNewerSchema(address: database.description)) {
            try ServiceProgressStore.open(database, branch: Self.halifax)
        }
        #expect(StoreError.serverNewerSchema(address: database.description).message.contains("update taster"))
        #expect(try admin.execute("SELECT count(*) FROM learner WHERE code = $1", [learner.code.rawValue]).single == "1")
        #expect(try admin.execute("SELECT count(*) FROM taster_migration").single == "\(ServiceSchema.migrations.count + 1)")
    }

    @Test("a server nobody answers at is said plainly, naming the address and no password, and a learner carries on unsaved")
    func refusedConnection() throws {
        guard TestServer.isAvailable else { return }
        let nobody = try PostgresAddress("host=\(TestServer.host) port=1 user=nobody dbname=none")
        #expect {
            try ServiceProgressStore.open(nobody, branch: Self.halifax, connectTimeout: 2)
        } throws: { error in
            guard case .serverUnreachable(let shown, _) = error as? StoreError else { return false }
            return shown.contains("port=1")
        }
        let service = ServiceStoreAddress(text: nobody.description, shown: nobody.description, branch: Self.halifax, backend: ServiceBackend(connectTimeout: 2))
        let fallback = StoreOpener.openForLearner(.service(service))
        guard case .serverUnreachable? = fallback.unsavedReason else {
            Issue.record("the learner's store is not the unsaved fallback: \(String(describing: fallback.unsavedReason))")
            return
        }
        #expect(fallback.unsavedReason?.allowsUnsavedFallback == true)
        #expect(fallback.unsavedReason?.message.contains(StoreError.carryOn) == true)
    }

    @Test("a wrong password is said as a refused log-in, never repeating the password")
    func wrongPassword() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let role = "terminal_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresConnection(address: database).execute("CREATE ROLE \(role) LOGIN PASSWORD 'the-right-one'")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let passfile = folder.child("pgpass")
        try Data("\(TestServer.host):\(TestServer.port):*:\(role):a-wrong-one\n".utf8).write(to: passfile)
        chmod(passfile.path, 0o600)
        let address = try PostgresAddress(
            "host=\(TestServer.host) port=\(TestServer.port) user=\(role) dbname=\(database.value(of: "dbname") ?? "") passfile=\(passfile.path)")
        #expect {
            try ServiceProgressStore.open(address, branch: Self.halifax)
        } throws: { error in
            guard case .serverRefusedLogIn(let shown) = error as? StoreError else { return false }
            return shown.contains(role) && !shown.contains("a-wrong-one")
                && !StoreError.serverRefusedLogIn(address: shown).volunteerMessage.contains("a-wrong-one")
        }
    }

    /// Outcomes gathered from many threads.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [String] = []
        func add(_ outcome: String) { lock.withLock { outcomes.append(outcome) } }
        var all: [String] { lock.withLock { outcomes } }
    }
}
