import Foundation
import TasterServiceStore
import TasterStore

/// The hand-written, indexed SQL the service store's operations are measured against: each gives
/// the same answer as the store's operation (``ServiceAnswers`` holds both sides' answers in one
/// shape, so the benchmark and its test can check they agree before comparing times).
public struct HandWrittenQueries {
    /// The connection the queries run on.
    public let connection: PostgresConnection

    /// Queries on `connection`.
    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// A returning learner: their row by code (the unique index), then their lessons (the
    /// primary key's leading column).
    public func resume(code: LearnerCode) throws -> ServiceAnswers.Resume? {
        guard let id = try connection.execute("SELECT id FROM learner WHERE code = $1", [code.rawValue]).single else { return nil }
        let rows = try connection.execute(
            "SELECT lesson_id, resume_step_index, completed_at IS NOT NULL FROM lesson_progress WHERE learner_id = $1", [id]).rows
        return ServiceAnswers.Resume(code: code.rawValue, lessons: rows.map { row in
            ServiceAnswers.Resume.Lesson(lessonID: row[0] ?? "", resumeStepIndex: Int(row[1] ?? "") ?? 0, completed: row[2] == "t")
        })
    }

    /// The live view of `branch`'s open session, in one statement: the open session through its
    /// partial unique index, its learners through `live_status_on_session_id`.
    public func liveBoard(branch: String) throws -> [String] {
        try connection.execute("""
            SELECT l.code, l.nickname, s.name, v.lesson_id, v.lesson_title, v.step_number, v.step_count, v.step_started_at,
                   v.wrong_attempts, v.hints_on_step, v.hand_raised_at, v.last_activity_at, v.seen_at, v.seen_wrong_attempts
            FROM taster_session s JOIN live_status v ON v.session_id = s.id JOIN learner l ON l.id = v.learner_id
            WHERE s.branch = $1 AND s.ended_at IS NULL
            """, [branch]).rows.compactMap { $0[0] }.sorted()
    }

    /// All-time report figures of `branch`: each figure as one grouped statement on the
    /// branch's indexes.
    public func report(branch: String) throws -> ServiceAnswers.Report {
        let sessions = try connection.execute("""
            SELECT count(*), coalesce(sum(s.forgotten_learners + (SELECT count(*) FROM session_learner j WHERE j.session_id = s.id)), 0)
            FROM taster_session s WHERE s.branch = $1
            """, [branch]).rows[0]
        let learners = try connection.execute("""
            SELECT (SELECT count(*) FROM (
                        SELECT learner_id FROM step_event WHERE branch = $1
                        UNION SELECT learner_id FROM lesson_event WHERE branch = $1 AND learner_id IS NOT NULL
                        UNION SELECT j.learner_id FROM taster_session s JOIN session_learner j ON j.session_id = s.id WHERE s.branch = $1
                    ) AS active)
                 + (SELECT count(DISTINCT forgotten_id) FROM forgotten_learner_day WHERE branch = $1)
            """, [branch]).single
        var kinds: [String: Int] = [:]
        for row in try connection.execute("""
            SELECT kind, CASE kind WHEN 'started' THEN count(DISTINCT (lesson_id, coalesce(learner_id, -forgotten_id))) ELSE count(*) END
            FROM lesson_event WHERE branch = $1 GROUP BY kind
            """, [branch]).rows {
            kinds[row[0] ?? ""] = Int(row[1] ?? "") ?? 0
        }
        let confidence = try connection.execute("""
            SELECT coalesce(sum(c.count) FILTER (WHERE c.moment = 'before'), 0), coalesce(sum(c.count) FILTER (WHERE c.moment = 'after'), 0)
            FROM taster_session s JOIN confidence_count c ON c.session_id = s.id WHERE s.branch = $1
            """, [branch]).rows[0]
        let pairs = try connection.execute("""
            SELECT coalesce(sum(p.count), 0) FROM taster_session s JOIN confidence_pair p ON p.session_id = s.id WHERE s.branch = $1
            """, [branch]).single
        func number(_ text: String?) -> Int { text.flatMap { Int($0) } ?? 0 }
        return ServiceAnswers.Report(
            sessions: number(sessions[0]), sessionLearners: number(sessions[1]), learners: number(learners),
            started: kinds["started"] ?? 0, completed: kinds["completed"] ?? 0, hints: kinds["hint"] ?? 0,
            solutions: kinds["solution"] ?? 0, confidenceBefore: number(confidence[0]), confidenceAfter: number(confidence[1]),
            confidencePairs: number(pairs))
    }
}

