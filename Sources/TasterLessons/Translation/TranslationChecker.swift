import Foundation

/// Checks a translation against its English lesson, for `taster lint`: every step it names is in
/// the lesson, nothing in it changes the answer, its fingerprints say it is up to date, and the
/// lesson still makes sense in the language (its own answers pass, its wrong answers are wrong).
public enum TranslationChecker {
    /// Every problem found in `translation`, read against `lesson`.
    public static func check(_ translation: LessonTranslation, against lesson: Lesson) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        let path = translation.sourcePath
        func report(_ location: SourceLocation, _ message: String, _ severity: LessonProblem.Severity = .error) {
            problems.append(LessonProblem(path: path, location: location, severity: severity, message: message))
        }
        if LanguageTag.primary(of: translation.language) == LanguageTag.primary(of: lesson.language) {
            report(.start, "the translation's `language` is \(translation.language), the language the lesson is already written in. Write the language of the translation, such as `cy` or `pl`.")
        }
        let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        if LanguageTag.isValid(folder), folder != translation.language {
            report(.start, "the translation says `language: \(translation.language)`, but it is in the folder `\(folder)`. Move it to a folder called `\(translation.language)`, or correct `language`.")
        }
        if translation.title == nil {
            report(.start, "the lesson's `title` is not translated, so the menu shows it in English.", .warning)
        }
        if translation.summary == nil {
            report(.start, "the lesson's `summary` is not translated, so it is shown in English.", .warning)
        }
        let ids = lesson.steps.compactMap(\.id)
        var translatedIDs = Set<String>()
        for stepTranslation in translation.steps {
            guard let index = lesson.steps.firstIndex(where: { $0.id == stepTranslation.id }) else {
                var message = "the lesson \(lesson.id) has no step `\(stepTranslation.id)`"
                if let nearest = KeySuggestion.nearest(to: stepTranslation.id, among: ids) { message += "; did you mean `\(nearest)`?" } else {
                    message += ". Each key under `steps` must be the id of a step in the English lesson."
                }
                report(stepTranslation.location, message)
                continue
            }
            translatedIDs.insert(stepTranslation.id)
            problems += stepProblems(stepTranslation, english: lesson.steps[index], path: path)
        }
        let untranslated = lesson.steps.enumerated().filter { $0.element.id.map { !translatedIDs.contains($0) } ?? true }
        if !untranslated.isEmpty, !translation.steps.isEmpty || !lesson.steps.isEmpty {
            let names = untranslated.map { lesson.stepLabel($0.offset) }
            report(.start, "\(names.count == 1 ? "this step is" : "these steps are") not translated yet, so learners read \(names.count == 1 ? "it" : "them") in English: \(names.joined(separator: ", ")).", .warning)
        }
        for (index, step) in lesson.steps.enumerated() where step.id == nil {
            report(.start, "\(lesson.stepLabel(index)) of the English lesson has no `id`, so it cannot be translated. Give it an id in the English lesson.", .warning)
        }
        problems += senseProblems(translation, lesson: lesson, translatedIDs: translatedIDs)
        return problems
    }

    /// What lint says about one translated step: its fingerprint, the answer it must not change,
    /// and the texts it leaves in English.
    static func stepProblems(_ translation: StepTranslation, english step: Step, path: String) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        func report(_ location: SourceLocation, _ message: String, _ severity: LessonProblem.Severity = .error) {
            problems.append(LessonProblem(path: path, location: location, severity: severity, message: message))
        }
        let id = translation.id
        let current = StepFingerprint.of(step)
        switch translation.fingerprint {
        case nil:
            report(translation.location, "step `\(id)` has no `fingerprint` of the English it was translated from. Run `taster lint --update-fingerprints` on this file to add it.", .warning)
        case let written? where !StepFingerprint.isWellFormed(written):
            report(translation.fingerprintLocation ?? translation.location,
                   "step `\(id)`'s `fingerprint` \(SafeText.quote(written)) is not one taster wrote: it is eight letters and digits, such as \"3f9a1c2d\". Never write it by hand: run `taster lint --update-fingerprints` on this file.", .warning)
        case let written? where written != current:
            report(translation.fingerprintLocation ?? translation.location,
                   "the English of step `\(id)` changed since this was translated. Compare the translation with the English step, bring it up to date, then run `taster lint --update-fingerprints` on this file.", .warning)
        default:
            break
        }
        problems += factProblems(translation, english: step, path: path)
        problems += missingTexts(translation, english: step).map {
            LessonProblem(path: path, location: translation.location, severity: .warning,
                          message: "step `\(id)` does not translate \($0), so learners read \($0 == "`hints`" || $0 == "`items`" ? "them" : "it") in English.")
        }
        return problems
    }

    /// Errors for each answer fact the translation writes that differs from the English, and for
    /// texts that belong to another kind of step.
    static func factProblems(_ translation: StepTranslation, english step: Step, path: String) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        func report(_ location: SourceLocation, _ message: String) {
            problems.append(LessonProblem(path: path, location: location, message: message))
        }
        let id = translation.id
        var facts: [String: String] = ["kind": step.kind.name]
        switch step.kind {
        case .choice(let question): facts["pick"] = question.pick.rawValue
        case .answer(let question): facts["typos"] = question.forgiveTypos ? "true" : "false"
        case .number(let question):
            facts["value"] = "\(question.value)"
            facts["tolerance"] = "\(question.tolerance)"
            facts["unit"] = question.unit.rawValue
        case .secret(let practice):
            facts["min_length"] = "\(practice.minLength)"
            facts["min_words"] = "\(practice.minWords)"
        case .say, .type, .order: break
        }
        for fact in translation.statedFacts {
            guard let english = facts[fact.key] else {
                report(fact.location, "step `\(id)` is a `\(step.kind.name)` step, which has no `\(fact.key)`. Remove it: the answer comes from the English lesson.")
                continue
            }
            let same: Bool
            if ["value", "tolerance"].contains(fact.key) {
                same = Double(fact.value.trimmingCharacters(in: .whitespaces)).map { abs($0 - Double(english)!) < 1e-9 } ?? false
            } else {
                same = fact.value.trimmingCharacters(in: .whitespaces).lowercased() == english.lowercased()
            }
            if !same {
                let shown = fact.key == "value" || fact.key == "tolerance" ? Self.number(Double(english)!) : english
                report(fact.location, "this would change the answer: the English step `\(id)` has `\(fact.key): \(shown)`, and a translation cannot change it. Remove `\(fact.key)`, or write \(shown).")
            }
        }
        func notUsed(_ key: String, _ given: Bool) {
            if given {
                report(translation.location, "step `\(id)` is a `\(step.kind.name)` step, which has no `\(key)`. Remove it, or check that the step id is the right one.")
            }
        }
        switch step.kind {
        case .choice(let question):
            if let options = translation.options {
                if options.count != question.options.count {
                    report(options.first?.location ?? translation.location,
                           "step `\(id)` has \(question.options.count) options in English and \(options.count) here. Translate each English option, in the same order.")
                }
                for (index, option) in options.enumerated() where question.options.indices.contains(index) {
                    if let correct = option.statedCorrect, correct != question.options[index].correct {
                        report(option.location, "this would change the answer: option \(index + 1) of step `\(id)` is \(question.options[index].correct ? "right" : "wrong") in English. Remove `correct` here; the right options come from the English lesson.")
                    }
                }
            }
        default:
            notUsed("options", translation.options != nil)
        }
        switch step.kind {
        case .answer: break
        default:
            notUsed("accept", translation.accept != nil)
            notUsed("patterns", translation.patterns != nil)
            if let wrong = translation.wrongAnswers?.first {
                report(wrong.location, "step `\(id)` is a `\(step.kind.name)` step, so a wrong answer here has \(step.kind.name == "number" ? "`value` (the English wrong value)" : "no place") rather than `answer`.")
            }
        }
        if case .number(let question) = step.kind {
            for wrong in translation.wrongNumbers ?? [] where !question.wrong.contains(where: { abs($0.value - wrong.value) < 1e-9 }) {
                let known = question.wrong.map { Self.number($0.value) }
                report(wrong.location, "this would change the answer: the English step `\(id)` has no wrong value \(Self.number(wrong.value))"
                       + (known.isEmpty ? "." : "; its wrong values are \(known.joined(separator: ", ")).") + " Give feedback only for the English wrong values.")
            }
        } else if let wrong = translation.wrongNumbers?.first {
            report(wrong.location, "step `\(id)` is a `\(step.kind.name)` step, so its wrong answers have `answer`, not `value`.")
        }
        if case .order(let question) = step.kind {
            if let items = translation.items, items.count != question.items.count {
                report(translation.location, "step `\(id)` has \(question.items.count) items in English and \(items.count) here. Translate each English item, in the same (right) order.")
            }
        } else {
            notUsed("items", translation.items != nil)
        }
        if case .type = step.kind {} else { notUsed("target", translation.target != nil) }
        if !step.isQuestion {
            notUsed("hints", translation.hints != nil)
            notUsed("explain", translation.explain != nil)
            notUsed("solution", translation.solution != nil)
        }
        return problems
    }

    /// The texts the English step has that the translation leaves out, as `key` names.
    static func missingTexts(_ translation: StepTranslation, english step: Step) -> [String] {
        var missing: [String] = []
        if translation.text == nil { missing.append("`text`") }
        if !step.hints.isEmpty, translation.hints == nil { missing.append("`hints`") }
        if step.explain != nil, translation.explain == nil { missing.append("`explain`") }
        if step.solution != nil, translation.solution == nil { missing.append("`solution`") }
        switch step.kind {
        case .choice(let question):
            let options = translation.options ?? []
            for (index, option) in question.options.enumerated() {
                let given = options.indices.contains(index) ? options[index] : nil
                if given?.text == nil { missing.append("the text of option \(index + 1)") }
                if option.feedback != nil, given?.feedback == nil { missing.append("the feedback of option \(index + 1)") }
            }
        case .answer(let question):
            if translation.accept == nil { missing.append("`accept` (the answers a learner may type)") }
            if !question.wrong.isEmpty, translation.wrongAnswers == nil { missing.append("`wrong` (the known wrong answers)") }
        case .number(let question):
            let given = translation.wrongNumbers ?? []
            for wrong in question.wrong where !given.contains(where: { abs($0.value - wrong.value) < 1e-9 }) {
                missing.append("the feedback for the wrong value \(Self.number(wrong.value))")
            }
        case .order:
            if translation.items == nil { missing.append("`items`") }
        case .say, .type, .secret:
            break
        }
        return missing
    }

    /// The checks a lesson gets, run on the translated steps as a learner would meet them:
    /// their own right answers pass, their wrong answers are not accepted, their screens fit.
    static func senseProblems(_ translation: LessonTranslation, lesson: Lesson, translatedIDs: Set<String>) -> [LessonProblem] {
        let seen = lesson.translatedStepsOnly(by: translation)
        guard !seen.steps.isEmpty || !seen.tests.isEmpty else { return [] }
        // Lint reports the English lesson's own problems on the English file; here only what the
        // translated steps and the translation's tests bring.
        var checked = LessonValidator.check(seen).filter { $0.path == translation.sourcePath }
        // What the English lesson is already told (such as a step with one hint) is not said
        // again; the English is checked again only when there is something to compare.
        if !checked.isEmpty {
            let englishMessages = Set(LessonValidator.check(lesson).map(\.message))
            checked.removeAll { englishMessages.contains($0.message) }
        }
        // A test may start at an untranslated step: look it up in the whole lesson.
        let whole = lesson.translated(by: translation)
        checked.removeAll { problem in
            translation.tests.contains { test in
                test.location == problem.location && test.from.flatMap(whole.stepIndex(for:)) != nil
            }
        }
        return checked
    }

    /// A number as an author writes it: `0.3`, `25`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}
