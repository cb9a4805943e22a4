/// How many rows of each kind one side of a copy holds: what `taster store copy` prints for
/// the store copied from and the store copied to.
public struct StoreCopyCounts: Sendable, Equatable {
    /// Learners.
    public var learners: Int
    /// Lessons a learner has started (one row per learner and lesson).
    public var lessonProgress: Int
    /// Step events.
    public var stepEvents: Int
    /// Lesson events.
    public var lessonEvents: Int
    /// Volunteer sessions.
    public var sessions: Int
    /// Confidence answers (the sum of the per-session counts).
    public var confidenceAnswers: Int

    /// Creates counts.
    public init(learners: Int, lessonProgress: Int, stepEvents: Int, lessonEvents: Int, sessions: Int, confidenceAnswers: Int) {
        self.learners = learners
        self.lessonProgress = lessonProgress
        self.stepEvents = stepEvents
        self.lessonEvents = lessonEvents
        self.sessions = sessions
        self.confidenceAnswers = confidenceAnswers
    }

    /// The kinds counted, in the order they are shown.
    public enum Kind: CaseIterable, Sendable {
        case learners, lessonProgress, stepEvents, lessonEvents, sessions, confidenceAnswers
    }

    /// The count of `kind`.
    public subscript(kind: Kind) -> Int {
        switch kind {
        case .learners: learners
        case .lessonProgress: lessonProgress
        case .stepEvents: stepEvents
        case .lessonEvents: lessonEvents
        case .sessions: sessions
        case .confidenceAnswers: confidenceAnswers
        }
    }
}
