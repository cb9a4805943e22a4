import TasterLessons

/// Everything a volunteer needs about one step, gathered from the lesson into plain sections.
public struct GuideStep: Sendable, Equatable {
    /// The step's number, from 1.
    public var number: Int
    /// The step's id, if it has one.
    public var id: String?
    /// What kind of step it is, in words.
    public var kindDescription: String
    /// What the learner reads (lesson text).
    public var text: String
    /// The fixed-width screen the learner sees, exactly as written, if any.
    public var screen: String?
    /// The source that backs this step's facts, if the step names one.
    public var source: LessonSource?
    /// Whether this is the lesson's safety point.
    public var isSafetyPoint: Bool
    /// The note for the volunteer, if any.
    public var note: String?
    /// Options, answers, hints, the solution and the explanation, in the order a volunteer needs them.
    public var sections: [GuideSection]

    /// Gathers the guide for `step`, the `number`-th of its lesson.
    public init(_ step: Step, number: Int, sources: [LessonSource] = []) {
        self.number = number
        self.screen = step.screen
        self.source = step.source.flatMap { id in sources.first { $0.id == id } }
        self.isSafetyPoint = step.isSafetyPoint
        self.id = step.id
        self.text = step.text
        self.note = step.note
        self.kindDescription = GuideStep.describe(step.kind)
        var sections = GuideStep.questionSections(step.kind)
        if !step.hints.isEmpty {
            sections.append(GuideSection(
                title: "Hints, in order", entries: step.hints.map { GuideEntry(text: $0) }, isOrdered: true))
        }
        if let solution = AnswerChecker.solution(for: step) {
            sections.append(GuideSection(title: "Solution (shown after the last hint)", entries: [GuideEntry(text: solution)]))
        }
        if let explanation = step.explain {
            sections.append(GuideSection(title: "Explanation (shown after a right answer)", entries: [GuideEntry(text: explanation)]))
        }
        self.sections = sections
    }

    /// The kind of step in a volunteer's words.
    static func describe(_ kind: StepKind) -> String {
        switch kind {
        case .say: return "Reading only: the learner presses Enter to carry on"
        case .choice(let question):
            let rightCount = question.correctIndices.count
            if rightCount <= 1 { return "Choice: pick the right option" }
            return question.pick == .any ? "Choice: pick any one of the \(rightCount) right options" : "Choice: pick all \(rightCount) right options"
        case .answer: return "Typed answer, in the learner's own words"
        case .number(let question):
            switch question.unit {
            case .pounds: return "Number: an amount in pounds"
            case .percent: return "Number: a percentage"
            case .plain: return "Number"
            }
        case .type: return "Typing practice: type the text exactly"
        case .secret: return "Passphrase practice: what the learner types is never shown, saved or logged"
        case .order: return "Put the items in the right order"
        }
    }

    /// The sections that say what is right and wrong for each kind of question.
    static func questionSections(_ kind: StepKind) -> [GuideSection] {
        switch kind {
        case .say:
            return []
        case .choice(let question):
            let entries = question.options.enumerated().map { offset, option in
                GuideEntry(label: "\(offset + 1)", mark: option.correct ? .right : .wrong, text: option.text, feedback: option.feedback)
            }
            return [GuideSection(title: "Options, as the learner sees them", entries: entries)]
        case .answer(let question):
            var sections = [GuideSection(
                title: "Accepted answers (the first is the model answer)",
                entries: question.accept.map { GuideEntry(mark: .right, text: $0, isLiteral: true) })]
            if !question.patterns.isEmpty {
                sections.append(GuideSection(
                    title: "Also accepted: answers matching these patterns in full (capitals ignored)",
                    entries: question.patterns.map { GuideEntry(text: $0, isLiteral: true) }))
            }
            sections.append(GuideSection(
                title: "Checking",
                entries: [GuideEntry(text: question.forgiveTypos
                    ? "Small typing mistakes, spacing and capitals are forgiven."
                    : "Typing mistakes are not forgiven here (spacing and capitals still are).")]))
            if !question.wrong.isEmpty {
                sections.append(GuideSection(
                    title: "Known wrong answers, with what the learner is told",
                    entries: question.wrong.map { GuideEntry(mark: .wrong, text: $0.answer, feedback: $0.feedback, isLiteral: true) }))
            }
            return sections
        case .number(let question):
            var right = NumberFormatting.exact(question.value, in: question.unit)
            if question.tolerance > 0 {
                right += " (give or take \(NumberFormatting.exact(question.tolerance, in: question.unit)))"
            }
            var sections = [GuideSection(title: "The right value", entries: [GuideEntry(mark: .right, text: right, isLiteral: true)])]
            if !question.wrong.isEmpty {
                sections.append(GuideSection(
                    title: "Known wrong values, with what the learner is told",
                    entries: question.wrong.map {
                        GuideEntry(mark: .wrong, text: NumberFormatting.exact($0.value, in: question.unit), feedback: $0.feedback, isLiteral: true)
                    }))
            }
            return sections
        case .type(let drill):
            return [GuideSection(title: "To be typed exactly", entries: [GuideEntry(mark: .right, text: drill.target, isLiteral: true)])]
        case .secret(let practice):
            // Only the rules: an example passphrase here could end up as someone's real one.
            let checks = [
                "At least \(practice.minLength) characters.",
                "At least \(practice.minWords) separate words, with spaces or hyphens between them.",
                "Not the same word again and again.",
                "Not one of the commonly used passwords on taster's list.",
                "Please do not ask to see what the learner typed; nobody needs to.",
            ]
            return [GuideSection(title: "What is checked", entries: checks.map { GuideEntry(text: $0) })]
        case .order(let question):
            let shown = question.shownItems.enumerated().map { GuideEntry(label: "\($0.offset + 1)", text: $0.element) }
            let right = question.items.enumerated().map { offset, item in
                GuideEntry(label: "\(offset + 1)", text: "\(item) (shown as number \(question.answerInShownNumbers[offset]))")
            }
            let numbers = question.answerInShownNumbers.map(String.init).joined(separator: " ")
            return [
                GuideSection(title: "The order the learner sees", entries: shown),
                GuideSection(title: "The right order", entries: right),
                GuideSection(title: "The learner types", entries: [GuideEntry(mark: .right, text: numbers, isLiteral: true)]),
            ]
        }
    }
}
