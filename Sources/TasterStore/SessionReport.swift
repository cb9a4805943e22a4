import Foundation

/// What happened in one taster session: counts only, never a learner code.
public struct SessionReport: Sendable, Equatable, Codable {
    /// The session.
    public var session: TasterSession
    /// How many different learners took part.
    public var learnerCount: Int
    /// Lessons started in the session.
    public var lessonsStarted: Int
    /// Lessons completed in the session.
    public var lessonsCompleted: Int
    /// Hints (and answers shown) in the session.
    public var hintsUsed: Int
    /// Confidence answers as learners started: `confidenceBefore[r - 1]` chose rating r.
    public var confidenceBefore: [Int]
    /// Confidence answers as learners left, counted the same way.
    public var confidenceAfter: [Int]

    /// Creates a report.
    public init(
        session: TasterSession, learnerCount: Int, lessonsStarted: Int, lessonsCompleted: Int, hintsUsed: Int,
        confidenceBefore: [Int], confidenceAfter: [Int]
    ) {
        self.session = session
        self.learnerCount = learnerCount
        self.lessonsStarted = lessonsStarted
        self.lessonsCompleted = lessonsCompleted
        self.hintsUsed = hintsUsed
        self.confidenceBefore = confidenceBefore
        self.confidenceAfter = confidenceAfter
    }
}
