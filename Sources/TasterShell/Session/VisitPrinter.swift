import TasterEngine
import TasterLessons
import TasterWording

/// Writes what the learner sees: steps, feedback, hints and messages, styled for the terminal
/// (or plain for screen readers), wrapped to the window, and stripped of escape sequences.
struct VisitPrinter {
    let context: ShellContext
    /// In bilingual mode, the lesson's steps as written (in English), shown beneath each
    /// translated step; nil otherwise.
    var stepsAsWritten: [Step]?

    /// Writes text from taster itself, wrapped.
    func say(_ text: String) {
        context.write(context.style.formatLessonText(text, width: context.width()))
    }

    /// Writes a blank line.
    func gap() {
        context.write("")
    }

    /// Says what became of a request for a volunteer: asked for, when a session's live view
    /// shows it; otherwise, raise a hand in the room, since nobody may be watching.
    func sayHandRaised(_ reach: ProgressSaver.HandReach) {
        let key: WordKey = switch reach {
        case .seen: .noticeHandRaised
        case .noSession: .noticeHandRaisedNoSession
        case .unreachable: .noticeHandRaisedUnreachable
        }
        let text = context.catalogue.text(key)
        say(text)
        context.speaker?.say(text)
    }

    /// Writes an engine event.
    func show(_ event: EngineEvent) {
        let style = context.style
        switch event {
        case .showStep(let presentation):
            showStep(presentation)
        case .correct:
            let lines = context.wording.lines(for: event)
            gap()
            say(style.good(lines[0]))
            for line in lines.dropFirst() { say(line) }
            context.speaker?.say(lines.joined(separator: " "))
        case .incorrect, .mismatch, .unreadable:
            let lines = context.wording.lines(for: event)
            gap()
            // A screen reader cannot point at a column, and on a narrow screen a wrapped line
            // would leave the caret under the wrong letter: then say where the difference is.
            if case .mismatch(let expected, let typed, let firstDifference, _) = event,
               style.isPlain || lines.prefix(4).contains(where: { DisplayWidth.of($0) > context.width() }) {
                let words = context.wording.mismatchWords(expected: expected, typed: typed, firstDifference: firstDifference)
                for line in words { say(line) }
                context.speaker?.say(words.joined(separator: " "))
                return
            }
            if case .mismatch = event {
                // The caret must stay under the right letter: no wrapping here.
                context.write(style.warn(TerminalText.sanitize(lines[0])))
                for line in lines.dropFirst().prefix(3) { context.write(TerminalText.sanitize(line)) }
                // What follows the caret (how long a long paste was) is a sentence: wrapped.
                for line in lines.dropFirst(4) { say(line) }
            } else {
                say(style.warn(lines[0]))
                for line in lines.dropFirst() { say(line) }
            }
            context.speaker?.say(lines.joined(separator: " "))
        case .skipped:
            // Set apart from the prompt it answers, as a verdict is.
            let lines = context.wording.lines(for: event)
            gap()
            for line in lines { say(line) }
            context.speaker?.say(lines.joined(separator: " "))
        case .hint, .solution, .progress, .help, .notice:
            let lines = context.wording.lines(for: event)
            for line in lines { say(line) }
            context.speaker?.say(lines.joined(separator: " "))
        case .lessonCompleted(let outcome):
            gap()
            let wording = context.wording
            say(style.good(style.bold(wording.lessonCompletedLine)))
            say(wording.whatYouLearned(outcome.summary))
            context.speaker?.say(wording.lessonCompletedLine + " " + wording.whatYouLearned(outcome.summary))
        case .stepCompleted, .leave:
            break
        }
    }

    /// Writes a step: where the learner is, the text, and what to type.
    func showStep(_ presentation: StepPresentation) {
        let style = context.style
        gap()
        let title = TerminalText.sanitizeLine(presentation.lessonTitle)
        let label = context.catalogue.text(.stepProgress, ["step": "\(presentation.number)", "total": "\(presentation.total)"])
        let progress = style.progress(label, step: presentation.number, of: presentation.total)

        // On a narrow (or magnified) screen the title and the progress go on lines of their own.
        if DisplayWidth.of(title) + 5 + DisplayWidth.of(TerminalText.sanitize(progress)) <= context.width() {
            context.write(style.dim(title + "  ·  ") + progress)
        } else {
            context.write(style.dim(title))
            context.write(progress)
        }
        gap()
        say(presentation.step.text)
        if let original = stepsAsWritten, original.indices.contains(presentation.index), original[presentation.index].text != presentation.step.text {
            // Set apart and dimmed, so the learner's own language reads first; not read aloud,
            // since the voice speaks the learner's language.
            gap()
            say(style.dim(context.catalogue.text(.bilingualEnglishLabel)))
            say(style.dim(original[presentation.index].text))
        }
        if let screen = presentation.step.screen {
            // A screen is drawn to be recognised: shown exactly as written, never wrapped.
            gap()
            for line in ScreenBlock.lines(of: screen) { context.write(TerminalText.sanitize(line)) }
        }
        // A say step's prompt already says to press Enter.
        let prompt = presentation.step.isQuestion ? context.wording.promptLines(for: presentation.step) : []
        if !prompt.isEmpty { gap() }
        for line in prompt {
            // Numbered options keep their indent; other lines wrap as text.
            if line.hasPrefix("  ") {
                context.write(TerminalText.sanitize(line))
            } else {
                say(style.dim(line))
            }
        }
        context.speaker?.say(([presentation.step.text] + (presentation.step.screen.map { [$0] } ?? []) + prompt).joined(separator: "\n"))
    }
}
