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
    /// What was expected and what happened.
    public var message: String

    /// `path:line:col: error: ...`.
    public var description: String {
        "\(path):\(location.line):\(location.column): error: test \(SafeText.quote(testName, limit: 80)), step \(stepNumber)\(stepID.map { " (\($0))" } ?? ""): \(message)"
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
}

/// Plays lessons headlessly through the engine: each lesson with its own right answers
/// (auto-play), then each of the author's tests.
public struct LessonTestRunner: Sendable {
    /// The clock given to the engine.
    public var clock: EngineClock
    /// The words a learner would read, which the author's `says:` checks are matched against.
    public var wording: EventWording

    /// Creates a runner that checks against the words in `catalogue`.
    public init(clock: EngineClock = .fixed(Date(timeIntervalSince1970: 0)), catalogue: Catalogue = .english) {
        self.clock = clock
        self.wording = EventWording(catalogue)
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
        return TestReport(failures: failures, testsRun: testsRun, lessonsPlayed: library.lessons.count)
    }

    /// Feeds each step its model answer and expects the lesson to complete.
    public func autoPlay(_ lesson: Lesson) -> [TestFailure] {
        var run = LessonRun(lesson: lesson, clock: clock)
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
                    message: "the step's own answer \(SafeText.quote(input)) did not move the lesson on; taster said: \(SafeText.quote(said, limit: 120))")]
            }
        }
        return [TestFailure(path: lesson.sourcePath, location: .start, testName: "auto-play", stepNumber: lesson.steps.count,
            message: "the lesson did not finish after every step was answered.")]
    }

    /// Plays one of the author's tests.
    public func play(_ test: LessonTest, in lesson: Lesson) -> [TestFailure] {
        let start = test.from.flatMap(lesson.stepIndex(for:)) ?? 0
        var run = LessonRun(lesson: lesson, startAt: start, clock: clock)
        _ = run.start()
        var failures: [TestFailure] = []
        for exchange in test.exchanges {
            let stepNumber = run.stepIndex + 1
            let stepID = run.isFinished ? nil : run.currentStep.id
            func fail(_ message: String) {
                failures.append(TestFailure(path: test.sourcePath, location: exchange.location, testName: test.name, stepNumber: stepNumber, stepID: stepID, message: message))
            }
            guard !run.isFinished else {
                fail("the lesson had already finished before the input \(SafeText.quote(exchange.input)).")
                break
            }
            let events = run.handle(.line(exchange.input))
            let happened = Self.outcomes(of: events)
            let said = events.flatMap(wording.lines).joined(separator: "\n")
            if let expected = exchange.expect, !happened.contains(expected) {
                let what = happened.isEmpty ? "nothing of the kind" : happened.map(\.rawValue).sorted().joined(separator: ", ")
                fail("after the input \(SafeText.quote(exchange.input)) expected \(expected.rawValue), but got \(what). Taster said: \(SafeText.quote(said, limit: 160))")
            }
            for snippet in exchange.shows where !said.localizedCaseInsensitiveContains(snippet) {
                fail("after the input \(SafeText.quote(exchange.input)) expected to see \(SafeText.quote(snippet)), but taster said: \(SafeText.quote(said, limit: 160))")
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
