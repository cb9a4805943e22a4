import Foundation
import Testing
import TasterLessons
@testable import TasterEngine
import TasterWording

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_000_000)

    var engineClock: EngineClock { EngineClock { [self] in lock.withLock { current } } }

    func advance(_ seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }
}

@Suite("The lesson engine")
struct LessonRunTests {
    /// The English command words, as the catalogue lists them.
    static let commands = Catalogue.english.commandWords

    static let lesson = Lesson(
        id: "demo", title: "Demo", summary: "Practise the engine.", area: .foundation, minutes: 5,
        reviewed: CalendarDate(year: 2026, month: 11, day: 1),
        steps: [
            Step(id: "hello", text: "Hello.", kind: .say),
            Step(id: "pick", text: "Pick one.", hints: ["First hint.", "Second hint."], explain: "Because.",
                 kind: .choice(ChoiceQuestion(options: [
                    ChoiceOption(text: "Right", correct: true),
                    ChoiceOption(text: "Wrong", feedback: "Not that one."),
                 ]))),
            Step(id: "word", text: "Type skip.", hints: ["It is skip."],
                 kind: .answer(TextQuestion(accept: ["skip"]))),
            Step(id: "bye", text: "Bye.", kind: .say),
        ])

    private func started(at index: Int = 0, clock: TestClock = TestClock()) -> LessonRun {
        var run = LessonRun(lesson: Self.lesson, commands: Self.commands, startAt: index, clock: clock.engineClock)
        _ = run.start()
        return run
    }

    @Test("start shows the first step with its number")
    func startShowsFirstStep() {
        var run = LessonRun(lesson: Self.lesson, commands: Self.commands, clock: TestClock().engineClock)
        guard case .showStep(let shown) = run.start().first else { Issue.record("no step shown"); return }
        #expect(shown.number == 1)
        #expect(shown.total == 4)
        #expect(shown.step.id == "hello")
    }

    @Test("Enter on a say step moves on and records the step")
    func sayStepContinues() {
        var run = started()
        let events = run.handle(.line(""))
        #expect(run.stepIndex == 1)
        #expect(events.contains { if case .stepCompleted(let outcome) = $0 { outcome.index == 0 && !outcome.skipped } else { false } })
    }

    @Test("a wrong answer counts an attempt and gives the option's feedback; a right one explains")
    func wrongThenRight() {
        let clock = TestClock()
        var run = started(at: 1, clock: clock)
        #expect(run.handle(.line("2")) == [.incorrect(feedback: "Not that one.", attempt: 1, hintsLeft: true)])
        clock.advance(30)
        let events = run.handle(.line("1"))
        guard case .correct(_, _, let explanation) = events.first else { Issue.record("not correct: \(events)"); return }
        #expect(explanation == "Because.")
        guard case .stepCompleted(let outcome) = events[1] else { Issue.record("not completed"); return }
        #expect(outcome.attempts == 1)
        #expect(outcome.seconds == 30)
        #expect(outcome.typedAnswers == ["2", "1"])
        #expect(run.stepIndex == 2)
    }

    @Test("hints come one at a time, then the solution, then a notice")
    func hintsThenSolution() {
        var run = started(at: 1)
        #expect(run.handle(.line("hint")) == [.hint(text: "First hint.", number: 1, total: 2)])
        #expect(run.handle(.line("clue")) == [.hint(text: "Second hint.", number: 2, total: 2)])
        guard case .solution = run.handle(.line("hint")).first else { Issue.record("no solution"); return }
        #expect(run.handle(.line("hint")) == [.notice(.allHintsShown)])
        let events = run.handle(.line("1"))
        guard case .stepCompleted(let outcome) = events[1] else { Issue.record("not completed"); return }
        #expect(outcome.hintsUsed == 3)
    }

    @Test("a command word that the step accepts as its answer is the answer")
    func commandWordAsAnswer() {
        var run = started(at: 2)
        let events = run.handle(.line("skip"))
        guard case .correct = events.first else { Issue.record("skip was not taken as the answer: \(events)"); return }
        guard case .stepCompleted(let outcome) = events[1] else { Issue.record("not completed"); return }
        #expect(!outcome.skipped)
    }

    @Test("skip moves on and records the skip", arguments: ["skip", "SKIP", "  skip "])
    func skip(word: String) {
        var run = started(at: 1)
        let events = run.handle(.line(word))
        guard case .skipped = events.first, events.count > 1, case .stepCompleted(let outcome) = events[1] else {
            Issue.record("not skipped and completed: \(events)"); return
        }
        #expect(outcome.skipped)
        #expect(run.stepIndex == 2)
    }

    @Test("back goes to the previous step; on the first step it says so")
    func back() {
        var run = started(at: 1)
        guard case .showStep(let shown) = run.handle(.line("back")).first else { Issue.record("no step shown"); return }
        #expect(shown.index == 0)
        #expect(run.handle(.line("back")) == [.notice(.atFirstStep)])
    }

