import TasterEngine
import TasterLessons

/// The plain words for each engine event, shared by the shell, the preview and `taster test`,
/// so that an author's test checks exactly the words a learner reads. The sentences come from
/// the catalogue; the lesson's own text (feedback, hints, explanations) is shown as written.
public struct EventWording: Sendable {
    /// Where the sentences come from.
    public let catalogue: Catalogue

    /// Words from `catalogue`.
    public init(_ catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// The lines that say `event` (without styling); empty for events that show nothing by themselves.
    public func lines(for event: EngineEvent) -> [String] {
        switch event {
        case .showStep(let presentation):
            return [presentation.step.text] + promptLines(for: presentation.step)
        case .correct(let feedback, let spelling, let explanation):
            var lines = [catalogue.text(.eventCorrect, ["feedback": feedback.map(catalogue.text(of:)) ?? catalogue.text(.eventCorrectDefaultFeedback)])]
            if let spelling { lines.append(catalogue.text(.eventExactSpelling, ["spelling": spelling])) }
            if let explanation { lines.append(explanation) }
            return lines
        case .incorrect(let feedback, let attempt, let hintsLeft):
            var lines = [catalogue.text(of: feedback)]
            // The nudge is left out when the author's feedback already mentions hints, in the
            // catalogue's own word for them.
            if attempt >= 2, hintsLeft, !catalogue.mentionsHint(feedback) {
                lines.append(catalogue.text(.eventHintNudge))
            }
            return lines
        case .mismatch(let expected, let typed, let firstDifference, _):
            return mismatchLines(expected: expected, typed: typed, firstDifference: firstDifference)
        case .unreadable(let advice):
            return [catalogue.text(of: advice)]
        case .hint(let text, let number, let total):
            return [catalogue.text(.eventHint, ["number": "\(number)", "total": "\(total)", "text": text])]
        case .solution(let solution):
            return [catalogue.text(of: solution), catalogue.text(.eventSolutionThen)]
        case .progress(let progress):
            return [catalogue.text(.eventProgress, ["current": "\(progress.current)", "total": "\(progress.total)"])]
        case .skipped(let solution):
            return [catalogue.text(.eventSkipped)] + (solution.map { [catalogue.text(.eventSkippedSolution, ["solution": catalogue.text(of: $0)])] } ?? [])
        case .stepCompleted:
            return []
        case .lessonCompleted(let outcome):
            return [lessonCompletedLine, whatYouLearned(outcome.summary)]
        case .help(let commands):
            return [catalogue.text(.eventHelpIntro)]
                + commands.map { catalogue.text(.eventHelpCommand, ["word": catalogue.commandWords.mainWord(of: $0), "purpose": purpose(of: $0)]) }
                + [catalogue.text(.eventHelpAnswerWins)]
        case .notice(let notice):
            return [words(for: notice)]
        case .leave:
            return []
        }
    }

    /// What a learner's command does, in a learner's words.
    public func purpose(of command: LearnerCommand) -> String {
        switch command {
        case .help: catalogue.text(.commandPurposeHelp)
        case .hint: catalogue.text(.commandPurposeHint)
        case .volunteer: catalogue.text(.commandPurposeVolunteer)
        case .back: catalogue.text(.commandPurposeBack)
        case .skip: catalogue.text(.commandPurposeSkip)
        case .repeat: catalogue.text(.commandPurposeRepeat)
        case .menu: catalogue.text(.commandPurposeMenu)
        case .progress: catalogue.text(.commandPurposeProgress)
        case .quit: catalogue.text(.commandPurposeQuit)
        }
    }

    /// "Well done: you have finished this lesson!", said once a lesson is done.
    public var lessonCompletedLine: String { catalogue.text(.eventLessonCompleted) }

    /// "What you learned: ...", with the lesson's summary.
    public func whatYouLearned(_ summary: String) -> String {
        catalogue.text(.eventWhatYouLearned, ["summary": summary])
    }

    /// What `taster preview --notes` shows the volunteer under a step: its note and its answer.
    /// Never used on a learner's own screen.
    public func volunteerLines(for step: Step) -> [String] {
        var lines = [catalogue.text(.previewForVolunteer)]
        if let note = step.note {
            lines.append(catalogue.text(.previewNote, ["note": note.split(whereSeparator: \.isNewline).joined(separator: " ")]))
        }
        if step.isQuestion {
            if case .secret = step.kind {
                lines.append(catalogue.text(.previewAnswer, ["answer": AnswerChecker.solution(for: step).map(catalogue.text(of:)) ?? catalogue.text(.previewAnySecret)]))
            } else {
                let typed = AnswerChecker.modelAnswer(for: step).map { catalogue.text(.previewAnswerTyped, ["typed": $0]) } ?? ""
                lines.append(catalogue.text(.previewAnswer, ["answer": (AnswerChecker.solution(for: step).map(catalogue.text(of:)) ?? "") + typed]))
            }
        }
        if lines.count == 1 { lines.append(catalogue.text(.previewNoNote)) }
        return lines
    }

    /// An example for a choice prompt that is never the answer: a wrong option's number, or for
    /// several right answers a pair that is not the right set.
    static func sampleNumbers(for question: ChoiceQuestion) -> String {
        let right = Set(question.correctIndices)
        let several = right.count > 1 && question.pick == .all
        let count = question.options.count
        if !several {
            return "\((question.options.indices.first { !right.contains($0) } ?? 0) + 1)"
        }
        for first in 0..<count {
            for second in (first + 1)..<max(first + 1, count) where Set([first, second]) != right {
                return "\(first + 1) \(second + 1)"
            }
        }
        return "1 2"
    }

    /// An example for an order prompt that is never the right order.
    static func sampleOrder(for question: OrderQuestion, answer: String?) -> String {
        let candidates = question.items.count >= 3 ? ["3 1 2", "2 3 1", "3 2 1", "1 3 2"] : ["2 1", "1 2"]
        return candidates.first { $0 != answer } ?? candidates[0]
    }

    /// What to type at this step, after its text: numbered options, the items to order, and so on.
    public func promptLines(for step: Step) -> [String] {
        func option(_ number: Int, _ text: String) -> String { catalogue.text(.promptOption, ["number": "\(number)", "text": text]) }
        switch step.kind {
        case .say:
            return [catalogue.text(.promptSay)]
        case .choice(let question):
            var lines = question.options.enumerated().map { option($0.offset + 1, $0.element.text) }
            let several = question.correctIndices.count > 1 && question.pick == .all
            lines.append(catalogue.text(several ? .promptChoiceSeveral : .promptChoiceOne, ["example": Self.sampleNumbers(for: question)]))
            return lines
        case .answer:
            return [catalogue.text(.promptAnswer)]
        case .number(let question):
            let example = ["example": question.example]
            switch question.unit {
            case .pounds: return [catalogue.text(.promptNumberPounds, example)]
            case .percent: return [catalogue.text(.promptNumberPercent, example)]
            case .plain: return [catalogue.text(.promptNumberPlain, example)]
            }
        case .type(let drill):
            return [catalogue.text(.promptTypeExactly), "  \(drill.target)"]
        case .secret:
            return [catalogue.text(.promptSecret)]
        case .order(let question):
            return question.shownItems.enumerated().map { option($0.offset + 1, $0.element) }
                + [catalogue.text(.promptOrder, ["example": Self.sampleOrder(for: question, answer: AnswerChecker.modelAnswer(for: step))])]
        }
    }

    /// The words for a notice.
    public func words(for notice: EngineNotice) -> String {
        switch notice {
        case .noHintsHere: catalogue.text(.noticeNoHintsHere)
        case .allHintsShown: catalogue.text(.noticeAllHintsShown)
        case .atFirstStep: catalogue.text(.noticeAtFirstStep)
        case .emptyAnswer: catalogue.text(.noticeEmptyAnswer)
        case .handRaised: catalogue.text(.noticeHandRaised)
        }
    }

    /// A typing mismatch said in words, for a screen reader: which letter differs, what was
    /// typed there and what should be there.
    public func mismatchWords(expected: String, typed: String, firstDifference: Int) -> [String] {
        let expectedCharacters = Array(expected)
        let typedCharacters = Array(typed)
        let place = catalogue.text(.mismatchPlace, ["ordinal": catalogue.ordinal(firstDifference + 1)])
        let detail: String
        if firstDifference >= typedCharacters.count {
            let missing = firstDifference < expectedCharacters.count ? describe(expectedCharacters[firstDifference]) : catalogue.text(.mismatchMore)
            detail = catalogue.text(.mismatchStopsBefore, ["place": place, "missing": missing])
        } else if firstDifference >= expectedCharacters.count {
            detail = catalogue.text(.mismatchGoesOn, ["place": place, "typed": describe(typedCharacters[firstDifference])])
        } else {
            detail = catalogue.text(.mismatchAt, [
                "place": place, "typed": describe(typedCharacters[firstDifference]), "expected": describe(expectedCharacters[firstDifference]),
            ])
        }
        let shown = shownTyped(typed, expected: expected, firstDifference: firstDifference)
        return [
            catalogue.text(.mismatchWordsHeading), detail, catalogue.text(.mismatchWordsShouldBe) + expected,
            catalogue.text(.mismatchYouTyped) + shown.text,
        ] + (shown.note.map { [$0] } ?? [])
    }

    /// What a typed answer is echoed as: in full when it is short, otherwise its start (always
    /// past the first difference, so the caret has a letter to point at) and how long it was,
    /// so that a long paste does not fill the screen.
    func shownTyped(_ typed: String, expected: String, firstDifference: Int) -> (text: String, note: String?) {
        let limit = max(expected.count, firstDifference + 1) + 20
        guard typed.count > limit else { return (typed, nil) }
        return (String(typed.prefix(limit)) + "…", catalogue.text(.mismatchTypedLong, ["count": "\(typed.count)"]))
    }

    /// A character named so that it can be heard: letters in quotes, and a space by name.
    private func describe(_ character: Character) -> String {
        switch character {
        case " ": catalogue.text(.characterSpace)
        case ".": catalogue.text(.characterFullStop)
        case ",": catalogue.text(.characterComma)
        default: catalogue.text(.characterQuoted, ["character": String(character)])
        }
    }

    /// A typing mismatch shown with a caret under the first difference.
    public func mismatchLines(expected: String, typed: String, firstDifference: Int) -> [String] {
        let label = catalogue.text(.mismatchYouTyped)
        let shown = shownTyped(typed, expected: expected, firstDifference: firstDifference)
        return [
            catalogue.text(.mismatchCaretHeading),
            "  " + catalogue.text(.mismatchCaretShouldBe) + expected,
            "  " + label + shown.text,
            "  " + String(repeating: " ", count: label.count + firstDifference) + "^",
        ] + (shown.note.map { [$0] } ?? [])
    }
}
