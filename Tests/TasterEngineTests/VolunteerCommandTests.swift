import Foundation
import Testing
import TasterLessons
@testable import TasterEngine
import TasterWording

@Suite("Asking for a volunteer")
struct VolunteerCommandTests {
    /// The English command words, as the catalogue lists them.
    static let commands = Catalogue.english.commandWords

    private static let lesson = Lesson(
        id: "calls", title: "Calls", summary: "Practise.", area: .foundation, minutes: 5,
        reviewed: CalendarDate(year: 2026, month: 11, day: 1),
        steps: [
            Step(id: "ask", text: "What should you do if unsure? Type one word.", hints: ["Phone them."],
                 kind: .answer(TextQuestion(accept: ["call"]))),
            Step(id: "pick", text: "Pick one.", kind: .choice(ChoiceQuestion(options: [
                ChoiceOption(text: "Right", correct: true), ChoiceOption(text: "Wrong"),
            ]))),
        ])

    @Test("volunteer, call and the two words help me ask for a volunteer", arguments: ["volunteer", "CALL", "help me", " Help  Me "])
    func words(line: String) {
        #expect(Self.commands.command(for: line) == .volunteer)
    }

    @Test("help alone is still help, and near misses are not commands", arguments: [
        ("help", LearnerCommand.help as LearnerCommand?), ("?", .help), ("helpme", nil), ("help me please", nil), ("me", nil),
    ])
    func notVolunteer(line: String, expected: LearnerCommand?) {
        #expect(Self.commands.command(for: line) == expected)
    }

    @Test("asking raises a hand without counting an attempt or moving on")
    func raisesHand() {
        var run = LessonRun(lesson: Self.lesson, commands: Self.commands, startAt: 1, clock: .fixed(Date(timeIntervalSince1970: 0)))
        _ = run.start()
        #expect(run.handle(.line("help me")) == [.notice(.handRaised)])
        #expect(run.handle(.line("volunteer")) == [.notice(.handRaised)])
        #expect(run.stepIndex == 1)
        let events = run.handle(.line("1"))
        guard case .stepCompleted(let outcome)? = events.first(where: { if case .stepCompleted = $0 { true } else { false } }) else {
            Issue.record("the step did not complete: \(events)")
            return
        }
        #expect(outcome.attempts == 0 && outcome.hintsUsed == 0)
    }

    @Test("on a step whose answer is call, typing call answers it")
    func callAsAnswer() {
        var run = LessonRun(lesson: Self.lesson, commands: Self.commands, clock: .fixed(Date(timeIntervalSince1970: 0)))
        _ = run.start()
        let events = run.handle(.line("call"))
        #expect(events.contains { if case .correct = $0 { true } else { false } })
        #expect(run.stepIndex == 1)
    }
}
