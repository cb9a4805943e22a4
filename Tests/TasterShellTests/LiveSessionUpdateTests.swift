import Foundation
import TasterEngine
import TasterLessons
import TasterStore
import Testing
@testable import TasterShell
import TasterTestSupport
import TasterWording


/// A scripted reader that also lets the test look at the store each time the shell asks for a line.
private final class WatchingReader: LineReader {
    private let script: ScriptedLineReader
    private let look: (String) -> Void

    init(_ lines: [String], look: @escaping (String) -> Void) {
        script = ScriptedLineReader(lines: lines)
        self.look = look
    }

    var prompts: [String] { script.prompts }
    var history: [String] { script.history }

    func readLine(prompt: String) -> LineInput {
        look(prompt)
        return script.readLine(prompt: prompt)
    }

    func readSecret(prompt: String) -> LineInput { script.readSecret(prompt: prompt) }
    func setCompletions(_ provider: @escaping (String) -> [String]) { script.setCompletions(provider) }
    func addToHistory(_ line: String) { script.addToHistory(line) }
    func clearHistory() { script.clearHistory() }
}

/// A clock the test moves by hand.
private final class HandClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_750_004_800)
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
    var closure: @Sendable () -> Date { { [self] in now } }
}

@Suite("The shell keeps the volunteers' live view and the session's figures up to date", .ownThread)
struct LiveSessionUpdateTests {
    private static let lesson = Lesson(
        id: "web-addresses", title: "Reading web addresses", summary: "What a web address tells you.", area: .foundation, minutes: 5,
        reviewed: CalendarDate(year: 2026, month: 11, day: 1),
        steps: [
            Step(id: "hello", text: "Hello.", kind: .say),
            Step(id: "pick", text: "Pick one.", hints: ["First hint."],
                 kind: .choice(ChoiceQuestion(options: [ChoiceOption(text: "Right", correct: true), ChoiceOption(text: "Wrong")]))),
            Step(id: "bye", text: "Bye.", kind: .say),
        ])

    private struct Run {
        var output: [String]
        var boards: [String: LiveBoard]
        var prompts: [String]
    }

    /// Plays a learner session with `lines`, snapshotting the live board before each numbered
    /// prompt; `atPrompt` runs before the numbered prompt's line is read, as a volunteer acting
    /// in the room meanwhile.
    private func play(_ lines: [String], store: ProgressDatabase, clock: HandClock, atPrompt: @escaping (Int) -> Void = { _ in }) -> Run {
        var output: [String] = []
        var boards: [String: LiveBoard] = [:]
        var count = 0
        let reader = WatchingReader(lines) { prompt in
            count += 1
            atPrompt(count)
            boards["\(count) \(prompt)"] = try? store.liveBoard()
            clock.advance(30)
        }
        let context = ShellContext(
            reader: reader, write: { output.append($0) }, style: OutputStyle(mode: .plain), width: { 100 },
            clock: EngineClock(now: clock.closure))
        let session = LearnerVisit(context: context, library: LessonLibrary(lessons: [Self.lesson]), store: store)
        _ = session.run()
        return Run(output: output, boards: boards, prompts: reader.prompts)
    }

    private func board(_ run: Run, _ number: Int) throws -> LiveBoard {
        let key = try #require(run.boards.keys.first { $0.hasPrefix("\(number) ") }, "no prompt \(number)")
        return try #require(run.boards[key])
    }

    @Test("steps, wrong answers, hints and a raised hand reach the live view; leaving removes the learner")
    func liveUpdates() throws {
        let clock = HandClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        _ = try store.startSession(named: "Tuesday taster")
        let run = play(["1", "", "2", "1", "", "help me", "2", "2", "2", "hint", "1", "quit", "4"], store: store, clock: clock)
        let text = run.output.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains(Catalogue.english.text(.confidenceQuestion)))
        #expect(text.contains("A volunteer has been asked to come and help you."))
        #expect(!text.contains("raise your hand"), "the session is open and the progress file holds the raised hand")

