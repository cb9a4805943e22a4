import Foundation
import GRDB
import Testing
@testable import TasterStore
import TasterTestSupport

/// The report's figures, however the store's queries are written, must be the ones a plain
/// reading of every stored row gives. A small store is generated with sessions, learners who
/// come back, steps outside sessions, confidence answers and forgotten learners, and each
/// period's figures are counted again here, row by row, in Swift.
@Suite("Impact figures agree with a row-by-row count", .ownThread)
struct ImpactDataAgreementTests {
    /// The generated store and the moments its history spans.
    struct Generated {
        var store: ProgressDatabase
        var start: Date
        var end: Date
        /// A moment at which a step event was recorded, to put a period's edge exactly on it.
        var eventMoment: Date
    }

    /// Twelve weekly sessions over about three months, with twenty learners in a fixed pattern:
    /// some join several sessions, some work between sessions, three are forgotten; then an open
    /// session that a newcomer has joined without starting anything.
    static func generate() throws -> Generated {
        let clock = ManualClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        let start = clock.now
        let lessons = ["web-addresses", "apr-basics", "email-basics", "forms"]
        var learners: [Learner] = []
        for index in 0..<20 { learners.append(try store.newLearner(nickname: "Learner \(index)")) }
        var eventMoment = start
        var forgotten = Set<Int>()
        for week in 0..<12 {
            _ = try store.startSession(named: "Week \(week)")
            for (index, learner) in learners.enumerated() where !forgotten.contains(index) && ((index + week) % 3 == 0 || index % 7 == week % 7) {
                let lesson = lessons[(index + week) % lessons.count]
                try store.recordLessonEvent(code: learner.code, lessonID: lesson, kind: .started, sessionPin: nil)
                clock.advance(seconds: 60)
                for step in 0..<(1 + index % 3) {
                    try store.recordStep(code: learner.code, lessonID: lesson, record: StepRecord(stepIndex: step, attempts: 1 + step, hintsUsed: step % 2))
                    if week == 5 && step == 0 { eventMoment = clock.now }
                    clock.advance(seconds: 30)
                }
                if index % 2 == 0 { try store.recordLessonEvent(code: learner.code, lessonID: lesson, kind: .hint, sessionPin: nil) }
                if index % 5 == 0 { try store.recordLessonEvent(code: learner.code, lessonID: lesson, kind: .solution, sessionPin: nil) }
                if (index + week) % 2 == 0 { try store.recordLessonEvent(code: learner.code, lessonID: lesson, kind: .completed, sessionPin: nil) }
                // Coming back to the same lesson counts as one start.
                if index % 4 == 1 { try store.recordLessonEvent(code: learner.code, lessonID: lesson, kind: .started, sessionPin: nil) }
                _ = try store.recordConfidence(1 + (index + week) % 5, moment: .before, sessionPin: nil)
                if index % 3 != 2 { _ = try store.recordConfidence(1 + (index * 2 + week) % 5, moment: .after, sessionPin: nil) }
                // Some leave with their start answer still held, so the two are kept as a pair.
                if index % 3 == 2, let session = try store.openSession() {
                    _ = try store.recordConfidence(1 + (index + 3 * week) % 5, moment: .after, sessionID: session.id, startRating: 1 + (index + week) % 5)
                }
            }
            clock.advance(seconds: 3_600)
            _ = try store.endSession()
            // Between sessions a few learners carry on alone: steps only, in no session.
            clock.advance(days: 2)
            for index in stride(from: week % 4, to: learners.count, by: 6) where !forgotten.contains(index) {
                try store.recordStep(code: learners[index].code, lessonID: lessons[index % lessons.count], record: StepRecord(stepIndex: 9))
            }
            clock.advance(days: 5)
            if week == 4 || week == 8 {
                #expect(try store.forget(code: learners[week].code))
                forgotten.insert(week)
            }
        }
        #expect(try store.forget(code: learners[19].code))
        // An open session at the end, with one learner in it.
        _ = try store.startSession(named: "Open")
        try store.recordLessonEvent(code: learners[1].code, lessonID: "forms", kind: .started, sessionPin: nil)
        // A newcomer who has only sat down: in the session, with no lesson or step yet.
        let newcomer = try store.newLearner(nickname: "Newcomer")
        try store.updateLiveStatus(code: newcomer.code, step: nil, sessionPin: nil)
        return Generated(store: store, start: start, end: clock.now.addingTimeInterval(1), eventMoment: eventMoment)
    }

