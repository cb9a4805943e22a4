extension Lesson {
    /// The lesson as a learner reading `translation`'s language sees it: each text the
    /// translation gives in place of the English, every other text in English.
    ///
    /// The steps keep their ids, kinds, order and answers, and the lesson keeps its content
    /// version, so a learner who changes language carries on at the same step, and progress
    /// saved in one language is the same progress in the other.
    public func translated(by translation: LessonTranslation) -> Lesson {
        var lesson = self
        lesson.language = translation.language
        if let title = translation.title { lesson.title = title }
        if let summary = translation.summary { lesson.summary = summary }
        lesson.steps = steps.map { step in
            guard let id = step.id, let stepTranslation = translation.step(id: id) else { return step }
            return step.translated(by: stepTranslation)
        }
        lesson.tests = translation.tests
        return lesson
    }
}

extension Lesson {
    /// Only the steps `translation` translates, as a learner reading it meets them, each placed
    /// where it is written in the translation file: what lint checks in a translation.
    public func translatedStepsOnly(by translation: LessonTranslation) -> Lesson {
        var seen = translated(by: translation)
        seen.sourcePath = translation.sourcePath
        seen.steps = seen.steps.compactMap { step in
            guard let id = step.id, let stepTranslation = translation.step(id: id) else { return nil }
            var placed = step
            placed.location = stepTranslation.location
            switch placed.kind {
            case .choice(var question):
                for index in question.options.indices {
                    question.options[index].location = stepTranslation.options.flatMap { $0.indices.contains(index) ? $0[index].location : nil } ?? stepTranslation.location
                }
                placed.kind = .choice(question)
            case .answer(var question):
                question.location = stepTranslation.location
                placed.kind = .answer(question)
            case .number(var question):
                for index in question.wrong.indices {
                    let value = question.wrong[index].value
                    question.wrong[index].location = stepTranslation.wrongNumbers?.first { abs($0.value - value) < 1e-9 }?.location ?? stepTranslation.location
                }
                placed.kind = .number(question)
            case .say, .type, .secret, .order:
                break
            }
            return placed
        }
        return seen
    }
}

extension Step {
    /// The step with the translated texts in place of the English ones; the answer stays as it is.
    public func translated(by translation: StepTranslation) -> Step {
        var step = self
        if let text = translation.text { step.text = text }
        if let note = translation.note { step.note = note }
        if let hints = translation.hints { step.hints = hints }
        if let explain = translation.explain { step.explain = explain }
        if let solution = translation.solution { step.solution = solution }
        if let screen = translation.screen { step.screen = screen }
        switch kind {
        case .say, .secret:
            break
        case .choice(var question):
            for (index, option) in (translation.options ?? []).enumerated() where question.options.indices.contains(index) {
                if let text = option.text { question.options[index].text = text }
                if let feedback = option.feedback { question.options[index].feedback = feedback }
            }
            step.kind = .choice(question)
        case .answer(var question):
            if let accept = translation.accept { question.accept = accept }
            if let patterns = translation.patterns { question.patterns = patterns }
            if let wrong = translation.wrongAnswers { question.wrong = wrong }
            step.kind = .answer(question)
        case .number(var question):
            for given in translation.wrongNumbers ?? [] {
                if let index = question.wrong.firstIndex(where: { abs($0.value - given.value) < 1e-9 }) {
                    question.wrong[index].feedback = given.feedback
                }
            }
            step.kind = .number(question)
        case .type(var drill):
            if let target = translation.target { drill.target = target }
            step.kind = .type(drill)
        case .order(var question):
            if let items = translation.items, items.count == question.items.count {
                question.items = items
            }
            step.kind = .order(question)
        }
        return step
    }
}