        // Prompt 5 is the first step; 6 the second step before "help me"; 7 after it.
        let firstStep = try #require(try board(run, 5).learners.first?.step)
        #expect(firstStep.stepNumber == 1 && firstStep.stepCount == 3 && firstStep.lessonTitle == "Reading web addresses")
        let beforeHand = try #require(try board(run, 6).learners.first)
        #expect(beforeHand.step?.stepNumber == 2 && beforeHand.handRaisedAt == nil)
        let afterHand = try #require(try board(run, 7).learners.first)
        #expect(afterHand.handRaisedAt != nil)
        #expect(afterHand.helpReason(now: clock.now) == .handRaised)
        let afterWrong = try #require(try board(run, 10).learners.first?.step)
        #expect(afterWrong.wrongAttempts == 3 && afterWrong.hintsOnStep == 0)
        #expect(afterWrong.stepStartedAt == beforeHand.step?.stepStartedAt, "the step's clock starts when it is first shown")
        let afterHint = try #require(try board(run, 11).learners.first)
        #expect(afterHint.step?.hintsOnStep == 1)
        #expect(afterHint.handRaisedAt != nil, "still on the same step, so the hand stays up")
        let nextStep = try #require(try board(run, 12).learners.first)
        #expect(nextStep.step?.stepNumber == 3 && nextStep.step?.wrongAttempts == 0, "moving on starts the counts afresh")
        #expect(nextStep.handRaisedAt == afterHand.handRaisedAt, "the learner carries on while they wait: the hand stays up until a volunteer clears it")

