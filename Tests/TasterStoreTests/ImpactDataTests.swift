import Foundation
import Testing
@testable import TasterStore

@Suite("Impact figures")
struct ImpactDataTests {
    @Test("sessions, learners, lessons and confidence are counted within the period only")
    func period() throws {
        let clock = TestClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
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

    @Test("figures hold counts only, never a code or nickname")
    func anonymous() throws {
        let store = try ProgressDatabase.inMemory(now: TestClock().closure)
        _ = try store.startSession(named: "Tuesday taster")
        let sam = try store.newLearner(nickname: "Sam-Nickname")
        try store.recordLessonEvent(code: sam.code, lessonID: "a", kind: .started, sessionPin: nil)
        let encoded = String(decoding: try JSONEncoder().encode(try store.impactData(since: nil, until: nil)), as: UTF8.self)
        #expect(!encoded.contains(sam.code.rawValue) && !encoded.contains("Sam-Nickname"))
        #expect(encoded.contains("Tuesday taster"))
    }
}
