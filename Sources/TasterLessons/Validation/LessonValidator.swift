import Foundation

/// Checks that a lesson makes sense: every question can be answered right, its own answers pass,
/// wrong answers it foresees are not accepted, and there is help for the learner.
public enum LessonValidator {
    /// Every problem found in `lesson` (structure was already checked when it was loaded).
    public static func check(_ lesson: Lesson) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        func report(_ location: SourceLocation, _ message: String, _ severity: LessonProblem.Severity = .error) {
            problems.append(LessonProblem(path: lesson.sourcePath, location: location, severity: severity, message: message))
        }
        var sourceIDs = Set<String>()
        for source in lesson.sources where !sourceIDs.insert(source.id).inserted {
            report(source.location, "two sources have the id `\(source.id)`. Give each source its own id.")
        }
        var stepIDs: [String: Int] = [:]
        // The rules that read words (what taster says itself, a bare "Wrong!", a warning not to
        // type a real password) know English words only, so they check English text only.
        let inEnglish = LanguageTag.primary(of: lesson.language) == "en"
        for (index, step) in lesson.steps.enumerated() {
            let name = lesson.stepLabel(index)
            if let source = step.source, !sourceIDs.contains(source) {
                let known = lesson.sources.isEmpty ? "The lesson has no `sources:` yet; add one with `id: \(source)`."
                    : "The lesson's sources are: " + lesson.sources.map { "`\($0.id)`" }.joined(separator: ", ") + "."
                report(step.location, "\(name) names the source `\(source)`, but no source has that id. \(known)")
            }
            if let screen = step.screen {
                problems += ScreenBlock.problems(in: screen, stepName: name, path: lesson.sourcePath, at: step.location)
            }
            if let id = step.id {
                if let first = stepIDs[id] {
                    report(step.location, "step \(index + 1) has the id `\(id)`, which step \(first + 1) already uses. Step ids must be different.")
                } else {
                    stepIDs[id] = index
                }
            }
            if step.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                report(step.location, "\(name) has no text. Write what the learner should read.")
            }
            for (phrase, what) in TextRules.tasterSays where inEnglish {
                let texts = [step.text, step.explain].compactMap { $0 } + TextRules.feedbacks(of: step)
                if texts.contains(where: { $0.lowercased().contains(phrase) }) {
                    report(step.location, "\(name) says \"\(what)\", which taster already says itself. Leave it out, so the learner does not read it twice.", .warning)
                }
            }
            guard step.isQuestion else { continue }
            if step.hints.isEmpty {
                report(step.location, "\(name) asks a question but has no `hints`. Add two or three, from a gentle nudge to a big clue.")
            } else if !(2...3).contains(step.hints.count) {
                report(step.location, "\(name) has \(step.hints.count) \(step.hints.count == 1 ? "hint" : "hints"); a question should have 2 or 3, from a gentle nudge to a big clue.", .warning)
            }
            problems += kindProblems(step, name: name, path: lesson.sourcePath, inEnglish: inEnglish)
            if let model = AnswerChecker.modelAnswer(for: step), !AnswerChecker.check(model, against: step).isCorrect {
                report(step.location, "\(name)'s own right answer \(SafeText.quote(model)) is not accepted when checked. Check the step's answers.")
            }
        }
        for test in lesson.tests {
            if let from = test.from, lesson.stepIndex(for: from) == nil {
                var message = "the test \(SafeText.quote(test.name)) starts `from` \(SafeText.quote(from)), but the lesson has no step with that id or number."
                if let nearest = KeySuggestion.nearest(to: from, among: lesson.steps.compactMap(\.id)) {
                    message += " Did you mean `\(nearest)`?"
                }
                problems.append(LessonProblem(path: test.sourcePath, location: test.location, message: message))
            }
        }
        if lesson.summary.contains(where: \.isNewline) {
            report(.start, "the `summary` runs over more than one line. Write it as one line, such as `summary: Read the parts of a web address.`")
        }
        for prerequisite in lesson.prerequisites where !Slug.isValid(prerequisite) {
            report(.start, "`requires` lists \(SafeText.quote(prerequisite)), which is not a lesson id (lower-case letters, digits and hyphens).")
        }
        return problems
    }

    private static func kindProblems(_ step: Step, name: String, path: String, inEnglish: Bool) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        func report(_ location: SourceLocation, _ message: String, _ severity: LessonProblem.Severity = .error) {
            problems.append(LessonProblem(path: path, location: location, severity: severity, message: message))
        }
        switch step.kind {
        case .say, .type:
            break
        case .secret:
            if inEnglish, !TextRules.warnsAgainstRealPassword(step.text) {
                report(step.location, "\(name) asks for a passphrase but does not say not to type a real one. Add a line such as **Please do not type a password you really use.**")
            }
        case .choice(let question):
            if question.correctIndices.isEmpty {
                report(step.location, "\(name) has no right option. Mark at least one with `correct: true`.")
            }
            for option in question.options where !option.correct && option.feedback == nil {
                report(option.location, "the wrong option \(SafeText.quote(option.text)) in \(name) has no `feedback`. Say kindly why it is not right.")
            }
            for option in question.options where !option.correct {
                if inEnglish, let feedback = option.feedback, TextRules.isBareVerdict(feedback) {
                    report(option.location, TextRules.bareVerdictMessage(feedback), .warning)
                }
            }
            var texts: [String: Int] = [:]
            for option in question.options {
                let key = option.text.lowercased()
                if texts[key] != nil { report(option.location, "the option \(SafeText.quote(option.text)) appears twice in \(name).") }
                texts[key, default: 0] += 1
            }
        case .answer(let question):
            if question.accept.isEmpty {
                report(question.location, "\(name) has no `accept` answers. List at least one right answer; the first is shown as the model answer.")
            }
            for answer in question.accept where !AnswerChecker.check(answer, against: step).isCorrect {
                report(question.location, "the accepted answer \(SafeText.quote(answer)) does not pass \(name)'s own check (a wrong answer listed for the step may match it).")
            }
            for pattern in question.patterns {
                if let problem = AnswerPattern.problem(with: pattern) { report(question.location, problem) }
            }
            for wrong in question.wrong where inEnglish && TextRules.isBareVerdict(wrong.feedback) {
                report(wrong.location, TextRules.bareVerdictMessage(wrong.feedback), .warning)
            }
            for wrong in question.wrong where AnswerChecker.check(wrong.answer, against: step).isCorrect {
                report(wrong.location, "the wrong answer \(SafeText.quote(wrong.answer)) is also accepted as right. Remove it from `wrong`, or change `accept` or `patterns`.")
            }
        case .number(let question):
            for wrong in question.wrong where inEnglish && TextRules.isBareVerdict(wrong.feedback) {
                report(wrong.location, TextRules.bareVerdictMessage(wrong.feedback), .warning)
            }
            for wrong in question.wrong where abs(wrong.value - question.value) <= question.tolerance + 1e-9 {
                report(wrong.location, "the wrong value \(wrong.value) is within the tolerance of the right value \(question.value), so it would be accepted. Change one of them.")
            }
        case .order(let question):
            if Set(question.items.map { $0.lowercased() }).count != question.items.count {
                report(step.location, "\(name) lists the same item twice. Each item to put in order must be different.")
            }
            if let sample = TextRules.sampleOrder(in: step.text) {
                report(step.location, "\(name)'s text shows an order of numbers (\(SafeText.quote(sample))). Taster explains how to answer by itself, and a learner may take a sample for the answer. Remove it.", .warning)
            }
        }
        return problems
    }
}
