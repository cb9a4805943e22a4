import Foundation

/// Where one learner stands in one lesson.
public struct LessonProgress: Sendable, Equatable, Codable {
    /// The lesson's id.
    public var lessonID: String
    /// The lesson's content version when the learner last started it (empty if never given).
    public var contentVersion: String
    /// When the learner first started the lesson.
    public var startedAt: Date
    /// When the learner last finished the lesson, if ever.
    public var completedAt: Date?
    /// The content version the learner finished, if they did.
    public var completedContentVersion: String?
    /// The step to continue from, from 0.
    public var resumeStepIndex: Int
    /// When anything was last recorded for this lesson.
    public var lastActiveAt: Date

    /// Creates a lesson progress value.
    public init(
        lessonID: String, contentVersion: String, startedAt: Date, completedAt: Date? = nil,
        completedContentVersion: String? = nil, resumeStepIndex: Int = 0, lastActiveAt: Date
    ) {
        self.lessonID = lessonID
        self.contentVersion = contentVersion
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.completedContentVersion = completedContentVersion
        self.resumeStepIndex = resumeStepIndex
        self.lastActiveAt = lastActiveAt
    }

    /// Whether the learner has finished the lesson at least once.
    public var isCompleted: Bool { completedAt != nil }

    /// Whether the learner is part-way through the lesson: started and not finished, or begun
    /// again after finishing and left before the end (the resume point is kept then too).
    public var isPartWay: Bool { !isCompleted || resumeStepIndex > 0 }

    /// Whether the lesson changed since the learner last worked on it, so that the resume step
    /// may no longer point where it did. An unknown recorded version counts as unchanged.
    public func contentChanged(currentVersion: String) -> Bool {
        !contentVersion.isEmpty && contentVersion != currentVersion
    }
}
