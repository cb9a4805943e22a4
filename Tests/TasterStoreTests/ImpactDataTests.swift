import Foundation
import Testing
import GRDB
@testable import TasterStore
import TasterTestSupport

@Suite("Impact figures (every backend)", .ownThread)
struct ImpactDataTests {
    @Test("sessions, learners, lessons and confidence are counted within the period only", arguments: StoreKind.allCases)
    func period(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let periodStart = clock.now
        let sam = try store.newLearner(nickname: "Sam")
        let jo = try store.newLearner(nickname: "Jo")
        let bea = try store.newLearner(nickname: "Bea")

        // Week one: a session with Sam and Jo.
        let first = try store.startSession(named: "Tuesday taster")
        for code in [sam.code, jo.code] {
            try store.recordLessonEvent(code: code, lessonID: "web-addresses", kind: .started, sessionPin: nil)
        }
        try store.recordLessonEvent(code: sam.code, lessonID: "web-addresses", kind: .hint, sessionPin: nil)
        try store.recordLessonEvent(code: sam.code, lessonID: "web-addresses", kind: .completed, sessionPin: nil)
        try store.recordLessonEvent(code: jo.code, lessonID: "apr-basics", kind: .started, sessionPin: nil)
        _ = try store.recordConfidence(2, moment: .before, sessionPin: nil)
        _ = try store.recordConfidence(4, moment: .after, sessionPin: nil)
        clock.advance(seconds: 3600)
        let firstEnd = clock.now
        _ = try store.endSession()

        // Between sessions: Bea works alone, a step without any session.
        clock.advance(days: 1)
        try store.recordStep(code: bea.code, lessonID: "apr-basics", record: StepRecord(stepIndex: 0, hintsUsed: 1))

        // Week two, outside the period asked about.
        clock.advance(days: 6)
        let periodEnd = clock.now
        _ = try store.startSession(named: "Tuesday taster")
        try store.recordLessonEvent(code: bea.code, lessonID: "web-addresses", kind: .started, sessionPin: nil)
        _ = try store.recordConfidence(5, moment: .before, sessionPin: nil)

        let data = try store.impactData(since: periodStart, until: periodEnd)
        #expect(data.since == periodStart && data.until == periodEnd)
        #expect(data.sessions == [ImpactData.SessionSummary(name: "Tuesday taster", startedAt: first.startedAt, endedAt: firstEnd, learnerCount: 2)])
        #expect(data.learnerCount == 3, "Sam and Jo in the session, Bea on her own")
        #expect(data.lessons == [
            ImpactData.LessonActivity(lessonID: "apr-basics", started: 1, completed: 0, hintsUsed: 0),
            ImpactData.LessonActivity(lessonID: "web-addresses", started: 2, completed: 1, hintsUsed: 1),
        ])
        #expect(data.confidenceBefore == [0, 1, 0, 0, 0])
        #expect(data.confidenceAfter == [0, 0, 0, 1, 0])

        let everything = try store.impactData(since: nil, until: nil)
        #expect(everything.sessions.count == 2)
        #expect(everything.sessions[1].endedAt == nil && everything.sessions[1].learnerCount == 1)
        #expect(everything.confidenceBefore == [0, 1, 0, 0, 1])
        #expect(everything.lessons.first { $0.lessonID == "web-addresses" }?.started == 3)

        let later = try store.impactData(since: periodEnd, until: nil)
        #expect(later.learnerCount == 1 && later.sessions.count == 1 && later.confidenceAfter == [0, 0, 0, 0, 0])
    }

    @Test("figures hold counts only, never a code or nickname", arguments: StoreKind.allCases)
    func anonymous(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        _ = try store.startSession(named: "Tuesday taster")
        let sam = try store.newLearner(nickname: "Sam-Nickname")
        try store.recordLessonEvent(code: sam.code, lessonID: "a", kind: .started, sessionPin: nil)
        let encoded = String(decoding: try JSONEncoder().encode(try store.impactData(since: nil, until: nil)), as: UTF8.self)
        #expect(!encoded.contains(sam.code.rawValue) && !encoded.contains("Sam-Nickname"))
        #expect(encoded.contains("Tuesday taster"))
    }

    @Test("a lesson reopened, left and resumed counts as started once; answers shown are counted apart from hints", arguments: StoreKind.allCases)
    func startsAndSolutions(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let sam = try store.newLearner(nickname: "Sam")
        let jo = try store.newLearner(nickname: "Jo")
        _ = try store.startSession(named: "Tuesday taster")
        for _ in 0..<4 {
            try store.recordLessonEvent(code: sam.code, lessonID: "web-addresses", kind: .started, sessionPin: nil)
            clock.advance(seconds: 60)
        }
        try store.recordLessonEvent(code: jo.code, lessonID: "web-addresses", kind: .started, sessionPin: nil)
        try store.recordLessonEvent(code: jo.code, lessonID: "apr-basics", kind: .started, sessionPin: nil)
        try store.recordLessonEvent(code: sam.code, lessonID: "web-addresses", kind: .hint, sessionPin: nil)
        try store.recordLessonEvent(code: sam.code, lessonID: "web-addresses", kind: .solution, sessionPin: nil)
        let data = try store.impactData(since: nil, until: nil)
        let web = try #require(data.lessons.first { $0.lessonID == "web-addresses" })
        #expect(web.started == 2 && web.hintsUsed == 1 && web.solutionsShown == 1)
        let report = try #require(try store.sessionReports().first)
        #expect(report.lessonsStarted == 3, "Sam and web addresses, Jo and web addresses, Jo and APR basics")
        #expect(report.hintsUsed == 1 && report.solutionsShown == 1)
    }

    /// A session with three learners, where Jo (the second) starts twice, asks for three hints
    /// and completes; returns the learners.
    private func sessionWithThreeLearners(_ store: any ProgressStore) throws -> [Learner] {
        let learners = try ["Sam", "Jo", "Bea"].map { try store.newLearner(nickname: $0) }
        _ = try store.startSession(named: "Tuesday taster")
        for learner in learners {
            try store.recordLessonEvent(code: learner.code, lessonID: "web-addresses", kind: .started, sessionPin: nil)
            try store.recordStep(code: learner.code, lessonID: "web-addresses", record: StepRecord(stepIndex: 0, hintsUsed: 0))
        }
        for _ in 0..<3 { try store.recordLessonEvent(code: learners[1].code, lessonID: "web-addresses", kind: .hint, sessionPin: nil) }
        try store.recordLessonEvent(code: learners[1].code, lessonID: "web-addresses", kind: .started, sessionPin: nil)
        try store.recordLessonEvent(code: learners[1].code, lessonID: "web-addresses", kind: .completed, sessionPin: nil)
        try store.recordLessonEvent(code: learners[0].code, lessonID: "web-addresses", kind: .hint, sessionPin: nil)
        _ = try store.recordConfidence(3, moment: .before, sessionPin: nil)
        _ = try store.endSession()
        return learners
    }

    @Test("forgetting a learner leaves past figures as they were", arguments: StoreKind.allCases)
    func forgettingKeepsPastFigures(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let learners = try sessionWithThreeLearners(store)
        let before = try store.impactData(since: nil, until: nil)
        let sessionBefore = try store.sessionReports()
        #expect(before.learnerCount == 3 && before.lessons.first?.hintsUsed == 4 && before.lessons.first?.started == 3)

        #expect(try store.forget(code: learners[1].code))
        #expect(try store.impactData(since: nil, until: nil) == before)
        #expect(try store.sessionReports() == sessionBefore)
        #expect(try store.learner(code: learners[1].code) == nil)
        let day = Date(timeIntervalSince1970: (clock.now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        let thatDay = try store.impactData(since: day, until: day.addingTimeInterval(86_400))
        #expect(thatDay.learnerCount == 3, "the forgotten learner still counts on the day they came")
    }

    @Test("a forgotten learner's kept rows in the file hold only the day, under one random number")
    func forgottenRowsInTheFile() throws {
        let store = try ProgressDatabase.inMemory(now: ManualClock().closure)
        let learners = try sessionWithThreeLearners(store)
        #expect(try store.forget(code: learners[1].code))
        let kept = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM lessonEvent WHERE learnerId IS NULL")
        }
        #expect(kept.count == 6, "the forgotten learner's two starts, three hints and one completion")
        for row in kept {
            let recordedAt: String = row["recordedAt"]
            #expect(recordedAt.hasSuffix(" 00:00:00.000"), "only the day is kept, not the moment: \(recordedAt)")
        }
        #expect(Set(kept.map { $0["forgottenId"] as Int64 }).count == 1)
    }
}
