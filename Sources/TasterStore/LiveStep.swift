import Foundation

/// Where a learner is now, as the shell reports it for the volunteers' live view.
public struct LiveStep: Sendable, Equatable, Codable {
    /// The lesson's id.
    public var lessonID: String
    /// The lesson's title.
    public var lessonTitle: String
    /// The step's number, from 1; one more than ``stepCount`` once the lesson is finished.
    public var stepNumber: Int
    /// How many steps the lesson has.
    public var stepCount: Int
    /// When this step was first shown.
    public var stepStartedAt: Date
    /// Wrong answers on this step.
    public var wrongAttempts: Int
    /// Hints (and the answer) opened on this step.
    public var hintsOnStep: Int

    /// Creates a step report.
    public init(
        lessonID: String, lessonTitle: String, stepNumber: Int, stepCount: Int, stepStartedAt: Date,
        wrongAttempts: Int = 0, hintsOnStep: Int = 0
    ) {
        self.lessonID = lessonID
        self.lessonTitle = lessonTitle
        self.stepNumber = stepNumber
        self.stepCount = stepCount
        self.stepStartedAt = stepStartedAt
        self.wrongAttempts = wrongAttempts
        self.hintsOnStep = hintsOnStep
    }

    /// Whether the learner has finished the lesson (and is on its closing screen).
    public var isFinished: Bool { stepNumber > stepCount }

    /// This step's lesson, finished: what the live view shows once the last step is done.
    public func finished() -> LiveStep {
        var copy = self
        copy.stepNumber = stepCount + 1
        return copy
    }
}
