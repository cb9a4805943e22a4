import Foundation
import Testing
import TasterServiceBench
import TasterServiceStore
import TasterStore
import TasterTestSupport

/// The benchmark's generated service history and hand-written SQL, at a tiny scale: the history
/// holds the rows it claims, and each hand-written query gives the store's answer, so the
/// benchmark compares two ways of getting the same result. (The timings are `make bench`'s.)
@Suite("The service benchmark's history and hand-written SQL", .ownThread)
struct ServiceHistoryTests {
    /// A database with a history of `learners` learners at four branches.
    private func generated(learners: Int) throws -> (PostgresAddress, ServiceHistory, [LearnerCode]) {
        let database = try TestServer.makeDatabase()
        try ServiceProgressStore.open(database, branch: ServiceHistory.branchName(1)).close()
        let history = ServiceHistory(learners: learners, branches: 4)
        let codes = try history.add(1...learners, on: try PostgresConnection(address: database))
        return (database, history, codes)
    }

    @Test("the generator writes the rows it claims, each a learner's own")
    func counts() throws {
        guard TestServer.isAvailable else { return }
        let (database, history, codes) = try generated(learners: 300)
        let connection = try PostgresConnection(address: database)
        for (table, expected) in history.expectedCounts(upTo: 300) {
            let counted = Int(try connection.execute("SELECT count(*) FROM \(table)").single ?? "")
            #expect(counted == expected, "\(table)")
        }
        #expect(Set(codes.map(\.rawValue)).count == 300)
        #expect(try connection.execute("SELECT count(DISTINCT branch) FROM step_event").single == "4")
        // Every step event is in its learner's session's week, at their branch.
        let strays = try connection.execute("""
            SELECT count(*) FROM step_event e JOIN session_learner j ON j.learner_id = e.learner_id
            JOIN taster_session s ON s.id = j.session_id AND s.branch = e.branch
            WHERE e.recorded_at NOT BETWEEN s.started_at AND s.ended_at AND j.joined_at = (SELECT min(joined_at) FROM session_learner WHERE learner_id = e.learner_id)
            """).single
        #expect(strays == "0")
    }

    @Test("adding the rest of the history after a tenth gives the same counts as generating it at once")
    func inTwoParts() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        try ServiceProgressStore.open(database, branch: ServiceHistory.branchName(1)).close()
        let history = ServiceHistory(learners: 200, branches: 4)
        let connection = try PostgresConnection(address: database)
        try history.add(1...20, on: connection)
        #expect(try connection.execute("SELECT count(*) FROM step_event").single == "\(20 * ServiceHistory.stepsPerLearner)")
        try history.add(21...200, on: connection)
        #expect(try connection.execute("SELECT count(*) FROM step_event").single == "\(200 * ServiceHistory.stepsPerLearner)")
        #expect(try connection.execute("SELECT count(*) FROM taster_session").single == "\(history.expectedCounts(upTo: 200)["taster_session"] ?? -1)")
    }

    @Test("the hand-written SQL gives the store's answers: resume, live view and every branch's report")
    func sameAnswers() throws {
        guard TestServer.isAvailable else { return }
        let (database, history, codes) = try generated(learners: 120)
        let queries = HandWrittenQueries(connection: try PostgresConnection(address: database))
        let store = try ServiceProgressStore.open(database, branch: ServiceHistory.branchName(1))
        for code in codes.prefix(5) {
            let answer = try #require(try queries.resume(code: code))
            #expect(ServiceAnswers.Resume(try store.progress(code: code)) == answer)
            #expect(answer.lessons.count == ServiceHistory.lessonsPerLearner)
        }
        #expect(try queries.resume(code: LearnerCode.generate()) == nil)

        // A live view with a session open and three at terminals, beside learners left behind in past sessions.
        _ = try store.startSession(named: "Today")
        for index in 0..<3 {
            let learner = try store.newLearner(nickname: "Learner \(index)")
            try store.updateLiveStatus(
                code: learner.code,
                step: LiveStep(lessonID: "lesson-01", lessonTitle: "A lesson", stepNumber: 2, stepCount: 10, stepStartedAt: Date()),
                sessionPin: nil)
        }
        let board = ServiceAnswers.codes(try store.liveBoard())
        #expect(board.count == 3)
        #expect(try queries.liveBoard(branch: ServiceHistory.branchName(1)) == board)

        for number in 1...history.branches {
            let branch = ServiceHistory.branchName(number)
            let branchStore = try ServiceProgressStore.open(database, branch: branch)
            let expected = ServiceAnswers.Report(try branchStore.impactData(since: nil, until: nil))
            #expect(try queries.report(branch: branch) == expected, "\(branch)")
            #expect(expected.learners > 0 && expected.started > 0 && expected.confidencePairs > 0, "\(branch) has a history")
        }
    }
}
