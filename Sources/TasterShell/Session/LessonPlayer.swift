import TasterEngine
import TasterLessons
import TasterWording

/// How a lesson sitting ended.
enum LessonEnding: Equatable {
    /// The last step was done.
    case completed
    /// The learner asked for the lesson menu.
    case menu
    /// The learner asked to leave taster.
    case quit
    /// Input ended (Ctrl-D), or taster was asked to stop (SIGHUP, SIGTERM) or idle too long.
    case endOfInput
}

/// Plays one lesson in the terminal: reads lines, feeds the engine, shows its events and saves
/// each finished step at once, so that leaving at any moment loses nothing.
struct LessonPlayer {
    let context: ShellContext
    let printer: VisitPrinter
    /// Where progress goes; nil in preview, which saves nothing.
    let saver: ProgressSaver?
    /// Whether each step is followed by its volunteer note and answer (`taster preview --notes`).
    var showsVolunteerNotes = false

    /// Shows an event, and, in a preview with notes, what the volunteer sees under each step.
    private func show(_ event: EngineEvent) {
        if case .notice(.handRaised) = event {
            // Raised first, so the words say whether anyone will see it (a preview asks nobody).
            printer.sayHandRaised(saver?.raiseHand() ?? .noSession)
            return
        }
        printer.show(event)
        if showsVolunteerNotes, case .showStep(let presentation) = event {
            for line in context.wording.volunteerLines(for: presentation.step) {
                printer.say(context.style.dim(TerminalText.sanitizeLine(line)))
            }
        }
    }

    /// Plays `lesson` from `startIndex` until it ends or the learner leaves.
    func play(_ lesson: Lesson, from startIndex: Int) -> LessonEnding {
        var run = LessonRun(lesson: lesson, commands: context.catalogue.commandWords, startAt: startIndex, clock: context.clock)
        if case .secret = run.currentStep.kind { context.reader.prepareForSecret() }
        saver?.startLesson(lesson.id, version: lesson.contentVersion)
        for event in run.start() {
            show(event)
            noteForLiveView(event, lessonID: lesson.id)
        }
        saver?.pushLiveStatus()
        var interruptions = 0
        while true {
            if context.takeResizeNotice() {
                show(.showStep(run.currentPresentation))
            }
            // A resize while typing prints the step once more, re-wrapped, and nothing else.
            let presentation = run.currentPresentation
            context.reader.setResizeRedraw { [printer, context] in
                _ = context.takeResizeNotice()
                printer.showStep(presentation)
            }
            defer { context.reader.setResizeRedraw(nil) }
            // Tab on nothing typed offers the few words that fit this step, not every command.
            context.reader.setCompletions { [run] typed in run.completionWords(for: typed) }
            let isSecret: Bool
            if case .secret = run.currentStep.kind { isSecret = true } else { isSecret = false }
            let prompt = context.catalogue.text(isSecret ? .playerSecretPrompt : run.currentStep.isQuestion ? .playerAnswerPrompt : .playerContinuePrompt)
            let input = isSecret ? context.reader.readSecret(prompt: prompt) : context.reader.readLine(prompt: prompt)
            let line: String
            switch input {
            case .line(let text):
                line = text
                interruptions = 0
                if !isSecret { context.reader.addToHistory(text) }
            case .interrupted:
                interruptions += 1
                if interruptions == 1 {
                    printer.say(context.style.dim(context.catalogue.text(.playerLineCleared)))
                    continue
                }
                interruptions = 0
                switch confirmLeaving() {
                case true?:
                    saver?.resume(lesson.id, at: run.stepIndex)
                    return .menu
                case false?:
                    // Back to the step: the question is shown again, so the learner sees what to answer.
                    show(.showStep(run.currentPresentation))
                    continue
                case nil:
                    // Ctrl-D (or a hang-up) at "Leave?" leaves taster with the place kept, as
                    // it would at the step itself, rather than quietly going back to the step.
                    return leaveAtEndOfInput(&run, lessonID: lesson.id)
                }
            case .endOfInput:
                return leaveAtEndOfInput(&run, lessonID: lesson.id)
            }
            let events = run.handle(.line(line))
            defer { saver?.pushLiveStatus() }
            // The secret prompt is due: echo goes off now, not when the prompt is printed, so a
            // passphrase typed ahead while the step below is saved never shows.
            if case .secret = run.currentStep.kind, !events.contains(where: \.endsTheSitting) {
                context.reader.prepareForSecret()
            }
            // Store first, then show: a learner is told "Well done" (or sees the next step) only
            // once what changed the record is saved, so a kill at that moment loses nothing shown.
            for event in events {
                switch event {
                case .stepCompleted(let outcome): saver?.record(outcome, lessonID: lesson.id, isSecret: isSecret)
                case .lessonCompleted: saver?.complete(lesson.id, version: lesson.contentVersion)
                case .leave: saver?.resume(lesson.id, at: run.stepIndex)
                default: break
                }
            }
            for event in events {
                show(event)
                noteForLiveView(event, lessonID: lesson.id)
                switch event {
                case .lessonCompleted:
                    return .completed
                case .leave(let reason):
                    switch reason {
                    case .menu: return .menu
                    case .quit: return .quit
                    case .endOfInput: return .endOfInput
                    }
                default:
                    break
                }
            }
        }
    }

    /// Keeps the volunteers' live view in step with what the learner sees: the step, wrong
    /// answers and hints (a request for a volunteer is sent as it is shown).
    private func noteForLiveView(_ event: EngineEvent, lessonID: String) {
        guard let saver else { return }
        switch event {
        case .showStep(let presentation):
            saver.showing(presentation, lessonID: lessonID)
        case .incorrect, .mismatch:
            saver.wrongAnswer()
        case .hint:
            saver.hintShown(lessonID: lessonID)
        case .solution:
            saver.hintShown(lessonID: lessonID, solution: true)
        default:
            break
        }
    }

    /// Asks whether to leave after a second Ctrl-C; nil when input ended instead of an answer.
    private func confirmLeaving() -> Bool? {
        printer.say(context.catalogue.text(.playerLeaveAsk))
        return YesNo.ask(context.reader, prompt: context.catalogue.text(.playerLeavePrompt), catalogue: context.catalogue)

    }

    /// Keeps the learner's place at the current step as input ends.
    private func leaveAtEndOfInput(_ run: inout LessonRun, lessonID: String) -> LessonEnding {
        _ = run.handle(.endOfInput)
        saver?.resume(lessonID, at: run.stepIndex)
        return .endOfInput
    }
}

private extension EngineEvent {
    /// Whether the lesson sitting ends with this event, so no further prompt follows.
    var endsTheSitting: Bool {
        switch self {
        case .lessonCompleted, .leave: return true
        default: return false
        }
    }
}
