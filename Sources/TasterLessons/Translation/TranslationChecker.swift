import Foundation

/// Checks a translation against its English lesson, for `taster lint`: every step it names is in
/// the lesson, nothing in it changes the answer, its fingerprints say it is up to date, and the
/// lesson still makes sense in the language (its own answers pass, its wrong answers are wrong).
public enum TranslationChecker {
    /// Every problem found in `translation`, read against `lesson`.
    public static func check(_ translation: LessonTranslation, against lesson: Lesson) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        let path = translation.sourcePath
        func report(_ location: SourceLocation, _ fact: ProblemFact, _ severity: LessonProblem.Severity = .error) {
            problems.append(LessonProblem(path: path, location: location, severity: severity, fact))
        }
        if LanguageTag.primary(of: translation.language) == LanguageTag.primary(of: lesson.language) {
            report(.start, ProblemFact(.sameLanguage, ["language": .text(translation.language)]))
        }
        let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        if LanguageTag.isValid(folder), folder != translation.language {
            report(.start, ProblemFact(.wrongFolder, ["language": .text(translation.language), "folder": .text(folder)]))
        }
        if translation.title == nil {
            report(.start, ProblemFact(.titleUntranslated), .warning)
        }
        if translation.summary == nil {
            report(.start, ProblemFact(.summaryUntranslated), .warning)
        }
        let ids = lesson.steps.compactMap(\.id)
        var translatedIDs = Set<String>()
        for stepTranslation in translation.steps {
            guard let index = lesson.steps.firstIndex(where: { $0.id == stepTranslation.id }) else {
                let values: [String: ProblemValue] = ["lesson": .text(lesson.id), "id": .text(stepTranslation.id)]
                if let nearest = KeySuggestion.nearest(to: stepTranslation.id, among: ids) {
                    report(stepTranslation.location, ProblemFact(.noSuchStepSuggest, values.merging(["suggestion": .text(nearest)]) { $1 }))
                } else {
                    report(stepTranslation.location, ProblemFact(.noSuchStep, values))
                }
                continue
            }
            translatedIDs.insert(stepTranslation.id)
            problems += stepProblems(stepTranslation, english: lesson.steps[index], path: path)
        }
        let untranslated = lesson.steps.enumerated().filter { $0.element.id.map { !translatedIDs.contains($0) } ?? true }
        if !untranslated.isEmpty, !translation.steps.isEmpty || !lesson.steps.isEmpty {
            let names = untranslated.map { lesson.stepLabel($0.offset) }
            report(.start, ProblemFact(.stepsUntranslated, ["steps": .list(names)], count: names.count), .warning)
        }
        for (index, step) in lesson.steps.enumerated() where step.id == nil {
            report(.start, ProblemFact(.englishStepNoID, ["step": lesson.stepLabel(index)]), .warning)
        }
        problems += senseProblems(translation, lesson: lesson, translatedIDs: translatedIDs)
        return problems
    }

    /// What lint says about one translated step: its fingerprint, the answer it must not change,
    /// and the texts it leaves in English.
    static func stepProblems(_ translation: StepTranslation, english step: Step, path: String) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        func report(_ location: SourceLocation, _ fact: ProblemFact, _ severity: LessonProblem.Severity = .error) {
            problems.append(LessonProblem(path: path, location: location, severity: severity, fact))
        }
        let id = translation.id
        let current = StepFingerprint.of(step)
        switch translation.fingerprint {
        case nil:
            report(translation.location, ProblemFact(.noFingerprint, ["id": .text(id)]), .warning)
        case let written? where !StepFingerprint.isWellFormed(written):
            report(translation.fingerprintLocation ?? translation.location,
                   ProblemFact(.badFingerprint, ["id": .text(id), "value": .text(SafeText.quote(written))]), .warning)
        case let written? where written != current:
            report(translation.fingerprintLocation ?? translation.location,
                   ProblemFact(.staleFingerprint, ["id": .text(id)]), .warning)
        default:
            break
        }
        problems += factProblems(translation, english: step, path: path)
        problems += missingTexts(translation, english: step).map {
            LessonProblem(path: path, location: translation.location, severity: .warning,
                          ProblemFact($0 == "`hints`" || $0 == "`items`" ? .textsUntranslated : .textUntranslated, ["id": .text(id), "text": $0]))
        }
        return problems
    }

    /// Errors for each answer fact the translation writes that differs from the English, and for
    /// texts that belong to another kind of step.
    static func factProblems(_ translation: StepTranslation, english step: Step, path: String) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        func report(_ location: SourceLocation, _ fact: ProblemFact) {
            problems.append(LessonProblem(path: path, location: location, fact))
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
                report(fact.location, ProblemFact(.factNotInKind, ["id": .text(id), "kind": .text(step.kind.name), "key": .text(fact.key)]))
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
                report(fact.location, ProblemFact(.changesAnswer, ["id": .text(id), "key": .text(fact.key), "value": .text(shown)]))
            }
        }
        func notUsed(_ key: String, _ given: Bool) {
            if given {
                report(translation.location, ProblemFact(.keyNotInKind, ["id": .text(id), "kind": .text(step.kind.name), "key": .text(key)]))
            }
        }
        switch step.kind {
        case .choice(let question):
            if let options = translation.options {
                if options.count != question.options.count {
                    report(options.first?.location ?? translation.location,
                           ProblemFact(.optionCountDiffers, ["id": .text(id), "english": "\(question.options.count)", "here": "\(options.count)"]))
                }
                for (index, option) in options.enumerated() where question.options.indices.contains(index) {
                    if let correct = option.statedCorrect, correct != question.options[index].correct {
                        report(option.location, ProblemFact(.changesRightOption, ["number": "\(index + 1)", "id": .text(id), "rightness": .phrase(question.options[index].correct ? .optionRight : .optionWrong)]))
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
                report(wrong.location, ProblemFact(.wrongAnswerInKind, ["id": .text(id), "kind": .text(step.kind.name), "has": .phrase(step.kind.name == "number" ? .hasEnglishValue : .hasNoPlace)]))
            }
        }
        if case .number(let question) = step.kind {
            for wrong in translation.wrongNumbers ?? [] where !question.wrong.contains(where: { abs($0.value - wrong.value) < 1e-9 }) {
                let known = question.wrong.map { Self.number($0.value) }
                report(wrong.location, ProblemFact(.unknownWrongValue, ["id": .text(id), "value": .text(Self.number(wrong.value)),
                                                             "known": known.isEmpty ? .phrase(.knownNone) : .phrase(.knownValues, ["values": .text(known.joined(separator: ", "))])]))
            }
        } else if let wrong = translation.wrongNumbers?.first {
            report(wrong.location, ProblemFact(.wrongNumbersInKind, ["id": .text(id), "kind": .text(step.kind.name)]))
        }
        if case .order(let question) = step.kind {
            if let items = translation.items, items.count != question.items.count {
                report(translation.location, ProblemFact(.itemCountDiffers, ["id": .text(id), "english": "\(question.items.count)", "here": "\(items.count)"]))
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

    /// The texts the English step has that the translation leaves out, as `key` names or phrases.
    static func missingTexts(_ translation: StepTranslation, english step: Step) -> [ProblemValue] {
        var missing: [ProblemValue] = []
        if translation.text == nil { missing.append("`text`") }
        if !step.hints.isEmpty, translation.hints == nil { missing.append("`hints`") }
        if step.explain != nil, translation.explain == nil { missing.append("`explain`") }
        if step.solution != nil, translation.solution == nil { missing.append("`solution`") }
        switch step.kind {
        case .choice(let question):
            let options = translation.options ?? []
            for (index, option) in question.options.enumerated() {
                let given = options.indices.contains(index) ? options[index] : nil
                if given?.text == nil { missing.append(.phrase(.missingOptionText, ["number": "\(index + 1)"])) }
                if option.feedback != nil, given?.feedback == nil { missing.append(.phrase(.missingOptionFeedback, ["number": "\(index + 1)"])) }
            }
        case .answer(let question):
            if translation.accept == nil { missing.append(.phrase(.missingAccept)) }
            if !question.wrong.isEmpty, translation.wrongAnswers == nil { missing.append(.phrase(.missingWrong)) }
        case .number(let question):
            let given = translation.wrongNumbers ?? []
            for wrong in question.wrong where !given.contains(where: { abs($0.value - wrong.value) < 1e-9 }) {
                missing.append(.phrase(.missingWrongValue, ["value": .text(Self.number(wrong.value))]))
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
            let englishFacts = Set(LessonValidator.check(lesson).map(\.fact))
            checked.removeAll { englishFacts.contains($0.fact) }
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
