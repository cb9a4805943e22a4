import TasterLessons
import TasterWording

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

    /// Gathers the guide for `step`, the `number`-th of its lesson, in the words of `catalogue`.
    public init(_ step: Step, number: Int, sources: [LessonSource] = [], catalogue: Catalogue = .english) {
        self.number = number
        self.screen = step.screen
        self.source = step.source.flatMap { id in sources.first { $0.id == id } }
        self.isSafetyPoint = step.isSafetyPoint
        self.id = step.id
        self.text = step.text
        self.note = step.note
        self.kindDescription = GuideStep.describe(step.kind, catalogue: catalogue)
        var sections = GuideStep.questionSections(step.kind, catalogue: catalogue)
        if !step.hints.isEmpty {
            sections.append(GuideSection(
                title: catalogue.text(.guideSectionHints), entries: step.hints.map { GuideEntry(text: $0) }, isOrdered: true))
        }
        if let solution = AnswerChecker.solution(for: step) {
            sections.append(GuideSection(title: catalogue.text(.guideSectionSolution), entries: [GuideEntry(text: catalogue.text(of: solution))]))
        }
        if let explanation = step.explain {
            sections.append(GuideSection(title: catalogue.text(.guideSectionExplanation), entries: [GuideEntry(text: explanation)]))
        }
        self.sections = sections
    }

    /// The kind of step in a volunteer's words.
    static func describe(_ kind: StepKind, catalogue: Catalogue) -> String {
        switch kind {
        case .say: return catalogue.text(.guideKindSay)
        case .choice(let question):
            let rightCount = question.correctIndices.count
            if rightCount <= 1 { return catalogue.text(.guideKindChoiceOne) }
            return catalogue.text(question.pick == .any ? .guideKindChoiceAny : .guideKindChoiceAll, ["count": "\(rightCount)"])
        case .answer: return catalogue.text(.guideKindAnswer)
        case .number(let question):
            switch question.unit {
            case .pounds: return catalogue.text(.guideKindNumberPounds)
            case .percent: return catalogue.text(.guideKindNumberPercent)
            case .plain: return catalogue.text(.guideKindNumber)
            }
        case .type: return catalogue.text(.guideKindType)
        case .secret: return catalogue.text(.guideKindSecret)
        case .order: return catalogue.text(.guideKindOrder)
        }
    }

    /// The sections that say what is right and wrong for each kind of question.
    static func questionSections(_ kind: StepKind, catalogue: Catalogue) -> [GuideSection] {
        switch kind {
        case .say:
            return []
        case .choice(let question):
            let entries = question.options.enumerated().map { offset, option in
                GuideEntry(label: "\(offset + 1)", mark: option.correct ? .right : .wrong, text: option.text, feedback: option.feedback)
            }
            return [GuideSection(title: catalogue.text(.guideSectionOptions), entries: entries)]
        case .answer(let question):
            var sections = [GuideSection(
                title: catalogue.text(.guideSectionAccepted),
                entries: question.accept.map { GuideEntry(mark: .right, text: $0, isLiteral: true) })]
            if !question.patterns.isEmpty {
                sections.append(GuideSection(
                    title: catalogue.text(.guideSectionPatterns),
                    entries: question.patterns.map { GuideEntry(text: $0, isLiteral: true) }))
            }
            sections.append(GuideSection(
                title: catalogue.text(.guideSectionChecking),
                entries: [GuideEntry(text: question.forgiveTypos
                    ? catalogue.text(.guideForgiving)
                    : catalogue.text(.guideNotForgiving))]))
            if !question.wrong.isEmpty {
                sections.append(GuideSection(
                    title: catalogue.text(.guideSectionKnownWrong),
                    entries: question.wrong.map { GuideEntry(mark: .wrong, text: $0.answer, feedback: $0.feedback, isLiteral: true) }))
            }
            return sections
        case .number(let question):
            var right = NumberFormatting.exact(question.value, in: question.unit)
            if question.tolerance > 0 {
                right = catalogue.text(.guideValueWithTolerance, ["value": right, "tolerance": NumberFormatting.exact(question.tolerance, in: question.unit)])
            }
            var sections = [GuideSection(title: catalogue.text(.guideSectionRightValue), entries: [GuideEntry(mark: .right, text: right, isLiteral: true)])]
            if !question.wrong.isEmpty {
                sections.append(GuideSection(
                    title: catalogue.text(.guideSectionKnownWrongValues),
                    entries: question.wrong.map {
                        GuideEntry(mark: .wrong, text: NumberFormatting.exact($0.value, in: question.unit), feedback: $0.feedback, isLiteral: true)
                    }))
            }
            return sections
        case .type(let drill):
            return [GuideSection(title: catalogue.text(.guideSectionTypeExactly), entries: [GuideEntry(mark: .right, text: drill.target, isLiteral: true)])]
        case .secret(let practice):
            // Only the rules: an example passphrase here could end up as someone's real one.
            let checks = [
                catalogue.text(.guideSecretLength, ["count": "\(practice.minLength)"]),
                catalogue.text(.guideSecretWords, ["count": "\(practice.minWords)"]),
                catalogue.text(.guideSecretNotRepeated),
                catalogue.text(.guideSecretNotCommon),
                catalogue.text(.guideSecretDoNotAsk),
            ]
            return [GuideSection(title: catalogue.text(.guideSectionChecked), entries: checks.map { GuideEntry(text: $0) })]
        case .order(let question):
            let shown = question.shownItems.enumerated().map { GuideEntry(label: "\($0.offset + 1)", text: $0.element) }
            let right = question.items.enumerated().map { offset, item in
                GuideEntry(label: "\(offset + 1)", text: catalogue.text(.guideShownAs, ["item": item, "number": "\(question.answerInShownNumbers[offset])"]))
            }
            let numbers = question.answerInShownNumbers.map(String.init).joined(separator: " ")
            return [
                GuideSection(title: catalogue.text(.guideSectionOrderSeen), entries: shown),
                GuideSection(title: catalogue.text(.guideSectionOrderRight), entries: right),
                GuideSection(title: catalogue.text(.guideSectionLearnerTypes), entries: [GuideEntry(mark: .right, text: numbers, isLiteral: true)]),
            ]
        }
    }
}