        #expect(try store.liveBoard().learners.isEmpty, "leaving removes the learner from the live view")
        let report = try #require(try store.sessionReports().first)
        #expect(report.learnerCount == 1 && report.lessonsStarted == 1 && report.hintsUsed == 1 && report.lessonsCompleted == 0)
        #expect(report.confidenceBefore == [0, 1, 0, 0, 0])
        #expect(report.confidenceAfter == [0, 0, 0, 1, 0])
    }

    @Test("a learner still in a lesson when the session ends is asked the leaving question as they leave, paired with their start answer")
    func stillWorkingWhenTheSessionEnds() throws {
        let clock = HandClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        let session = try store.startSession(named: "Tuesday taster")
        // Prompt 3 asks the start question (2); the session ends at prompt 7, the last step.
        let run = play(["1", "", "2", "1", "", "1", "quit", "4"], store: store, clock: clock) { number in
            if number == 7 { _ = try? store.endSession() }
        }
        #expect(run.prompts.count == 8 && run.prompts[7].hasPrefix("1 to 5"), "\(run.prompts)")
        let text = run.output.joined(separator: " ")
        #expect(text.contains("Before you go, one quick question."))
        let report = try #require(try store.sessionReports().first)
        #expect(report.session.id == session.id && report.session.endedAt != nil)
        #expect(report.confidenceBefore == [0, 1, 0, 0, 0])
        #expect(report.confidenceAfter == [0, 0, 0, 1, 0], "counted in the session the learner was in")
        #expect(try store.impactData(since: nil, until: nil).confidencePairs == [ConfidencePair(before: 2, after: 4, count: 1)])
    }

    @Test("someone who sat down before the session started and was counted in it is asked as they leave after it ended, with no pair")
    func countedMidLessonThenEnded() throws {
        let clock = HandClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        // No session at first: no start question. It opens at the first step and ends at the last.
        let run = play(["1", "", "1", "", "1", "quit", "5"], store: store, clock: clock) { number in
            if number == 4 { _ = try? store.startSession(named: "Tuesday taster") }
            if number == 6 { _ = try? store.endSession() }
        }
        let text = run.output.joined(separator: " ")
        #expect(!text.contains("Before you start, one quick question."))
        #expect(text.contains("Before you go, one quick question."))
        let report = try #require(try store.sessionReports().first)
        #expect(report.learnerCount == 1 && report.confidenceAfter == [0, 0, 0, 0, 1])
        #expect(try store.impactData(since: nil, until: nil).confidencePairs == [], "no start answer to pair with")
    }

    @Test("a learner asked as they left is not asked again when they come back after the session ended")
    func askedOnceAfterTheEnd() throws {
        let clock = HandClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        _ = try store.startSession(named: "Tuesday taster")
        let first = play(["1", "", "3", "quit", "4"], store: store, clock: clock)
        let code = try #require(first.output.lazy.compactMap { LearnerCode($0.trimmingCharacters(in: .whitespaces)) }.first
            ?? first.output.joined(separator: "\n").split(whereSeparator: \.isWhitespace).lazy.compactMap { LearnerCode(String($0)) }.first)
        _ = try store.endSession()
        let again = play(["2", code.rawValue, "quit"], store: store, clock: clock)
        #expect(!again.output.joined(separator: " ").contains("one quick question"))
        #expect(try store.sessionReports().first?.confidenceAfter == [0, 0, 0, 1, 0])
        #expect(try store.impactData(since: nil, until: nil).confidencePairs == [ConfidencePair(before: 3, after: 4, count: 1)])
    }

    @Test("the menu shows as choosing a lesson, and a finished lesson is counted")
    func menuAndCompletion() throws {
        let clock = HandClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        _ = try store.startSession(named: "Tuesday taster")
        let run = play(["1", "", "", "help me", "1", "", "1", "", "quit", ""], store: store, clock: clock)
        let atMenu = try #require(try board(run, 4).learners.first)
        #expect(atMenu.step == nil, "choosing a lesson")
        #expect(atMenu.handRaisedAt == nil)
        let askedAtMenu = try #require(try board(run, 5).learners.first)
        #expect(askedAtMenu.step == nil && askedAtMenu.handRaisedAt != nil, "help me works at the lesson menu too")
        let inLesson = try #require(try board(run, 6).learners.first)
        #expect(inLesson.step?.stepNumber == 1, "starting a lesson moves the learner on")
        #expect(inLesson.handRaisedAt == askedAtMenu.handRaisedAt, "the hand stays up until a volunteer clears it")
        let report = try #require(try store.sessionReports().first)
        #expect(report.lessonsStarted == 1 && report.lessonsCompleted == 1)
        #expect(report.confidenceBefore == [0, 0, 0, 0, 0] && report.confidenceAfter == [0, 0, 0, 0, 0], "both skipped")
        #expect(!run.prompts.isEmpty)
    }

    @Test("with no session open the confidence question is not asked")
    func noSessionNoQuestion() throws {
        let clock = HandClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        let run = play(["1", "", "quit"], store: store, clock: clock)
        #expect(!run.output.joined(separator: " ").contains("How confident do you feel"))
        #expect(try store.impactData(since: nil, until: nil).confidenceBefore == [0, 0, 0, 0, 0])
    }

    @Test("a terminal pinned to another session counts nothing towards the open one")
    func pinnedElsewhere() throws {
        let clock = HandClock()
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        _ = try store.startSession(named: "Tuesday taster")
        var output: [String] = []
        let context = ShellContext(
            reader: ScriptedLineReader(lines: ["1", "", "1", "", "quit"]), write: { output.append($0) }, style: OutputStyle(mode: .plain),
            clock: EngineClock(now: clock.closure), sessionPin: "Friday club")
        _ = LearnerVisit(context: context, library: LessonLibrary(lessons: [Self.lesson]), store: store).run()
        #expect(!output.joined(separator: " ").contains("How confident do you feel"))
        let report = try #require(try store.sessionReports().first)
        #expect(report.learnerCount == 0 && report.lessonsStarted == 0)
    }
}
