/// What happened at one step of a lesson, recorded as one event.
///
/// There is deliberately no field for what a learner types at a secret step (password
/// practice): the shell never passes it, and for such steps uses ``forSecretStep(stepIndex:stepID:attempts:hintsUsed:skipped:secondsSpent:completed:)``,
/// which has no place for typed text at all.
public struct StepRecord: Sendable, Equatable, Codable {
    /// The step's position in the lesson, from 0.
    public var stepIndex: Int
    /// The step's id in the lesson file, when it has one.
    public var stepID: String?
    /// How many answers the learner gave.
    public var attempts: Int
    /// How many hints the learner opened.
    public var hintsUsed: Int
    /// Whether the learner skipped the step.
    public var skipped: Bool
    /// Whole seconds spent on the step.
    public var secondsSpent: Int
    /// Whether the step was finished (answered or read).
    public var completed: Bool
    /// Free-text answers as typed. Kept only when the store was opened with
    /// `recordTypedAnswers: true` (a site setting for research with consent); otherwise dropped
    /// before anything is written.
    public var typedAnswers: [String]

    /// Creates a step record.
    public init(
        stepIndex: Int, stepID: String? = nil, attempts: Int = 0, hintsUsed: Int = 0,
        skipped: Bool = false, secondsSpent: Int = 0, completed: Bool = false, typedAnswers: [String] = []
    ) {
        self.stepIndex = stepIndex
        self.stepID = stepID
        self.attempts = attempts
        self.hintsUsed = hintsUsed
        self.skipped = skipped
        self.secondsSpent = secondsSpent
        self.completed = completed
        self.typedAnswers = typedAnswers
    }

    /// A record for a secret step, which by construction carries no typed text.
    public static func forSecretStep(
        stepIndex: Int, stepID: String? = nil, attempts: Int = 0, hintsUsed: Int = 0,
        skipped: Bool = false, secondsSpent: Int = 0, completed: Bool = false
    ) -> StepRecord {
        StepRecord(
            stepIndex: stepIndex, stepID: stepID, attempts: attempts, hintsUsed: hintsUsed,
            skipped: skipped, secondsSpent: secondsSpent, completed: completed, typedAnswers: [])
    }

    /// This record with typed answers removed unless `keep` is true.
    func keepingTypedAnswers(_ keep: Bool) -> StepRecord {
        var copy = self
        if !keep { copy.typedAnswers = [] }
        return copy
    }
}
