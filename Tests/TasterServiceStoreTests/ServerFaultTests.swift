import Foundation
import Testing
@testable import TasterServiceStore
import TasterStore
import TasterTestSupport

/// What happens when the server goes away: each test on a server of its own, stopped and
/// started again, since the shared test server must keep running for the others.
@Suite("The library service's store when the server stops", .ownThread)
struct ServerFaultTests {
    @Test("the server stopped mid-session and started again: writes in between fail plainly, nothing that returned is lost, and the same store carries on")
    func stoppedAndStartedAgain() throws {
        guard TestServer.isAvailable else { return }
        let server = try PrivateServer()
        defer { server.remove() }
        let database = try server.makeDatabase()
        let clock = ManualClock()
        let store = try ServiceProgressStore.open(database, branch: "Halifax Central", connectTimeout: 2, now: clock.closure)
        _ = try store.startSession(named: "Tuesday taster")
        let learner = try store.newLearner(nickname: nil)
        try store.startLesson(code: learner.code, lessonID: "web-addresses", contentVersion: "v1")
        for index in 0..<3 {
            try store.recordStep(code: learner.code, lessonID: "web-addresses", record: StepRecord(stepIndex: index, completed: true), resumeAt: index + 1)
        }

        try server.stop()
        #expect {
            try store.recordStep(code: learner.code, lessonID: "web-addresses", record: StepRecord(stepIndex: 3, completed: true), resumeAt: 4)
        } throws: { error in
            guard case .serverUnreachable(let shown, _) = error as? StoreError else { return false }
            return shown.contains("port=\(server.port)") && !shown.contains("password")
        }
        #expect(throws: StoreError.self, "still down") { try store.progress(code: learner.code) }

        try server.start()
        // The same store, as the terminal holds it: it connects again by itself.
        let lesson = try #require(try store.progress(code: learner.code).lesson("web-addresses"))
        #expect(lesson.resumeStepIndex == 3, "every step that returned is there, and the one that failed is not")
        #expect(try store.summary(code: learner.code)?.stepsRecorded == 3)
        try store.recordStep(code: learner.code, lessonID: "web-addresses", record: StepRecord(stepIndex: 3, completed: true), resumeAt: 4)
        #expect(try store.openSession()?.name == "Tuesday taster", "the session stayed open")
        // Another terminal resumes the learner where they stopped.
        let another = try ServiceProgressStore.open(database, branch: "Todmorden", now: clock.closure)
        #expect(try another.progress(code: learner.code).lessonToContinue?.resumeStepIndex == 4)
    }

    @Test("a terminal starting while the server is down gets the unsaved fallback, saying the server cannot be reached")
    func startingWhileDown() throws {
        guard TestServer.isAvailable else { return }
        let server = try PrivateServer()
        defer { server.remove() }
        let database = try server.makeDatabase()
        try server.stop()
        let service = ServiceStoreAddress(text: database.description, shown: database.description, branch: "Halifax Central",
                                          backend: ServiceBackend(connectTimeout: 2))
        let store = StoreOpener.openForLearner(.service(service))
        guard case .serverUnreachable(let shown, _)? = store.unsavedReason else {
            Issue.record("not the unsaved fallback: \(String(describing: store.unsavedReason))")
            return
        }
        #expect(shown == database.description)
        let learner = try store.newLearner(nickname: nil)
        try store.recordStep(code: learner.code, lessonID: "web-addresses", record: StepRecord(stepIndex: 0, completed: true), resumeAt: 1)
        #expect(try store.progress(code: learner.code).lesson("web-addresses")?.resumeStepIndex == 1, "the lesson carries on in memory")
    }
}
