import Foundation
import TasterLessons

/// One learner working through one lesson: a pure state machine. Lines go in, events come out;
/// time comes from the injected clock. It does no input or output of its own.
public struct LessonRun: Sendable {
    /// The lesson being worked through.
    public let lesson: Lesson
    /// The current step's position, from 0.
    public private(set) var stepIndex: Int
    /// Whether the last step is done.
    public private(set) var isFinished = false

    /// The words that mean each command, in the learner's language.
    public let commands: CommandWords
    private let clock: EngineClock
    private var attempts = 0
    private var hintsShown = 0
    private var solutionShown = false
    private var typedAnswers: [String] = []
    private var stepStartedAt: Date
    private var sittingStartedAt: Date
    private var stepsDone = 0
    private var stepsSkipped = 0
    private var hintsUsedInSitting = 0

    /// Starts at `startIndex` (clamped to the lesson), for resuming or `--from`; `commands` are
    /// the learner's command words (the catalogue's `commandWords`).
    public init(lesson: Lesson, commands: CommandWords, startAt startIndex: Int = 0, clock: EngineClock = .live) {
        self.lesson = lesson
        self.commands = commands
        self.clock = clock
        self.stepIndex = min(max(0, startIndex), max(0, lesson.steps.count - 1))
        let now = clock.now()
        stepStartedAt = now
        sittingStartedAt = now
    }

    /// The current step.
    public var currentStep: Step { lesson.steps[stepIndex] }

    /// The current step as the learner should see it.
    public var currentPresentation: StepPresentation {
        StepPresentation(index: stepIndex, total: lesson.steps.count, step: currentStep, lessonTitle: lesson.title)
    }

    /// The events that open the lesson: its current step.
    public mutating func start() -> [EngineEvent] {
        sittingStartedAt = clock.now()
        return [showCurrentStep()]
    }

    /// Handles one input and says what happened.
    public mutating func handle(_ input: EngineInput) -> [EngineEvent] {
        guard !isFinished else { return [] }
        switch input {
        case .endOfInput:
            return [.leave(.endOfInput)]
        case .line(let line):
            if let command = commands.command(for: line), !acceptsAsAnswer(line) {
                return run(command)
            }
            return answer(line)
        }
    }

    /// Words the learner could complete at this step: command words and, for a choice, the options.
    public var completionWords: [String] {
        commands.completionWords + optionWords
    }

    /// The few words worth offering at this step when nothing is typed yet: the commands that
    /// do something here (a hint and skip only on a question, back only after the first step),
    /// each by its main word, and a choice's options. `help` lists the rest.
    public var suggestedWords: [String] {
        var commands: [LearnerCommand] = currentStep.isQuestion ? [.hint, .skip] : [.repeat]
        if stepIndex > 0 { commands.append(.back) }
        commands += [.volunteer, .help, .quit]
        return commands.map(self.commands.mainWord(of:)) + optionWords
    }

    /// What Tab offers for the text before the cursor: the words that fit the step when a new
    /// word is begun, and every command word once some letters are typed, so "cl" still
    /// completes to "clue".
    public func completionWords(for textBeforeCursor: String) -> [String] {
        textBeforeCursor.isEmpty || textBeforeCursor.last?.isWhitespace == true ? suggestedWords : completionWords
    }

    private var optionWords: [String] {
        if case .choice(let question) = currentStep.kind { return question.options.map(\.text) }
        return []
    }

    /// Whether a command word typed here is really an answer (the step accepts it).
    private func acceptsAsAnswer(_ line: String) -> Bool {
        guard currentStep.isQuestion else { return false }
        if case .secret = currentStep.kind { return false }
        return AnswerChecker.check(line, against: currentStep).isCorrect
    }

