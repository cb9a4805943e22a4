import Foundation
import TasterEngine
import TasterLessons
import TasterWording

/// One thing `taster test` found wrong.
public struct TestFailure: Sendable, Equatable, CustomStringConvertible {
    /// The file the failing test or step is written in.
    public var path: String
    /// Where in that file.
    public var location: SourceLocation
    /// Which test ("auto-play" for the automatic run).
    public var testName: String
    /// The step it happened at, from 1.
    public var stepNumber: Int
    /// That step's id, when it has one.
    public var stepID: String? = nil
    /// What was expected and what happened, as a fact; the catalogue has its words.
    public var fact: ProblemFact

    /// What was expected and what happened, in English.
    public var message: String { Catalogue.english.text(of: fact) }

    /// `path:line:col: error: ...`, in English.
    public var description: String { line(in: .english) }

    /// `path:line:col: error: test "name", step 2 (id): ...`, in `catalogue`'s language.
    public func line(in catalogue: Catalogue) -> String {
        let step: ProblemValue = stepID.map { .phrase(.testStepID, ["id": .text($0)]) } ?? ""
        let said = catalogue.text(of: ProblemFact(.testFailure, [
            "test": .text(SafeText.quote(testName, limit: 80)), "number": "\(stepNumber)", "id": step, "what": .phrase(fact),
        ]))
        return "\(path):\(location.line):\(location.column): error: \(said)"
    }
}

/// What `taster test` found.
public struct TestReport: Sendable {
    /// Every failure.
    public var failures: [TestFailure]
    /// Tests run (each lesson's auto-play counts as one).
    public var testsRun: Int
    /// Lessons played.
    public var lessonsPlayed: Int
    /// Translations played (each lesson in each language it has besides its own).
    public var translationsPlayed: Int = 0
}

/// Plays lessons headlessly through the engine: each lesson with its own right answers
/// (auto-play), then each of the author's tests.
public struct LessonTestRunner: Sendable {
    /// The clock given to the engine.
    public var clock: EngineClock
    /// The words a learner would read, which the author's `says:` checks are matched against.
    public var wording: EventWording
    /// The learner's command words the tests type (the catalogue's, and English in every language).
    public var commands: CommandWords

    /// Creates a runner that checks against the words in `catalogue`.
    public init(clock: EngineClock = .fixed(Date(timeIntervalSince1970: 0)), catalogue: Catalogue = .english) {
        self.clock = clock
        self.wording = EventWording(catalogue)
        self.commands = catalogue.commandWords
    }

    /// Plays every lesson in `library`.
    public func run(_ library: LessonLibrary) -> TestReport {
        var failures: [TestFailure] = []
        var testsRun = 0
        for lesson in library.lessons {
            failures += autoPlay(lesson)
            testsRun += 1
            for test in lesson.tests {
                failures += play(test, in: lesson)
                testsRun += 1
            }
        }
        var translationsPlayed = 0
        for lesson in library.lessons {
            for translation in library.translations(of: lesson.id) {
                let played = play(translation, of: lesson)
                failures += played.failures
                testsRun += played.testsRun
                translationsPlayed += 1
            }
        }
        return TestReport(failures: failures, testsRun: testsRun, lessonsPlayed: library.lessons.count, translationsPlayed: translationsPlayed)
    }

    /// Plays a lesson in a translation's language, as a learner reading it would: with the
    /// translated right answers (auto-play), each translated wrong answer and wrong option (which
    /// must be refused with its translated feedback), and the translation's own tests.
    public func play(_ translation: LessonTranslation, of lesson: Lesson) -> (failures: [TestFailure], testsRun: Int) {
        let seen = lesson.translated(by: translation)
        let language = translation.language
        func placed(_ failure: TestFailure, name: String) -> TestFailure {
            var failure = failure
            failure.testName = name
            if let id = failure.stepID, let step = translation.step(id: id) {
                failure.path = translation.sourcePath
                failure.location = step.location
            }
            return failure
        }
        var failures = autoPlay(seen).map { placed($0, name: "auto-play (\(language))") }
        failures += wrongAnswers(translation, seen: seen).map { placed($0, name: "wrong answers (\(language))") }
        for test in seen.tests {
            failures += play(test, in: seen)
        }
        return (failures, 2 + seen.tests.count)
    }

