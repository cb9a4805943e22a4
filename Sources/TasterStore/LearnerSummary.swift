import Foundation

/// A short account of what is stored about one learner, for `learner show`.
public struct LearnerSummary: Sendable, Equatable, Codable {
    /// The learner.
    public var learner: Learner
    /// How many lessons they started.
    public var lessonsStarted: Int
    /// How many lessons they finished at least once.
    public var lessonsCompleted: Int
    /// How many step events are stored.
    public var stepsRecorded: Int
    /// How many typed answers are stored (zero unless the site keeps them).
    public var typedAnswersStored: Int

    /// Creates a summary.
    public init(learner: Learner, lessonsStarted: Int, lessonsCompleted: Int, stepsRecorded: Int, typedAnswersStored: Int) {
        self.learner = learner
        self.lessonsStarted = lessonsStarted
        self.lessonsCompleted = lessonsCompleted
        self.stepsRecorded = stepsRecorded
        self.typedAnswersStored = typedAnswersStored
    }
}
