import Foundation

/// What happened in one taster session: counts only, never a learner code.
public struct SessionReport: Sendable, Equatable, Codable {
    /// The session.
    public var session: TasterSession
    /// How many different learners took part.
    public var learnerCount: Int
    /// Lessons started in the session: different learner and lesson pairs, however often each was reopened.
    public var lessonsStarted: Int
    /// Lessons completed in the session.
    public var lessonsCompleted: Int
    /// Hints shown in the session (not counting answers shown).
    public var hintsUsed: Int
    /// Answers shown in the session, when a learner asked for the solution.
    public var solutionsShown: Int
    /// Confidence answers as learners started: `confidenceBefore[r - 1]` chose rating r.
    public var confidenceBefore: [Int]
    /// Confidence answers as learners left, counted the same way.
    public var confidenceAfter: [Int]

    /// Creates a report.
    public init(
        session: TasterSession, learnerCount: Int, lessonsStarted: Int, lessonsCompleted: Int, hintsUsed: Int,
        solutionsShown: Int = 0, confidenceBefore: [Int], confidenceAfter: [Int]
    ) {
        self.session = session
        self.learnerCount = learnerCount
        self.lessonsStarted = lessonsStarted
        self.lessonsCompleted = lessonsCompleted
        self.hintsUsed = hintsUsed
        self.solutionsShown = solutionsShown
        self.confidenceBefore = confidenceBefore
        self.confidenceAfter = confidenceAfter
    }
}