    private mutating func run(_ command: LearnerCommand) -> [EngineEvent] {
        switch command {
        case .help:
            return [.help(LearnerCommand.allCases)]
        case .hint:
            return hint()
        case .volunteer:
            return [.notice(.handRaised)]
        case .back:
            guard stepIndex > 0 else { return [.notice(.atFirstStep)] }
            stepIndex -= 1
            resetStep()
            return [showCurrentStep()]
        case .skip:
            stepsSkipped += 1
            var solution: StepSolution?
            if case .secret = currentStep.kind {} else if currentStep.isQuestion { solution = AnswerChecker.solution(for: currentStep) }
            return finishStep(skipped: true, leading: [.skipped(solution: solution)])
        case .repeat:
            return [showCurrentStep(restartTimer: false)]
        case .menu:
            return [.leave(.menu)]
        case .progress:
            return [.progress(StepPosition(current: stepIndex + 1, total: lesson.steps.count, done: stepsDone))]
        case .quit:
            return [.leave(.quit)]
        }
    }

    private mutating func hint() -> [EngineEvent] {
        let step = currentStep
        guard step.isQuestion else { return [.notice(.noHintsHere)] }
        if hintsShown < step.hints.count {
            hintsShown += 1
            hintsUsedInSitting += 1
            return [.hint(text: step.hints[hintsShown - 1], number: hintsShown, total: step.hints.count)]
        }
        if !solutionShown, let solution = AnswerChecker.solution(for: step) {
            solutionShown = true
            hintsUsedInSitting += 1
            return [.solution(solution)]
        }
        return [.notice(.allHintsShown)]
    }

    private mutating func answer(_ line: String) -> [EngineEvent] {
        let step = currentStep
        guard step.isQuestion else { return finishStep(skipped: false, leading: []) }
        if line.trimmingCharacters(in: .whitespaces).isEmpty {
            return [.notice(.emptyAnswer)]
        }
        if case .secret = step.kind {} else if typedAnswers.count < 20 {
            typedAnswers.append(String(line.prefix(500)))
        }
        let hintsLeft = hintsShown < step.hints.count || !solutionShown
        switch AnswerChecker.check(line, against: step) {
        case .correct(let feedback, let spelling):
            return finishStep(skipped: false, leading: [.correct(feedback: feedback, spelling: spelling, explanation: step.explain)])
        case .incorrect(let feedback):
            attempts += 1
            return [.incorrect(feedback: feedback, attempt: attempts, hintsLeft: hintsLeft)]
        case .mismatch(let expected, let typed, let firstDifference):
            attempts += 1
            return [.mismatch(expected: expected, typed: typed, firstDifference: firstDifference, attempt: attempts)]
        case .unreadable(let advice):
            return [.unreadable(advice: advice)]
        }
    }

    private mutating func finishStep(skipped: Bool, leading: [EngineEvent]) -> [EngineEvent] {
        let now = clock.now()
        let isLast = stepIndex == lesson.steps.count - 1
        let outcome = StepOutcome(
            index: stepIndex, id: currentStep.id, attempts: attempts,
            hintsUsed: hintsShown + (solutionShown ? 1 : 0), skipped: skipped,
            seconds: max(0, now.timeIntervalSince(stepStartedAt)), typedAnswers: typedAnswers,
            nextIndex: isLast ? nil : stepIndex + 1)
        stepsDone += 1
        var events = leading + [.stepCompleted(outcome)]
        if isLast {
            isFinished = true
            events.append(.lessonCompleted(LessonOutcome(
                lessonID: lesson.id, summary: lesson.summary, steps: lesson.steps.count,
                skipped: stepsSkipped, hintsUsed: hintsUsedInSitting,
                seconds: max(0, now.timeIntervalSince(sittingStartedAt)))))
        } else {
            stepIndex += 1
            resetStep()
            events.append(showCurrentStep())
        }
        return events
    }

    private mutating func resetStep() {
        attempts = 0
        hintsShown = 0
        solutionShown = false
        typedAnswers = []
        stepStartedAt = clock.now()
    }

    private mutating func showCurrentStep(restartTimer: Bool = true) -> EngineEvent {
        if restartTimer { stepStartedAt = clock.now() }
        return .showStep(currentPresentation)
    }
}
