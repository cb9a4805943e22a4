import Foundation

/// One learner as a copy carries them: their own row, every lesson they started and their step
/// events (from a library service, those at the branch copied).
public struct CopiedLearner: Sendable, Equatable {
    /// The learner code: the learner's natural key in every store.
    public var code: String
    /// The nickname, if any.
    public var nickname: String?
    /// When the learner was made.
    public var createdAt: Date
    /// When anything was last recorded for them.
    public var lastActiveAt: Date
    /// The language they chose at the welcome, if any.
    public var preferredLanguage: String?
    /// Their lessons, each with its resume point.
    public var lessons: [LessonProgress]
    /// Their step events.
    public var steps: [StoredStep]

    /// Creates a learner's copy.
    public init(
        code: String, nickname: String?, createdAt: Date, lastActiveAt: Date, preferredLanguage: String?,
        lessons: [LessonProgress], steps: [StoredStep]
    ) {
        self.code = code
        self.nickname = nickname
        self.createdAt = createdAt
        self.lastActiveAt = lastActiveAt
        self.preferredLanguage = preferredLanguage
        self.lessons = lessons
        self.steps = steps
    }
}