/// The answers of the measured operations, reduced to one shape for both the store and the
/// hand-written SQL, so that each timing compares two ways of getting the same answer.
public enum ServiceAnswers {
    /// A returning learner's resume: their code and each lesson's resume point.
    public struct Resume: Equatable, Sendable {
        /// One lesson.
        public struct Lesson: Equatable, Sendable, Comparable {
            public var lessonID: String
            public var resumeStepIndex: Int
            public var completed: Bool
            public static func < (left: Lesson, right: Lesson) -> Bool { left.lessonID < right.lessonID }
        }
        public var code: String
        /// Sorted by lesson.
        public var lessons: [Lesson]

        init(code: String, lessons: [Lesson]) {
            self.code = code
            self.lessons = lessons.sorted()
        }

        /// The store's answer.
        public init(_ progress: LearnerProgress) {
            self.init(code: progress.learner.code.rawValue, lessons: progress.lessons.map {
                Lesson(lessonID: $0.lessonID, resumeStepIndex: $0.resumeStepIndex, completed: $0.isCompleted)
            })
        }
    }

    /// The learner codes on a live board, sorted: the store's answer.
    public static func codes(_ board: LiveBoard) -> [String] { board.learners.map(\.code.rawValue).sorted() }

    /// An impact report's figures, totalled.
    public struct Report: Equatable, Sendable {
        public var sessions, sessionLearners, learners, started, completed, hints, solutions: Int
        public var confidenceBefore, confidenceAfter, confidencePairs: Int

        public init(sessions: Int, sessionLearners: Int, learners: Int, started: Int, completed: Int, hints: Int,
                    solutions: Int, confidenceBefore: Int, confidenceAfter: Int, confidencePairs: Int) {
            self.sessions = sessions
            self.sessionLearners = sessionLearners
            self.learners = learners
            self.started = started
            self.completed = completed
            self.hints = hints
            self.solutions = solutions
            self.confidenceBefore = confidenceBefore
            self.confidenceAfter = confidenceAfter
            self.confidencePairs = confidencePairs
        }

        /// The store's answer.
        public init(_ data: ImpactData) {
            self.init(
                sessions: data.sessions.count, sessionLearners: data.sessions.reduce(0) { $0 + $1.learnerCount },
                learners: data.learnerCount, started: data.lessons.reduce(0) { $0 + $1.started },
                completed: data.lessons.reduce(0) { $0 + $1.completed }, hints: data.lessons.reduce(0) { $0 + $1.hintsUsed },
                solutions: data.lessons.reduce(0) { $0 + $1.solutionsShown },
                confidenceBefore: data.confidenceBefore.reduce(0, +), confidenceAfter: data.confidenceAfter.reduce(0, +),
                confidencePairs: data.confidencePairs.reduce(0) { $0 + $1.count })
        }

        /// Two reports added together (a service's branches).
        public static func + (left: Report, right: Report) -> Report {
            Report(
                sessions: left.sessions + right.sessions, sessionLearners: left.sessionLearners + right.sessionLearners,
                learners: left.learners + right.learners, started: left.started + right.started,
                completed: left.completed + right.completed, hints: left.hints + right.hints,
                solutions: left.solutions + right.solutions, confidenceBefore: left.confidenceBefore + right.confidenceBefore,
                confidenceAfter: left.confidenceAfter + right.confidenceAfter, confidencePairs: left.confidencePairs + right.confidencePairs)
        }

        /// No figures.
        public static let zero = Report(
            sessions: 0, sessionLearners: 0, learners: 0, started: 0, completed: 0, hints: 0, solutions: 0,
            confidenceBefore: 0, confidenceAfter: 0, confidencePairs: 0)
    }
}