    @Test("quit, its aliases, menu and the end of input ask to leave", arguments: [
        ("quit", LeaveReason.quit), ("stop", .quit), ("bye", .quit), ("exit", .quit), ("menu", .menu),
    ])
    func leaving(word: String, reason: LeaveReason) {
        var run = started(at: 1)
        #expect(run.handle(.line(word)) == [.leave(reason)])
        #expect(run.stepIndex == 1)
    }

    @Test("the end of input asks to leave")
    func endOfInput() {
        var run = started(at: 1)
        #expect(run.handle(.endOfInput) == [.leave(.endOfInput)])
    }

    @Test("help, progress and repeat")
    func helpProgressRepeat() {
        var run = started(at: 1)
        #expect(run.handle(.line("help")) == [.help(LearnerCommand.allCases)])
        #expect(run.handle(.line("progress")) == [.progress(StepPosition(current: 2, total: 4, done: 0))])
        guard case .showStep(let shown) = run.handle(.line("repeat")).first else { Issue.record("no step shown"); return }
        #expect(shown.index == 1)
    }

    @Test("hint on a say step, and an empty answer, get notices")
    func notices() {
        var run = started()
        #expect(run.handle(.line("hint")) == [.notice(.noHintsHere)])
        var question = started(at: 1)
        #expect(question.handle(.line("   ")) == [.notice(.emptyAnswer)])
    }

    @Test("finishing the last step completes the lesson and then ignores input")
    func completion() {
        var run = started(at: 3)
        let events = run.handle(.line(""))
        guard case .lessonCompleted(let outcome) = events.last else { Issue.record("not complete: \(events)"); return }
        #expect(outcome.lessonID == "demo")
        #expect(run.isFinished)
        #expect(run.handle(.line("hello")).isEmpty)
    }

    @Test("a secret step's input is never kept")
    func secretNotKept() {
        let lesson = Lesson(id: "s", title: "S", summary: "S", area: .beingSafe, minutes: 1, reviewed: CalendarDate(year: 2026, month: 1, day: 1),
                            steps: [Step(text: "Make one.", hints: ["h"], kind: .secret(SecretPractice()))])
        var run = LessonRun(lesson: lesson, commands: Self.commands, clock: TestClock().engineClock)
        _ = run.start()
        var all = run.handle(.line("password"))
        all += run.handle(.line("kettle meadow lantern violin"))
        for event in all {
            if case .stepCompleted(let outcome) = event { #expect(outcome.typedAnswers.isEmpty) }
            #expect(!"\(event)".contains("kettle"))
            #expect(!"\(event)".contains("password\""))
        }
        #expect(run.isFinished)
    }

    @Test("resuming starts at the given step, clamped to the lesson", arguments: [(2, 2), (99, 3), (-4, 0)])
    func resume(start: Int, expected: Int) {
        #expect(LessonRun(lesson: Self.lesson, commands: Self.commands, startAt: start).stepIndex == expected)
    }

    @Test("completion words hold the commands and a choice's options")
    func completionWords() {
        let run = started(at: 1)
        #expect(run.completionWords.contains("hint"))
        #expect(run.completionWords.contains("Wrong"))
    }

    @Test("on nothing typed, Tab offers only the few words that fit the step; letters typed still complete any command word")
    func suggestedWords() {
        let first = LessonRun(lesson: Self.lesson, commands: Self.commands)
        #expect(!first.currentStep.isQuestion)
        #expect(first.completionWords(for: "") == ["repeat", "volunteer", "help", "quit"], "no back on the first step, no hint where nothing is asked")
        let question = started(at: 1)
        let offered = question.completionWords(for: "")
        #expect(offered.starts(with: ["hint", "skip", "back", "volunteer", "help", "quit"]))
        #expect(offered.count <= 8, "\(offered)")
        #expect(offered.contains("Wrong"), "a choice's options are offered")
        #expect(!offered.contains("clue") && !offered.contains("exit"))
        #expect(question.completionWords(for: "I pick ") == offered)
        #expect(question.completionWords(for: "cl").contains("clue"))
    }

    @Test("skip says it skipped and offers the answer on a question, but never a secret's")
    func skipOffersTheAnswer() throws {
        var run = started(at: 1)
        let events = run.handle(.line("skip"))
        let solution = try #require(AnswerChecker.solution(for: Self.lesson.steps[1]))
        #expect(events.first == .skipped(solution: solution))
        #expect(events.contains { if case .stepCompleted(let outcome) = $0 { outcome.skipped } else { false } })
        var say = started(at: 0)
        #expect(say.handle(.line("skip")).first == .skipped(solution: nil), "a step that asks nothing has no answer to offer")
        let secretLesson = Lesson(
            id: "secret", title: "Secret", summary: "Practise.", area: .foundation, minutes: 1,
            reviewed: CalendarDate(year: 2026, month: 11, day: 1),
            steps: [Step(id: "make", text: "Make one up.", kind: .secret(SecretPractice())), Step(id: "bye", text: "Bye.", kind: .say)])
        var secret = LessonRun(lesson: secretLesson, commands: Self.commands)
        #expect(secret.handle(.line("skip")).first == .skipped(solution: nil), "a secret's rules are never offered as its answer")
    }
}
