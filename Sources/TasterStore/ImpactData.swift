import Foundation

/// What the library's impact report is made from: counts only, never a learner code or nickname.
public struct ImpactData: Sendable, Equatable, Codable {
    /// One taster session held in the period.
    public struct SessionSummary: Sendable, Equatable, Codable {
        /// The session's name, such as "Tuesday taster".
        public var name: String
        /// When it started.
        public var startedAt: Date
        /// When it ended; nil while still open.
        public var endedAt: Date?
        /// How many different learners took part.
        public var learnerCount: Int

        /// Creates a summary.
        public init(name: String, startedAt: Date, endedAt: Date?, learnerCount: Int) {
            self.name = name
            self.startedAt = startedAt
            self.endedAt = endedAt
            self.learnerCount = learnerCount
        }
    }

    /// What happened with one lesson in the period.
    public struct LessonActivity: Sendable, Equatable, Codable {
        /// The lesson's id.
        public var lessonID: String
        /// How many different learners started it (reopening it, or coming back to it, counts once).
        public var started: Int
        /// How many times it was completed.
        public var completed: Int
        /// Hints shown in it (not counting answers shown).
        public var hintsUsed: Int
        /// Answers shown in it, when a learner asked for the solution.
        public var solutionsShown: Int

        /// Creates an activity count.
        public init(lessonID: String, started: Int, completed: Int, hintsUsed: Int, solutionsShown: Int = 0) {
            self.solutionsShown = solutionsShown
            self.lessonID = lessonID
            self.started = started
            self.completed = completed
            self.hintsUsed = hintsUsed
        }
    }

    /// The first day counted (inclusive), if limited.
    public var since: Date?
    /// The last moment counted (exclusive), if limited.
    public var until: Date?
    /// Sessions held.
    public var sessions: [SessionSummary]
    /// Different learners active in the period.
    public var learnerCount: Int
    /// Lessons, in order of their id.
    public var lessons: [LessonActivity]
    /// Confidence answers when learners started: `confidenceBefore[r - 1]` learners chose rating r (1 to 5).
    public var confidenceBefore: [Int]
    /// Confidence answers when learners left, counted the same way.
    public var confidenceAfter: [Int]
    /// The start and leaving answers of learners who gave both in one session, as anonymous
    /// pair counts summed over the period's sessions (see ``ConfidencePair``), in rating order.
    public var confidencePairs: [ConfidencePair]

    /// Creates the data.
    public init(since: Date?, until: Date?, sessions: [SessionSummary], learnerCount: Int, lessons: [LessonActivity],
                confidenceBefore: [Int], confidenceAfter: [Int], confidencePairs: [ConfidencePair] = []) {
        self.since = since
        self.until = until
        self.sessions = sessions
        self.learnerCount = learnerCount
        self.lessons = lessons
        self.confidenceBefore = confidenceBefore
        self.confidenceAfter = confidenceAfter
        self.confidencePairs = confidencePairs
    }
}
