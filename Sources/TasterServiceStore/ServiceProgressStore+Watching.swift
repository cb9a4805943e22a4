import Foundation
import TasterStore

/// The volunteers' live view and impact figures for this branch: reading only.
extension ServiceProgressStore: VolunteerWatching {
    /// Who is at a terminal at this branch now: the learners counted in its open session, or,
    /// with none open, everyone active here in the last two hours. Sorted by the name shown.
    public func liveBoard() throws(StoreError) -> LiveBoard {
        let time = now()
        return try read("live board") { transaction in
            let session = try openSession(transaction)
            let rows: [PostgresRecord]
            if let session {
                rows = try transaction.rows(Self.liveStatusSelect + " WHERE v.session_id = $1", [session.id])
            } else {
                rows = try transaction.rows(
                    Self.liveStatusSelect + " WHERE v.branch = $1 AND v.last_activity_at >= to_timestamp($2)",
                    [branch, time.addingTimeInterval(-LiveBoard.recentWindow)])
            }
            let learners = rows.compactMap(Self.liveStatus(from:))
                .sorted { ($0.displayName.lowercased(), $0.code.rawValue) < ($1.displayName.lowercased(), $1.code.rawValue) }
            let ended = session == nil
                ? try transaction.row("""
                    SELECT \(Self.sessionColumns) FROM taster_session WHERE branch = $1 AND ended_at IS NOT NULL
                    ORDER BY started_at DESC, id DESC LIMIT 1
                    """, [branch]).flatMap(Self.session(from:))
                : nil
            return LiveBoard(session: session, learners: learners, takenAt: time, endedSession: ended)
        }
    }

    /// The condition that `column` is in the period `$2` (inclusive) to `$3` (exclusive), either
    /// of which may be NULL for no limit. Constant text: the moments are parameters.
    private static func inPeriod(_ column: String) -> String {
        "($2::float8 IS NULL OR \(column) >= to_timestamp($2::float8)) AND ($3::float8 IS NULL OR \(column) < to_timestamp($3::float8))"
    }

    /// The figures for an impact report of this branch: its sessions started in the period,
    /// different learners active here (forgotten ones counted anonymously), per-lesson starts
    /// (each person and lesson once), completions, hints and solutions, and confidence answers
    /// given in the period's sessions. `since` is inclusive, `until` exclusive; nil means no limit.
    public func impactData(since: Date?, until: Date?) throws(StoreError) -> ImpactData {
        let parameters: [(any PostgresValue)?] = [branch, since, until]
        return try read("impact data") { transaction in
            let sessions = try transaction.rows("""
                SELECT s.name, extract(epoch FROM s.started_at) AS started_at, extract(epoch FROM s.ended_at) AS ended_at,
                       (SELECT count(*) FROM session_learner l WHERE l.session_id = s.id) + s.forgotten_learners AS learner_count
                FROM taster_session s WHERE s.branch = $1 AND \(Self.inPeriod("s.started_at")) ORDER BY s.started_at, s.id
                """, parameters).compactMap { row -> ImpactData.SessionSummary? in
                guard let name = row.text("name"), let started = row.date("started_at") else { return nil }
                return ImpactData.SessionSummary(
                    name: name, startedAt: started, endedAt: row.date("ended_at"), learnerCount: row.int("learner_count"))
            }
            // Events name only learners who still exist (forgetting clears the column); the
            // forgotten are counted from the days they were active.
            let learnerCount = try transaction.count("""
                SELECT count(DISTINCT learner_id) FROM (
                    SELECT learner_id, recorded_at AS at FROM lesson_event WHERE branch = $1 AND learner_id IS NOT NULL
                    UNION ALL SELECT learner_id, recorded_at FROM step_event WHERE branch = $1
                    UNION ALL SELECT j.learner_id, j.joined_at FROM session_learner j
                        JOIN taster_session s ON s.id = j.session_id WHERE s.branch = $1
                ) AS active WHERE \(Self.inPeriod("at"))
                """, parameters)
            let forgottenCount = try transaction.count(
                "SELECT count(DISTINCT forgotten_id) FROM forgotten_learner_day WHERE branch = $1 AND \(Self.inPeriod("day"))",
                parameters)
            var lessons: [String: ImpactData.LessonActivity] = [:]
            for row in try transaction.rows("""
                SELECT lesson_id, kind, CASE kind
                    WHEN 'started' THEN count(DISTINCT learner_id) + count(DISTINCT CASE WHEN learner_id IS NULL THEN forgotten_id END)
                    ELSE count(*) END AS count
                FROM lesson_event WHERE branch = $1 AND \(Self.inPeriod("recorded_at")) GROUP BY lesson_id, kind
                """, parameters) {
                guard let lessonID = row.text("lesson_id") else { continue }
                var activity = lessons[lessonID] ?? ImpactData.LessonActivity(lessonID: lessonID, started: 0, completed: 0, hintsUsed: 0, solutionsShown: 0)
                let count = row.int("count")
                switch row.text("kind").flatMap(LessonEventKind.init(rawValue:)) {
                case .started?: activity.started += count
                case .completed?: activity.completed += count
                case .hint?: activity.hintsUsed += count
                case .solution?: activity.solutionsShown += count
                case nil: break
                }
                lessons[lessonID] = activity
            }
            let confidence = try transaction.rows("""
                SELECT c.moment, c.rating, sum(c.count) AS count FROM confidence_count c JOIN taster_session s ON s.id = c.session_id
                WHERE s.branch = $1 AND \(Self.inPeriod("s.started_at")) GROUP BY c.moment, c.rating
                """, parameters)
            let pairs = try transaction.rows("""
                SELECT p.rating_before, p.rating_after, sum(p.count) AS count FROM confidence_pair p JOIN taster_session s ON s.id = p.session_id
                WHERE s.branch = $1 AND \(Self.inPeriod("s.started_at")) GROUP BY p.rating_before, p.rating_after
                """, parameters).map {
                ConfidencePair(before: $0.int("rating_before"), after: $0.int("rating_after"), count: $0.int("count"))
            }
            return ImpactData(
                since: since, until: until, sessions: sessions, learnerCount: learnerCount + forgottenCount,
                lessons: lessons.values.sorted { $0.lessonID < $1.lessonID },
                confidenceBefore: Self.ratingCounts(confidence.filter { $0.text("moment") == ConfidenceMoment.before.rawValue }),
                confidenceAfter: Self.ratingCounts(confidence.filter { $0.text("moment") == ConfidenceMoment.after.rawValue }),
                confidencePairs: ConfidencePair.summed(pairs))
        }
    }
}
