import Foundation

/// A lesson event as the learner's export shows it.
public struct StoredLessonEvent: Sendable, Equatable, Codable {
    /// The lesson's id.
    public var lessonID: String
    /// What happened.
    public var kind: LessonEventKind
    /// When.
    public var recordedAt: Date
    /// The session it was counted in, if any.
    public var sessionName: String?

    /// Creates an event value.
    public init(lessonID: String, kind: LessonEventKind, recordedAt: Date, sessionName: String?) {
        self.lessonID = lessonID
        self.kind = kind
        self.recordedAt = recordedAt
        self.sessionName = sessionName
    }
}
