import Foundation

/// Checks that a lesson makes sense: every question can be answered right, its own answers pass,
/// wrong answers it foresees are not accepted, and there is help for the learner.
public enum LessonValidator {
    /// Every problem found in `lesson` (structure was already checked when it was loaded).
    public static func check(_ lesson: Lesson) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        func report(_ location: SourceLocation, _ fact: ProblemFact, _ severity: LessonProblem.Severity = .error) {
            problems.append(LessonProblem(path: lesson.sourcePath, location: location, severity: severity, fact))
        }
        var sourceIDs = Set<String>()
        for source in lesson.sources where !sourceIDs.insert(source.id).inserted {
            report(source.location, ProblemFact(.duplicateSourceID, ["id": .text(source.id)]))
        }
        var stepIDs: [String: Int] = [:]
        // The rules that read words (what taster says itself, a bare "Wrong!", a warning not to
        // type a real password) know English words only, so they check English text only.
        let inEnglish = LanguageTag.primary(of: lesson.language) == "en"
        for (index, step) in lesson.steps.enumerated() {
            let name = lesson.stepLabel(index)
            if let source = step.source, !sourceIDs.contains(source) {
                let known: ProblemValue = lesson.sources.isEmpty ? .phrase(.noSourcesYet, ["source": .text(source)])
                    : .phrase(.sourcesAre, ["ids": .text(lesson.sources.map { "`\($0.id)`" }.joined(separator: ", "))])
                report(step.location, ProblemFact(.unknownSource, ["step": name, "source": .text(source), "known": known]))
            }
            if let screen = step.screen {
                problems += ScreenBlock.problems(in: screen, stepName: name, path: lesson.sourcePath, at: step.location)
            }
            if let id = step.id {
                if let first = stepIDs[id] {
                    report(step.location, ProblemFact(.duplicateStepID, ["number": "\(index + 1)", "id": .text(id), "first": "\(first + 1)"]))
                } else {
                    stepIDs[id] = index
                }
            }
            if step.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                report(step.location, ProblemFact(.stepNoText, ["step": name]))
            }
            for (phrase, what) in TextRules.tasterSays where inEnglish {
                let texts = [step.text, step.explain].compactMap { $0 } + TextRules.feedbacks(of: step)
                if texts.contains(where: { $0.lowercased().contains(phrase) }) {
                    report(step.location, ProblemFact(.tasterSaysIt, ["step": name, "what": .text(what)]), .warning)
                }
            }
            guard step.isQuestion else { continue }
            if step.hints.isEmpty {
                report(step.location, ProblemFact(.questionNoHints, ["step": name]))
            } else if !(2...3).contains(step.hints.count) {
                report(step.location, ProblemFact(.hintCount, ["step": name], count: step.hints.count), .warning)
            }
            problems += kindProblems(step, name: name, path: lesson.sourcePath, inEnglish: inEnglish)
            if let model = AnswerChecker.modelAnswer(for: step), !AnswerChecker.check(model, against: step).isCorrect {
                report(step.location, ProblemFact(.modelAnswerRefused, ["step": name, "answer": .text(SafeText.quote(model))]))
            }
        }
        for test in lesson.tests {
            if let from = test.from, lesson.stepIndex(for: from) == nil {
                let values: [String: ProblemValue] = ["name": .text(SafeText.quote(test.name)), "from": .text(SafeText.quote(from))]
                let fact = KeySuggestion.nearest(to: from, among: lesson.steps.compactMap(\.id)).map {
                    ProblemFact(.testFromUnknownSuggest, values.merging(["suggestion": .text($0)]) { $1 })
                } ?? ProblemFact(.testFromUnknown, values)
                problems.append(LessonProblem(path: test.sourcePath, location: test.location, fact))
            }
        }
        if lesson.summary.contains(where: \.isNewline) {
            report(.start, ProblemFact(.summaryMultiline))
        }
        for prerequisite in lesson.prerequisites where !Slug.isValid(prerequisite) {
            report(.start, ProblemFact(.badPrerequisite, ["value": .text(SafeText.quote(prerequisite))]))
        }
        return problems
    }

    private static func kindProblems(_ step: Step, name: ProblemValue, path: String, inEnglish: Bool) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        func report(_ location: SourceLocation, _ fact: ProblemFact, _ severity: LessonProblem.Severity = .error) {
            problems.append(LessonProblem(path: path, location: location, severity: severity, fact))
        }
        switch step.kind {
        case .say, .type:
            break
        case .secret:
            if inEnglish, !TextRules.warnsAgainstRealPassword(step.text) {
                report(step.location, ProblemFact(.secretNoWarning, ["step": name, "example": "**Please do not type a password you really use.**"]))
            }
        case .choice(let question):
            if question.correctIndices.isEmpty {
                report(step.location, ProblemFact(.noRightOption, ["step": name]))
            }
            for option in question.options where !option.correct && option.feedback == nil {
                report(option.location, ProblemFact(.wrongOptionNoFeedback, ["option": .text(SafeText.quote(option.text)), "step": name]))
            }
            for option in question.options where !option.correct {
                if inEnglish, let feedback = option.feedback, TextRules.isBareVerdict(feedback) {
                    report(option.location, TextRules.bareVerdictMessage(feedback), .warning)
                }
            }
            var texts: [String: Int] = [:]
            for option in question.options {
                let key = option.text.lowercased()
                if texts[key] != nil { report(option.location, ProblemFact(.optionTwice, ["option": .text(SafeText.quote(option.text)), "step": name])) }
                texts[key, default: 0] += 1
            }
        case .answer(let question):
            if question.accept.isEmpty {
                report(question.location, ProblemFact(.noAccept, ["step": name]))
            }
            for answer in question.accept where !AnswerChecker.check(answer, against: step).isCorrect {
                report(question.location, ProblemFact(.acceptFailsCheck, ["answer": .text(SafeText.quote(answer)), "step": name]))
            }
            for pattern in question.patterns {
                if let problem = AnswerPattern.problemFact(with: pattern) { report(question.location, problem) }
            }
            for wrong in question.wrong where inEnglish && TextRules.isBareVerdict(wrong.feedback) {
                report(wrong.location, TextRules.bareVerdictMessage(wrong.feedback), .warning)
            }
            for wrong in question.wrong where AnswerChecker.check(wrong.answer, against: step).isCorrect {
                report(wrong.location, ProblemFact(.wrongAlsoAccepted, ["answer": .text(SafeText.quote(wrong.answer))]))
            }
        case .number(let question):
            for wrong in question.wrong where inEnglish && TextRules.isBareVerdict(wrong.feedback) {
                report(wrong.location, TextRules.bareVerdictMessage(wrong.feedback), .warning)
            }
            for wrong in question.wrong where abs(wrong.value - question.value) <= question.tolerance + 1e-9 {
                report(wrong.location, ProblemFact(.wrongWithinTolerance, ["wrong": "\(wrong.value)", "right": "\(question.value)"]))
            }
        case .order(let question):
            if Set(question.items.map { $0.lowercased() }).count != question.items.count {
                report(step.location, ProblemFact(.orderItemTwice, ["step": name]))
            }
            if let sample = TextRules.sampleOrder(in: step.text) {
                report(step.location, ProblemFact(.sampleOrder, ["step": name, "sample": .text(SafeText.quote(sample))]), .warning)
            }
        }
        return problems
    }
}
