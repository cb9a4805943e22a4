import Foundation
import TasterServiceStore
import TasterStore

/// Three years of a library service, generated on a server in SQL (`generate_series`), for
/// measuring the service store at the size a service reaches.
///
/// Learner `i` (1-based) comes to the weekly session of their home branch in the week that
/// `i / learners` of the three years has passed, so adding learners in index order adds history
/// in time order: generating learners 1 to a tenth first gives the service after its first
/// months, and adding the rest gives it after three years. Each learner works through six
/// lessons of ten steps (60 step events), finishing four, with a hint on about one step in nine
/// and the answer shown in the last lesson; one in three comes to a second session; one in ten
/// leaves a row in the live view behind (a terminal switched off mid-lesson); one in 97 has been
/// forgotten and is counted only by the day they were active. Every session has confidence
/// answers. Row ids are the learner and session numbers, so a test can predict every count.
public struct ServiceHistory: Sendable {
    /// Learners in the whole history.
    public let learners: Int
    /// Branches of the service.
    public let branches: Int
    /// The moment the history ends.
    public let end: Date

    /// Step events per learner.
    public static let stepsPerLearner = 60
    /// Lessons each learner opens.
    public static let lessonsPerLearner = 6
    /// Lessons each learner finishes.
    public static let lessonsFinished = 4
    /// Different lessons in the service.
    public static let lessonCount = 30
    /// Days of history.
    public static let days = 3 * 365
    /// The first row id of learners and sessions the store itself creates.
    public static let storeNumbersFrom = 100_000_000
    /// Seconds in a week: branches hold one session a week.
    static let week = 7 * 86_400

    /// A history of `learners` learners at `branches` branches, ending at `end`.
    public init(learners: Int, branches: Int = 40, end: Date = Date(timeIntervalSince1970: 1_796_083_200)) {
        self.learners = max(1, learners)
        self.branches = max(1, branches)
        self.end = end
    }

    /// The name of branch `number` (1-based), as the generated rows carry it.
    public static func branchName(_ number: Int) -> String { String(format: "Branch %02d", number) }

    /// The sessions each branch holds over the history up to learner `last`.
    public func weeks(upTo last: Int) -> Int { week(of: last) + 1 }

    /// The week (0-based) in which learner `i` comes.
    func week(of i: Int) -> Int {
        Int((Double(i - 1) * Double(Self.days * 86_400) / Double(learners)) / Double(Self.week))
    }

