import Foundation
@testable import TasterEngine
@testable import TasterShell
import TasterServiceStore
import TasterStore
import TasterTestSupport
import TasterWording
import Testing

/// The library service's server stopped mid-lesson and started again, against a real server of
/// the test's own: the learner carries on, is told once, what they do waits in the outbox, and
/// it all reaches the server once, with nothing lost and nothing twice.
@Suite("A learner's progress when the library service's server goes away mid-lesson", .ownThread)
struct OutboxFaultTests {
    static let branch = "Halifax Central"

    static func outcome(_ index: Int, typed: [String] = ["my answer"]) -> StepOutcome {
        StepOutcome(index: index, id: "step-\(index)", attempts: 1, hintsUsed: 0, skipped: false, seconds: 12, typedAnswers: typed, nextIndex: index + 1)
    }

    static func count(_ sql: String, on database: PostgresAddress) throws -> Int {
        Int(try PostgresConnection(address: database).execute(sql).single ?? "") ?? -1
    }

    @Test("stopped after two steps and started again after five: nothing lost, told once, the outbox drains, no duplicate on the server, and another terminal resumes")
    func stoppedMidLessonAndStartedAgain() throws {
        guard TestServer.isAvailable else { return }
        let server = try PrivateServer()
        defer { server.remove() }
        let database = try server.makeDatabase()
        let open = { () throws(StoreError) -> any ProgressStore in
            try ServiceProgressStore.open(database, branch: Self.branch, connectTimeout: 2)
        }
        let store = try open()
        let folder = try TemporaryFolder(prefix: "outbox-fault")
        let outbox = try Outbox.open(in: folder.child("data"))
        let route = OutboxRoute(outbox: outbox, connect: open)
        let learner = try store.newLearner(nickname: nil)
        let told = Told()
        let saver = ProgressSaver(store: store, code: learner.code, catalogue: .english, outbox: route) { told.add($0) }

        saver.startLesson("web-addresses", version: "v1")
        saver.record(Self.outcome(0), lessonID: "web-addresses", isSecret: false)
        saver.record(Self.outcome(1), lessonID: "web-addresses", isSecret: false)
        #expect(try outbox.backlog().count == 0, "while the server answers, nothing waits")

        try server.stop()
        for index in 2..<7 { saver.record(Self.outcome(index), lessonID: "web-addresses", isSecret: false) }
        #expect(told.count(of: Catalogue.english.text(.saverOutboxKept)) == 1, "told once, not at every step: \(told.all)")
        #expect(saver.isSaving, "what the learner does is still being kept")
        let waiting = try outbox.waiting()
        #expect(waiting.count == 5)
        #expect(waiting.allSatisfy {
            if case .recordStep(_, let record, _) = $0.change { return record.typedAnswers.isEmpty }
            return false
        }, "no typed answers in the outbox: this site does not keep them")

        try server.start()
        saver.record(Self.outcome(7), lessonID: "web-addresses", isSecret: false)
        saver.record(Self.outcome(8), lessonID: "web-addresses", isSecret: false)
        saver.leave()
        #expect(try outbox.backlog().count == 0, "the outbox drained once the server answered")
        #expect(told.count(of: Catalogue.english.text(.saverSavedAgain)) == 1)
        #expect(told.count(of: Catalogue.english.text(.saverOutboxKept)) == 1)

        #expect(try Self.count("SELECT count(*) FROM step_event", on: database) == 9, "every step, once")
        #expect(try Self.count("SELECT count(DISTINCT step_index) FROM step_event", on: database) == 9)
        #expect(try Self.count("SELECT count(*) FROM step_event WHERE typed_answers IS NOT NULL", on: database) == 0)
        // Another terminal, with a data folder of its own, resumes the learner where they stopped.
        let another = try ServiceProgressStore.open(database, branch: "Todmorden")
        #expect(try another.progress(code: learner.code).lessonToContinue?.resumeStepIndex == 9)
    }
}

/// What the saver told the learner, in order.
final class Told: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()
    func add(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
    func count(of line: String) -> Int { all.filter { $0 == line }.count }
}
