import TasterLessons

/// The plain words for each engine event, shared by the shell, the preview and `taster test`,
/// so that an author's test checks exactly the words a learner reads.
public enum EventWording {
    /// The lines that say `event` (without styling); empty for events that show nothing by themselves.
    public static func lines(for event: EngineEvent) -> [String] {
        switch event {
        case .showStep(let presentation):
            return [presentation.step.text] + promptLines(for: presentation.step)
        case .correct(let feedback, let spelling, let explanation):
            var lines = ["Correct! " + (feedback ?? "Well done.")]
            if let spelling { lines.append("(The exact spelling is: \(spelling))") }
            if let explanation { lines.append(explanation) }
            return lines
        case .incorrect(let feedback, let attempt, let hintsLeft):
            var lines = [feedback]
            if attempt >= 2, hintsLeft, !feedback.localizedCaseInsensitiveContains("hint") {
                lines.append("Type hint for a clue, or skip to move on.")
            }
            return lines
        case .mismatch(let expected, let typed, let firstDifference, _):
            return mismatchLines(expected: expected, typed: typed, firstDifference: firstDifference)
        case .unreadable(let advice):
            return [advice]
        case .hint(let text, let number, let total):
            return ["Hint \(number) of \(total): \(text)"]
        case .solution(let text):
            return [text, "Type it in to carry on, or type skip."]
        case .progress(let progress):
            return ["You are on step \(progress.current) of \(progress.total)."]
        case .stepCompleted:
            return []
        case .lessonCompleted(let outcome):
            return ["Well done: you have finished this lesson!", "What you learned: \(outcome.summary)"]
        case .help(let commands):
            return ["You can type these words at any time:"]
                + commands.map { "  \($0.words[0]) - \($0.purpose)" }
                + ["If a step's answer is one of these words, typing it answers the step instead."]
        case .notice(let notice):
            return [words(for: notice)]
        case .leave:
            return []
        }
    }

    /// What `taster preview --notes` shows the volunteer under a step: its note and its answer.
    /// Never used on a learner's own screen.
    public static func volunteerLines(for step: Step) -> [String] {
        var lines = ["For the volunteer:"]
        if let note = step.note { lines.append("  Note: " + note.split(whereSeparator: \.isNewline).joined(separator: " ")) }
        if step.isQuestion {
            if case .secret = step.kind {
                lines.append("  Answer: " + (AnswerChecker.solution(for: step) ?? "any passphrase the learner makes up"))
            } else {
                let typed = AnswerChecker.modelAnswer(for: step).map { " (typed: \($0))" } ?? ""
                lines.append("  Answer: " + (AnswerChecker.solution(for: step) ?? "") + typed)
            }
        }
        if lines.count == 1 { lines.append("  (no note for this step)") }
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
    public static func promptLines(for step: Step) -> [String] {
        switch step.kind {
        case .say:
            return ["(Press Enter to carry on.)"]
        case .choice(let question):
            var lines = question.options.enumerated().map { "  \($0.offset + 1)) \($0.element.text)" }
            let several = question.correctIndices.count > 1 && question.pick == .all
            lines.append(several ? "Type the numbers of all the right answers, for example \(Self.sampleNumbers(for: question))."
                : "Type the number of your answer, for example \(Self.sampleNumbers(for: question)).")
            return lines
        case .answer:
            return ["Type your answer and press Enter."]
        case .number(let question):
            switch question.unit {
            case .pounds: return ["Type the amount, for example 12.50 or £12.50."]
            case .percent: return ["Type the number, for example 12.5 or 12.5%."]
            case .plain: return ["Type the number and press Enter."]
            }
        case .type(let drill):
            return ["Type exactly this:", "  \(drill.target)"]
        case .secret:
            return ["What you type will not show on the screen, and it is not saved anywhere."]
        case .order(let question):
            return question.shownItems.enumerated().map { "  \($0.offset + 1)) \($0.element)" }
                + ["Type the numbers in the right order, for example \(Self.sampleOrder(for: question, answer: AnswerChecker.modelAnswer(for: step)))."]
        }
    }

    /// The words for a notice.
    public static func words(for notice: EngineNotice) -> String {
        switch notice {
        case .noHintsHere: "There is no question on this step, so no hint is needed. Press Enter to carry on."
        case .allHintsShown: "You have seen all the hints and the answer. Type the answer in, or type skip to move on."
        case .atFirstStep: "This is the first step, so there is nothing to go back to."
        case .emptyAnswer: "Type your answer, then press Enter. Type hint if you would like a clue."
        case .handRaised: "A volunteer has been asked to come and help you. Carry on if you like while you wait."
        }
    }

    /// A typing mismatch said in words, for a screen reader: which letter differs, what was
    /// typed there and what should be there.
    public static func mismatchWords(expected: String, typed: String, firstDifference: Int) -> [String] {
        let expectedCharacters = Array(expected)
        let typedCharacters = Array(typed)
        let position = firstDifference + 1
        let place = "the \(ordinal(position)) letter"
        let detail: String
        if firstDifference >= typedCharacters.count {
            let missing = firstDifference < expectedCharacters.count ? describe(expectedCharacters[firstDifference]) : "more"
            detail = "Your answer stops before \(place): it should go on with \(missing)."
        } else if firstDifference >= expectedCharacters.count {
            detail = "Your answer goes on after the end, from \(place): you typed \(describe(typedCharacters[firstDifference])), and there should be nothing more."
        } else {
            detail = "At \(place): you typed \(describe(typedCharacters[firstDifference])), it should be \(describe(expectedCharacters[firstDifference]))."
        }
        return ["Not quite the same.", detail, "It should be: " + expected, "You typed: " + typed]
    }

    /// A character named so that it can be heard: letters in quotes, and a space by name.
    private static func describe(_ character: Character) -> String {
        switch character {
        case " ": "a space"
        case ".": "a full stop"
        case ",": "a comma"
        default: "'\(character)'"
        }
    }

    /// 1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, 21st.
    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }

    /// A typing mismatch shown with a caret under the first difference.
    public static func mismatchLines(expected: String, typed: String, firstDifference: Int) -> [String] {
        let label = "You typed: "
        return [
            "Not quite the same. Look where the arrow points:",
            "  Should be: " + expected,
            "  " + label + typed,
            "  " + String(repeating: " ", count: label.count + firstDifference) + "^",
        ]
    }
}
