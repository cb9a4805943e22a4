import TasterLessons

/// What the engine tells its front end (the shell, the test runner) after each input.
public enum EngineEvent: Sendable, Equatable {
    /// Show a step.
    case showStep(StepPresentation)
    /// The answer was right.
    case correct(feedback: Feedback?, spelling: String?, explanation: String?)
    /// The answer was not right; `hintsLeft` says whether asking for a hint would help.
    case incorrect(feedback: Feedback, attempt: Int, hintsLeft: Bool)
    /// A typing drill did not match; show where.
    case mismatch(expected: String, typed: String, firstDifference: Int, attempt: Int)
    /// The line could not be read as an answer; say what to type.
    case unreadable(advice: Feedback)
    /// A hint: number `number` of `total`.
    case hint(text: String, number: Int, total: Int)
    /// The solution, after the last hint.
    case solution(StepSolution)
    /// Where the learner is.
    case progress(StepPosition)
    /// The learner skipped the step; `solution` is its answer, offered so that skipping still
    /// teaches something (nil on a step that asks nothing, and on a secret).
    case skipped(solution: StepSolution?)
    /// The step is done (answered, read or skipped); what to record.
    case stepCompleted(StepOutcome)
    /// The last step is done.
    case lessonCompleted(LessonOutcome)
    /// The list of commands.
    case help([LearnerCommand])
    /// A short message about a command that could not do anything here.
    case notice(EngineNotice)
    /// The learner wants to leave the lesson; the front end saves the place and goes.
    case leave(LeaveReason)
}

/// A step as the learner should see it.
public struct StepPresentation: Sendable, Equatable {
    /// The step's position, from 0.
    public var index: Int
    /// How many steps the lesson has.
    public var total: Int
    /// The step.
    public var step: Step
    /// The lesson's title.
    public var lessonTitle: String

    /// The step's number, from 1.
    public var number: Int { index + 1 }
}

/// How far through a lesson the learner is.
public struct StepPosition: Sendable, Equatable {
    /// The current step's number, from 1.
    public var current: Int
    /// How many steps there are.
    public var total: Int
    /// How many steps have been done in this sitting.
    public var done: Int
}

/// What happened on one step, for the progress store.
public struct StepOutcome: Sendable, Equatable {
    /// The step's position, from 0.
    public var index: Int
    /// The step's id, if it has one.
    public var id: String?
    /// Wrong answers given.
    public var attempts: Int
    /// Hints shown (the solution counts as one more).
    public var hintsUsed: Int
    /// Whether the learner skipped it.
    public var skipped: Bool
    /// Seconds from showing the step to finishing it.
    public var seconds: Double
    /// What the learner typed as answers; always empty for a secret step.
    public var typedAnswers: [String]
    /// The position of the step that comes next, or nil when the lesson is finished.
    public var nextIndex: Int?
}

/// A finished lesson, for the closing screen and the store.
public struct LessonOutcome: Sendable, Equatable {
    /// The lesson's id.
    public var lessonID: String
    /// The lesson's summary: what was learned.
    public var summary: String
    /// Steps in the lesson.
    public var steps: Int
    /// Steps skipped in this sitting.
    public var skipped: Int
    /// Hints used in this sitting.
    public var hintsUsed: Int
    /// Seconds in this sitting.
    public var seconds: Double
}

/// Why a command could not do anything.
public enum EngineNotice: Sendable, Equatable {
    /// `hint` on a step that asks nothing.
    case noHintsHere
    /// `hint` after every hint and the solution were shown.
    case allHintsShown
    /// `back` on the first step.
    case atFirstStep
    /// An empty line on a question.
    case emptyAnswer
    /// The learner asked for a volunteer (`volunteer`, `call` or `help me`); the front end
    /// tells the volunteers, and the learner can carry on while they wait.
    case handRaised
}

/// Why the learner is leaving the lesson.
public enum LeaveReason: Sendable, Equatable {
    /// They asked for the lesson menu.
    case menu
    /// They asked to leave.
    case quit
    /// Input ended (Ctrl-D, or the end of piped input).
    case endOfInput
}