    /// Types each translated wrong answer, and picks each wrong option, at its step: each must be
    /// refused and its translated feedback shown.
    func wrongAnswers(_ translation: LessonTranslation, seen lesson: Lesson) -> [TestFailure] {
        var failures: [TestFailure] = []
        for (index, step) in lesson.steps.enumerated() {
            guard let id = step.id, let stepTranslation = translation.step(id: id) else { continue }
            var tries: [(input: String, feedback: String)] = []
            switch step.kind {
            case .choice(let question):
                for (number, option) in question.options.enumerated() where !option.correct {
                    let translated = stepTranslation.options.map { $0.indices.contains(number) ? $0[number].feedback : nil } ?? nil
                    if let feedback = translated { tries.append(("\(number + 1)", feedback)) }
                }
            case .answer:
                tries = (stepTranslation.wrongAnswers ?? []).map { ($0.answer, $0.feedback) }
            case .number(let question):
                tries = (stepTranslation.wrongNumbers ?? []).map { wrong in
                    (NumberFormatting.plain(wrong.value), question.wrong.first { abs($0.value - wrong.value) < 1e-9 }?.feedback ?? wrong.feedback)
                }
            case .say, .type, .secret, .order:
                break
            }
            for attempt in tries {
                var run = LessonRun(lesson: lesson, commands: commands, startAt: index, clock: clock)
                _ = run.start()
                let events = run.handle(.line(attempt.input))
                let said = events.flatMap(wording.lines).joined(separator: "\n")
                let refused = Self.outcomes(of: events).contains(.incorrect)
                let flat = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                if !refused || !flat(said).localizedCaseInsensitiveContains(flat(attempt.feedback)) {
                    failures.append(TestFailure(path: translation.sourcePath, location: stepTranslation.location, testName: "", stepNumber: index + 1, stepID: id,
                        fact: ProblemFact(.wrongFeedbackNotShown, ["input": .text(SafeText.quote(attempt.input)), "said": .text(SafeText.quote(said, limit: 160))])))
                }
            }
        }
        return failures
    }

    /// Feeds each step its model answer and expects the lesson to complete.
    public func autoPlay(_ lesson: Lesson) -> [TestFailure] {
        var run = LessonRun(lesson: lesson, commands: commands, clock: clock)
        _ = run.start()
        for _ in 0..<(lesson.steps.count + 1) {
            let step = run.currentStep
            let index = run.stepIndex
            let input = AnswerChecker.modelAnswer(for: step) ?? ""
            let events = run.handle(.line(input))
            if run.isFinished { return [] }
            guard run.stepIndex == index + 1 else {
                let said = events.flatMap(wording.lines).joined(separator: " ")
                return [TestFailure(path: lesson.sourcePath, location: step.location, testName: "auto-play", stepNumber: index + 1, stepID: step.id,
                    fact: ProblemFact(.ownAnswerStuck, ["input": .text(SafeText.quote(input)), "said": .text(SafeText.quote(said, limit: 120))]))]
            }
        }
        return [TestFailure(path: lesson.sourcePath, location: .start, testName: "auto-play", stepNumber: lesson.steps.count,
            fact: ProblemFact(.lessonNotFinished))]
    }

    /// Plays one of the author's tests.
    public func play(_ test: LessonTest, in lesson: Lesson) -> [TestFailure] {
        let start = test.from.flatMap(lesson.stepIndex(for:)) ?? 0
        var run = LessonRun(lesson: lesson, commands: commands, startAt: start, clock: clock)
        _ = run.start()
        var failures: [TestFailure] = []
        for exchange in test.exchanges {
            let stepNumber = run.stepIndex + 1
            let stepID = run.isFinished ? nil : run.currentStep.id
            func fail(_ fact: ProblemFact) {
                failures.append(TestFailure(path: test.sourcePath, location: exchange.location, testName: test.name, stepNumber: stepNumber, stepID: stepID, fact: fact))
            }
            guard !run.isFinished else {
                fail(ProblemFact(.alreadyFinished, ["input": .text(SafeText.quote(exchange.input))]))
                break
            }
            let events = run.handle(.line(exchange.input))
            let happened = Self.outcomes(of: events)
            let said = events.flatMap(wording.lines).joined(separator: "\n")
            if let expected = exchange.expect, !happened.contains(expected) {
                let what: ProblemValue = happened.isEmpty ? .phrase(.nothingOfTheKind) : .text(happened.map(\.rawValue).sorted().joined(separator: ", "))
                fail(ProblemFact(.expectedOutcome, ["input": .text(SafeText.quote(exchange.input)), "expected": .text(expected.rawValue), "got": what,
                                                    "said": .text(SafeText.quote(said, limit: 160))]))
            }
            for snippet in exchange.shows where !said.localizedCaseInsensitiveContains(snippet) {
                fail(ProblemFact(.expectedToSee, ["input": .text(SafeText.quote(exchange.input)), "snippet": .text(SafeText.quote(snippet)), "said": .text(SafeText.quote(said, limit: 160))]))
            }
        }
        return failures
    }

    /// The kinds of outcome a list of events contains, in the words authors write in tests.
    public static func outcomes(of events: [EngineEvent]) -> Set<TestExpectation> {
        var outcomes = Set<TestExpectation>()
        for event in events {
            switch event {
            case .correct: outcomes.insert(.correct)
            case .incorrect, .mismatch, .unreadable: outcomes.insert(.incorrect)
            case .hint: outcomes.insert(.hint)
            case .solution: outcomes.insert(.solution)
            case .stepCompleted(let outcome): outcomes.insert(outcome.skipped ? .skipped : .next)
            case .lessonCompleted: outcomes.insert(.complete)
            case .showStep, .progress, .skipped, .help, .notice, .leave: break
            }
        }
        return outcomes
    }
}
