import Foundation

/// One stored step event, with the lesson it belongs to and when it was recorded.
public struct StoredStep: Sendable, Equatable, Codable {
    /// The lesson's id.
    public var lessonID: String
    /// When the event was recorded.
    public var recordedAt: Date
    /// The event.
    public var step: StepRecord

    /// Creates a stored step.
    public init(lessonID: String, recordedAt: Date, step: StepRecord) {
        self.lessonID = lessonID
        self.recordedAt = recordedAt
        self.step = step
    }
}
