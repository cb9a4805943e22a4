import Foundation

/// One change to a learner's record, made at this terminal while the library service's server
/// could not be reached, and kept in the ``Outbox`` until the server has it.
///
/// It holds no more than the server would: a step's typed answers only when the site keeps
/// them (the shell passes a record already stripped otherwise), never what was typed at a
/// secret step (a secret step's record has none), no name, no passphrase.
public struct OutboxEvent: Sendable, Equatable, Codable {
    /// What changed.
    public enum Change: Sendable, Equatable, Codable {
        /// The learner came to this terminal: a new learner whose code was made here, or a
        /// returning one whose record could not be fetched. The server creates the learner when
        /// it has no one with the code, and otherwise only marks them active.
        case learnerArrived
        /// The learner opened a lesson at this content version.
        case startLesson(lessonID: String, contentVersion: String)
        /// One step's record, and the step to continue from when there is one.
        case recordStep(lessonID: String, record: StepRecord, resumeAt: Int?)
        /// The step to continue the lesson from.
        case setResumePoint(lessonID: String, stepIndex: Int)
        /// The learner finished the lesson at this content version.
        case completeLesson(lessonID: String, contentVersion: String)
        /// A lesson started or completed, or a hint or the answer shown, counted in the
        /// session open (at this terminal's branch) when it reaches the server.
        case lessonEvent(lessonID: String, kind: LessonEventKind, sessionPin: String?)
    }

    /// Made at this terminal, so that sending the event twice changes nothing on the server.
    public let id: UUID
    /// Whose record it changes.
    public let code: LearnerCode
    /// When it happened at the terminal; the server records this time, not the time it arrives.
    public let at: Date
    /// What changed.
    public let change: Change

    /// Creates an event with a fresh id.
    public init(id: UUID = UUID(), code: LearnerCode, at: Date, change: Change) {
        self.id = id
        self.code = code
        self.at = at
        self.change = change
    }
}