    /// Adds learners `range` (1-based, in order, following any added before) and their history,
    /// with fresh codes, then brings the planner's statistics and visibility map up to date as
    /// three years of autovacuum would have. Returns the codes given, in learner order.
    @discardableResult
    public func add(_ range: ClosedRange<Int>, on connection: PostgresConnection) throws -> [LearnerCode] {
        var seen = Set<String>()
        var codes: [LearnerCode] = []
        while codes.count < range.count {
            let code = LearnerCode.generate()
            if seen.insert(code.rawValue).inserted { codes.append(code) }
        }
        let start = end.timeIntervalSince1970 - Double(Self.days * 86_400)
        let span = Double(Self.days * 86_400)
        let first = String(range.lowerBound), last = String(range.upperBound)
        let weeksBefore = range.lowerBound == 1 ? 0 : weeks(upTo: range.lowerBound - 1)
        let weeksAfter = weeks(upTo: range.upperBound)
        let parameters: [String: String] = [
            "start": String(start), "span": String(span), "learners": String(learners), "week": String(Self.week),
            "branches": String(branches),
        ]
        func run(_ sql: String, _ values: [String?] = []) throws {
            var text = sql
            for (name, value) in parameters { text = text.replacingOccurrences(of: ":\(name)", with: value) }
            _ = try connection.execute(text, values)
        }
        try connection.transaction {
            // The plan of each learner in the range: home branch, week, and the moment they began.
            try run("""
                CREATE TEMPORARY TABLE bench_plan ON COMMIT DROP AS
                SELECT i, b, k, to_timestamp(:start + k * :week + 36000 + (i % 60) * 60) AS a
                FROM generate_series($1::bigint, $2::bigint) AS i,
                     LATERAL (SELECT (i * 7) % :branches + 1 AS b,
                                     floor(((i - 1) * :span / :learners) / :week)::int AS k) AS p
                """, [first, last])
            try run("""
                INSERT INTO taster_session (id, branch, name, started_at, ended_at) OVERRIDING SYSTEM VALUE
                SELECT b * 1000 + k, 'Branch ' || lpad(b::text, 2, '0'), 'Week ' || (k + 1),
                       to_timestamp(:start + k * :week + 36000), to_timestamp(:start + k * :week + 43200)
                FROM generate_series(1, :branches) AS b, generate_series($1::int, $2::int - 1) AS k
                """, [String(weeksBefore), String(weeksAfter)])
            try run("""
                INSERT INTO confidence_count (session_id, moment, rating, count)
                SELECT id, moment, rating, count FROM taster_session,
                    (VALUES ('before', 2, 1), ('before', 3, 2), ('after', 4, 2), ('after', 5, 1)) AS c (moment, rating, count)
                WHERE id % 1000 >= $1::int AND id % 1000 < $2::int
                """, [String(weeksBefore), String(weeksAfter)])
            try run("""
                INSERT INTO confidence_pair (session_id, rating_before, rating_after, count)
                SELECT id, rating_before, rating_after, count FROM taster_session,
                    (VALUES (3, 4, 2), (2, 5, 1)) AS c (rating_before, rating_after, count)
                WHERE id % 1000 >= $1::int AND id % 1000 < $2::int
                """, [String(weeksBefore), String(weeksAfter)])
            try run("""
                INSERT INTO learner (id, code, created_at, last_active_at) OVERRIDING SYSTEM VALUE
                SELECT $2::bigint + o - 1, c, p.a, p.a + interval '40 minutes'
                FROM unnest($1::text[]) WITH ORDINALITY AS u (c, o) JOIN bench_plan p ON p.i = $2::bigint + o - 1
                """, ["{" + codes.map(\.rawValue).joined(separator: ",") + "}", first])
            try run("""
                INSERT INTO session_learner (session_id, learner_id, joined_at)
                SELECT b * 1000 + k, i, a FROM bench_plan
                UNION ALL
                SELECT b * 1000 + k + 1, i, a + interval '7 days' FROM bench_plan WHERE i % 3 = 0 AND k + 1 < $1::int
                """, [String(weeksAfter)])
            // Lesson j of learner i: six different lessons of the thirty.
            try run("""
                INSERT INTO step_event (learner_id, branch, lesson_id, step_index, attempts, hints_used, skipped,
                                        seconds_spent, completed, recorded_at)
                SELECT i, 'Branch ' || lpad(b::text, 2, '0'), 'lesson-' || lpad(((i + (s / 10) * 5) % 30 + 1)::text, 2, '0'),
                       s % 10, 1 + (s % 4 = 0)::int, (s % 9 = 0)::int, false, 40, true, a + s * interval '40 seconds'
                FROM bench_plan, generate_series(0, 59) AS s
                ORDER BY i, s
                """)
            try run("""
                INSERT INTO lesson_progress (learner_id, lesson_id, content_version, started_at, completed_at,
                                             completed_content_version, resume_step_index, last_active_at)
                SELECT i, 'lesson-' || lpad(((i + j * 5) % 30 + 1)::text, 2, '0'), 'v1', a + j * interval '400 seconds',
                       CASE WHEN j < 4 THEN a + (j + 1) * interval '400 seconds' END, CASE WHEN j < 4 THEN 'v1' END,
                       CASE WHEN j < 4 THEN 0 ELSE 9 END, a + (j + 1) * interval '400 seconds'
                FROM bench_plan, generate_series(0, 5) AS j
                """)
            try run("""
                INSERT INTO lesson_event (learner_id, branch, session_id, lesson_id, kind, recorded_at)
                SELECT i, 'Branch ' || lpad(b::text, 2, '0'), b * 1000 + k, 'lesson-' || lpad(((i + j * 5) % 30 + 1)::text, 2, '0'),
                       kind, a + j * interval '400 seconds' + offset_seconds * interval '1 second'
                FROM bench_plan, generate_series(0, 5) AS j,
                     LATERAL (VALUES ('started', 0, true), ('completed', 399, j < 4), ('hint', 40, j % 2 = 0),
                                     ('hint', 320, j = 1), ('solution', 360, j = 5)) AS e (kind, offset_seconds, happened)
                WHERE happened
                ORDER BY i, j
                """)
            try run("""
                INSERT INTO live_status (learner_id, branch, session_id, lesson_id, lesson_title, step_number, step_count,
                                         step_started_at, last_activity_at)
                SELECT i, 'Branch ' || lpad(b::text, 2, '0'), b * 1000 + k, 'lesson-' || lpad(((i + 25) % 30 + 1)::text, 2, '0'),
                       'A lesson', 7, 10, a + interval '39 minutes', a + interval '40 minutes'
                FROM bench_plan WHERE i % 10 = 0
                """)
            try run("""
                INSERT INTO forgotten_learner_day (forgotten_id, branch, day)
                SELECT 1000000000 + i, 'Branch ' || lpad(b::text, 2, '0'), date_trunc('day', a) FROM bench_plan WHERE i % 97 = 0
                """)
            // Rows the store makes itself (the benchmark's live learners and open session) are
            // numbered far above the generated ones, so generating more history after them meets none.
            try run("SELECT setval(pg_get_serial_sequence('learner', 'id'), greatest((SELECT max(id) FROM learner), \(Self.storeNumbersFrom)))")
            try run("SELECT setval(pg_get_serial_sequence('taster_session', 'id'), greatest((SELECT max(id) FROM taster_session), \(Self.storeNumbersFrom)))")
        }
        try connection.executeScript("VACUUM ANALYZE")
        return codes
    }

    /// How many rows of each table learners `1...last` give, as ``add(_:on:)`` writes them.
    public func expectedCounts(upTo last: Int) -> [String: Int] {
        let weeks = weeks(upTo: last)
        let thirds = (1...last).filter { $0 % 3 == 0 && week(of: $0) + 1 < weeks }.count
        return [
            "learner": last,
            "step_event": last * Self.stepsPerLearner,
            "lesson_progress": last * Self.lessonsPerLearner,
            // Started 6, completed 4, hints 3 + 1, a solution.
            "lesson_event": last * 15,
            "taster_session": branches * weeks,
            "session_learner": last + thirds,
            "live_status": last / 10,
            "forgotten_learner_day": last / 97,
            "confidence_count": branches * weeks * 4,
            "confidence_pair": branches * weeks * 2,
        ]
    }
}
