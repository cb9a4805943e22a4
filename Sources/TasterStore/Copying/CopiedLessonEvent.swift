import Foundation

/// One lesson event as a copy carries it: a learner's (by code) or a forgotten learner's (by
/// the random number forgetting gave it), and the session it counted in (by its start).
public struct CopiedLessonEvent: Sendable, Equatable {
    /// The learner's code; nil for a forgotten learner's event.
    public var learnerCode: String?
    /// A forgotten learner's random number; nil for a learner's own event.
    public var forgottenID: Int64?
    /// When the session it counted in started; nil when it counted in none.
    public var sessionStartedAt: Date?
    /// The lesson.
    public var lessonID: String
    /// `started`, `completed`, `hint` or `solution`.
    public var kind: String
    /// When (for a forgotten learner, the day).
    public var recordedAt: Date

    /// Creates an event's copy.
    public init(learnerCode: String?, forgottenID: Int64?, sessionStartedAt: Date?, lessonID: String, kind: String, recordedAt: Date) {
        self.learnerCode = learnerCode
        self.forgottenID = forgottenID
        self.sessionStartedAt = sessionStartedAt
        self.lessonID = lessonID
        self.kind = kind
        self.recordedAt = recordedAt
    }
}