    /// The figures for the period, counted from every stored row in Swift.
    static func counted(_ store: ProgressDatabase, since: Date?, until: Date?) throws -> ImpactData {
        func inPeriod(_ date: Date) -> Bool { (since.map { date >= $0 } ?? true) && (until.map { date < $0 } ?? true) }
        return try store.writer.read { db in
            var sessions: [ImpactData.SessionSummary] = []
            var sessionsCounted = Set<Int64>()
            for row in try Row.fetchAll(db, sql: "SELECT * FROM tasterSession") where inPeriod(row["startedAt"]) {
                let id: Int64 = row["id"]
                sessionsCounted.insert(id)
                let joined = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sessionLearner WHERE sessionId = ?", arguments: [id]) ?? 0
                sessions.append(.init(name: row["name"], startedAt: row["startedAt"], endedAt: row["endedAt"], learnerCount: joined + (row["forgottenLearners"] as Int)))
            }
            sessions.sort { ($0.startedAt, $0.name) < ($1.startedAt, $1.name) }

            var people = Set<String>()
            for (table, column) in [("stepEvent", "recordedAt"), ("lessonEvent", "recordedAt"), ("sessionLearner", "joinedAt")] {
                for row in try Row.fetchAll(db, sql: "SELECT learnerId, \(column) AS at FROM \(table)") where inPeriod(row["at"]) {
                    if let learner: Int64 = row["learnerId"] { people.insert("learner \(learner)") }
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT forgottenId, day FROM forgottenLearnerDay") where inPeriod(row["day"]) {
                people.insert("forgotten \(row["forgottenId"] as Int64)")
            }

            var lessons: [String: ImpactData.LessonActivity] = [:]
            var starters: [String: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM lessonEvent") where inPeriod(row["recordedAt"]) {
                let lessonID: String = row["lessonID"]
                var activity = lessons[lessonID] ?? .init(lessonID: lessonID, started: 0, completed: 0, hintsUsed: 0)
                switch row["kind"] as String {
                case "started":
                    let learner: Int64? = row["learnerId"]
                    let forgotten: Int64? = row["forgottenId"]
                    let person = learner.map { "learner \($0)" } ?? forgotten.map { "forgotten \($0)" }
                    if let person { starters[lessonID, default: []].insert(person) }
                case "completed": activity.completed += 1
                case "hint": activity.hintsUsed += 1
                case "solution": activity.solutionsShown += 1
                default: break
                }
                lessons[lessonID] = activity
            }
            for (lessonID, people) in starters { lessons[lessonID]?.started = people.count }

            var before = [0, 0, 0, 0, 0]
            var after = [0, 0, 0, 0, 0]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM confidenceCount") where sessionsCounted.contains(row["sessionId"]) {
                let rating: Int = row["rating"]
                if row["moment"] as String == "before" { before[rating - 1] += row["count"] as Int } else { after[rating - 1] += row["count"] as Int }
            }
            var pairs: [[Int]: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM confidencePair") where sessionsCounted.contains(row["sessionId"]) {
                pairs[[row["ratingBefore"], row["ratingAfter"]], default: 0] += row["count"] as Int
            }
            return ImpactData(
                since: since, until: until, sessions: sessions, learnerCount: people.count,
                lessons: lessons.values.sorted { $0.lessonID < $1.lessonID }, confidenceBefore: before, confidenceAfter: after,
                confidencePairs: pairs.keys.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { ConfidencePair(before: $0[0], after: $0[1], count: pairs[$0] ?? 0) })
        }
    }

    /// Periods as offsets from the history's start, in days; nil is an open end.
    static let periods: [(since: Double?, until: Double?)] = [
        (nil, nil), (nil, 30), (30, nil), (14, 45), (0, 7), (40, 41), (200, nil), (nil, -1),
    ]

    @Test("all time, open-ended periods, bounded periods and empty ones", arguments: periods.indices)
    func agrees(period: Int) throws {
        let generated = try Self.generate()
        let (sinceDays, untilDays) = Self.periods[period]
        let since = sinceDays.map { generated.start.addingTimeInterval($0 * 86_400) }
        let until = untilDays.map { generated.start.addingTimeInterval($0 * 86_400) }
        let expected = try Self.counted(generated.store, since: since, until: until)
        #expect(try generated.store.impactData(since: since, until: until) == expected)
        if since == nil && until == nil {
            #expect(expected.learnerCount == 21 && expected.sessions.count == 13, "the generated store is the one described")
            #expect(expected.lessons.allSatisfy { $0.started > 0 && $0.hintsUsed > 0 })
            #expect(expected.confidencePairs.count > 3, "pairs of several ratings are counted")
        }
    }

    @Test("a period's edge on an event's moment counts it from its start and not up to its end")
    func edges() throws {
        let generated = try Self.generate()
        let moment = generated.eventMoment
        for (since, until) in [(moment, nil), (nil, moment), (moment, moment.addingTimeInterval(1))] as [(Date?, Date?)] {
            #expect(try generated.store.impactData(since: since, until: until) == Self.counted(generated.store, since: since, until: until))
        }
    }
}
