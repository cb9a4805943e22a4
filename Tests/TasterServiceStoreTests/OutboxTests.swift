import Foundation
import Testing
@testable import TasterServiceStore
import TasterStore
import TasterTestSupport

/// The outbox on its own: what it keeps, in which order, and that each event reaches the server
/// exactly once, whatever moment the sending stops at.
@Suite("The outbox of a terminal whose server cannot be reached", .ownThread)
struct OutboxTests {
    static let code = LearnerCode("maple-river-otter-42")!

    /// Events for one learner: arriving, a lesson opened, `steps` steps, each with its resume point.
    static func events(steps: Int, code: LearnerCode = code, start: Date = Date(timeIntervalSince1970: 1_750_000_000)) -> [OutboxEvent] {
        var events = [
            OutboxEvent(code: code, at: start, change: .learnerArrived),
            OutboxEvent(code: code, at: start, change: .startLesson(lessonID: "web-addresses", contentVersion: "v1")),
        ]
        for index in 0..<steps {
            events.append(OutboxEvent(
                code: code, at: start.addingTimeInterval(Double(index + 1) * 30),
                change: .recordStep(lessonID: "web-addresses", record: StepRecord(stepIndex: index, completed: true), resumeAt: index + 1)))
        }
        return events
    }

    @Test("the file is made with mode 0600 in a data folder made 0700, and keeps events in order across openings")
    func fileModeAndOrder() throws {
        let folder = try TemporaryFolder(prefix: "outbox")
        let data = folder.child("data")
        let outbox = try Outbox.open(in: data)
        let events = Self.events(steps: 5)
        for event in events { try outbox.append(event) }
        var status = stat()
        #expect(stat(outbox.file.path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(stat(data.path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o700)
        let reopened = try Outbox.open(in: data)
        #expect(try reopened.waiting() == events)
        let backlog = try reopened.backlog()
        #expect(backlog.count == 7)
        #expect(backlog.oldest == events[0].at)
    }

    @Test("forgetting a learner at this terminal removes their waiting events and nobody else's")
    func forgetRemovesTheLearnersEvents() throws {
        let folder = try TemporaryFolder(prefix: "outbox")
        let outbox = try Outbox.open(in: folder.child("data"))
        let other = LearnerCode.generate()
        for event in Self.events(steps: 2) + Self.events(steps: 1, code: other) { try outbox.append(event) }
        #expect(try outbox.forget(code: Self.code) == 4)
        #expect(try outbox.waiting().map(\.code) == [other, other, other])
        let bytes = try Data(contentsOf: outbox.file)
        #expect(bytes.range(of: Data(Self.code.rawValue.utf8)) == nil, "nothing of the forgotten learner is left in the file")
    }

    @Test("a secret step's record and a step without kept answers carry no typed text into the outbox")
    func holdsNoMoreThanTheServer() throws {
        let folder = try TemporaryFolder(prefix: "outbox")
        let outbox = try Outbox.open(in: folder.child("data"))
        let secret = StepRecord.forSecretStep(stepIndex: 0, stepID: "practice", attempts: 1, hintsUsed: 0, skipped: false, secondsSpent: 4, completed: true)
        try outbox.append(OutboxEvent(code: Self.code, at: Date(), change: .recordStep(lessonID: "passwords", record: secret, resumeAt: 1)))
        #expect(try outbox.waiting().first?.change == .recordStep(lessonID: "passwords", record: secret, resumeAt: 1))
        #expect(secret.typedAnswers.isEmpty)
    }

    /// The server's store, opened on a fresh database.
    static func serverStore() throws -> (ServiceProgressStore, PostgresAddress) {
        let database = try TestServer.makeDatabase()
        return (try ServiceProgressStore.open(database, branch: "Halifax Central"), database)
    }

    /// Step events on the server, counted.
    static func stepEvents(_ database: PostgresAddress) throws -> Int {
        Int(try PostgresConnection(address: database).execute("SELECT count(*) FROM step_event").single ?? "") ?? -1
    }

    @Test("sending drains the outbox in order, in batches, onto the server: the learner is created with the terminal's code and resumes where they stopped")
    func sendDrainsInOrder() throws {
        guard TestServer.isAvailable else { return }
        let (store, database) = try Self.serverStore()
        let folder = try TemporaryFolder(prefix: "outbox")
        let outbox = try Outbox.open(in: folder.child("data"))
        for event in Self.events(steps: 7) { try outbox.append(event) }
        #expect(try outbox.send(to: store, batchSize: 3) == 9)
        #expect(try outbox.backlog().count == 0)
        #expect(try Self.stepEvents(database) == 7)
        let progress = try store.progress(code: Self.code)
        #expect(progress.lesson("web-addresses")?.resumeStepIndex == 7)
        let rows = try PostgresConnection(address: database).execute("SELECT step_index FROM step_event ORDER BY id").rows
        #expect(rows.map { $0.first ?? nil } == (0..<7).map { "\($0)" }, "in the order they happened")
    }

    /// Receives into the real store, then fails as if taster stopped before crossing the batch off.
    struct StopsAfterCommit: OutboxReceiving {
        let store: ServiceProgressStore
        func receive(_ events: [OutboxEvent]) throws(StoreError) {
            try store.receive(events)
            throw .serverUnreachable(address: "test", detail: "stopped after the commit")
        }
    }

    @Test("a send stopped after the server committed and before the outbox crossed the batch off is absorbed when sent again: no duplicate on the server")
    func exactlyOnceWhenInterruptedAfterCommit() throws {
        guard TestServer.isAvailable else { return }
        let (store, database) = try Self.serverStore()
        let folder = try TemporaryFolder(prefix: "outbox")
        let outbox = try Outbox.open(in: folder.child("data"))
        for event in Self.events(steps: 4) { try outbox.append(event) }
        #expect(throws: StoreError.self) { try outbox.send(to: StopsAfterCommit(store: store)) }
        #expect(try outbox.backlog().count == 6, "nothing crossed off: the terminal never heard the commit")
        #expect(try Self.stepEvents(database) == 4)
        #expect(try outbox.send(to: store) == 6)
        #expect(try Self.stepEvents(database) == 4, "the repeated batch changed nothing")
        #expect(try outbox.backlog().count == 0)
        // Sent a third time by hand, the same events still change nothing.
        try store.receive(Self.events(steps: 0) + (try outbox.waiting()))
        #expect(try store.summary(code: Self.code)?.stepsRecorded == 4)
    }

    @Test("a batch the server refuses part-way leaves nothing of it on the server and everything in the outbox")
    func aBatchIsAllOrNothing() throws {
        guard TestServer.isAvailable else { return }
        let (store, database) = try Self.serverStore()
        let folder = try TemporaryFolder(prefix: "outbox")
        let outbox = try Outbox.open(in: folder.child("data"))
        var events = Self.events(steps: 3)
        // The server refuses the third step of the batch (a check added for this test only).
        try PostgresConnection(address: database).execute("ALTER TABLE step_event ADD CONSTRAINT no_third CHECK (step_index < 2)")
        events.append(OutboxEvent(code: Self.code, at: Date(), change: .setResumePoint(lessonID: "web-addresses", stepIndex: 0)))
        for event in events { try outbox.append(event) }
        #expect(throws: StoreError.self) { try outbox.send(to: store) }
        #expect(try Self.stepEvents(database) == 0)
        #expect(try PostgresConnection(address: database).execute("SELECT count(*) FROM outbox_receipt").single == "0")
        #expect(try outbox.backlog().count == events.count)
    }
}
