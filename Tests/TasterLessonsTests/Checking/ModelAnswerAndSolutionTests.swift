import TasterTestSupport
import Testing
@testable import TasterLessons
import TasterWording

/// What auto-play types for each kind of step, and the solutions shown after the hints.
@Suite("Model answers and solutions", .ownThread)
struct ModelAnswerAndSolutionTests {
    /// One question step of each kind, with the model answer expected for it.
    static let questions: [(StepKind, String)] = [
        (.choice(ChoiceQuestion(options: [ChoiceOption(text: "No"), ChoiceOption(text: "Yes", correct: true)])), "2"),
        (.choice(ChoiceQuestion(options: [
            ChoiceOption(text: "Lock the screen", correct: true), ChoiceOption(text: "Share it"),
            ChoiceOption(text: "Log out", correct: true),
        ])), "1 3"),
        (.choice(ChoiceQuestion(options: [
            ChoiceOption(text: "Library", correct: true), ChoiceOption(text: "Hotspot"),
            ChoiceOption(text: "Community centre", correct: true),
        ], pick: .any)), "1"),
        (.answer(TextQuestion(accept: ["A padlock", "lock"], wrong: [KnownWrongAnswer(answer: "key", feedback: "No.")])), "A padlock"),
        (.number(NumberQuestion(value: 1234.5, unit: .pounds)), "1234.5"),
        (.number(NumberQuestion(value: 12.5, unit: .percent)), "12.5"),
        (.number(NumberQuestion(value: 0.1 + 0.2)), "0.30000000000000004"),
        (.number(NumberQuestion(value: -3)), "-3"),
        (.type(TypingDrill(target: "www.example.org")), "www.example.org"),
        (.secret(SecretPractice()), "kettle meadow lantern violin"),
        (.order(OrderQuestion(items: ["First", "Second", "Third"], shownOrder: [2, 0, 1])), "2 3 1"),
    ]

    @Test("Each kind has the expected model answer", arguments: questions)
    func modelAnswer(kind: StepKind, expected: String) {
        #expect(AnswerChecker.modelAnswer(for: Make.step(kind)) == expected)
    }

    @Test("The model answer is accepted by the checker", arguments: questions.map(\.0) + [
        .secret(SecretPractice(minLength: 60, minWords: 6)),
        .secret(SecretPractice(minLength: 8, minWords: 14)),
        .order(OrderQuestion(items: (1...12).map { "Item \($0)" })),
        .number(NumberQuestion(value: 0.0000001)),
    ])
    func modelAnswerIsAccepted(kind: StepKind) throws {
        let step = Make.step(kind)
        let line = try #require(AnswerChecker.modelAnswer(for: step))
        #expect(AnswerChecker.check(line, against: step).isCorrect)
    }

    @Test("A say step has no model answer and accepts any line", arguments: ["", "hello", "next"])
    func say(input: String) {
        #expect(AnswerChecker.modelAnswer(for: Make.step(.say)) == nil)
        #expect(AnswerChecker.solution(for: Make.step(.say)) == nil)
        #expect(Make.check(input, .say) == .correct(feedback: nil, spelling: nil))
    }

    @Test("No model answer when the author gave nothing to accept")
    func nothingToAccept() {
        #expect(AnswerChecker.modelAnswer(for: Make.step(.answer(TextQuestion(accept: [], patterns: ["yes"])))) == nil)
        #expect(AnswerChecker.modelAnswer(for: Make.step(.choice(ChoiceQuestion(options: [ChoiceOption(text: "A")])))) == nil)
    }

    @Test("The author's solution is used when there is one")
    func authorsSolution() {
        let step = Make.step(.number(NumberQuestion(value: 3)), solution: "Add 1 and 2 to get 3.")
        #expect(AnswerChecker.solution(for: step) == .written("Add 1 and 2 to get 3."))
    }

    @Test("Otherwise the solution is made from the right answer", arguments: [
        (StepKind.choice(ChoiceQuestion(options: [ChoiceOption(text: "No"), ChoiceOption(text: "Yes", correct: true)])),
         "The answer is 2: Yes."),
        (.choice(ChoiceQuestion(options: [
            ChoiceOption(text: "Lock the screen.", correct: true), ChoiceOption(text: "Share it"),
            ChoiceOption(text: "Log out", correct: true),
        ])), "The answers are 1: Lock the screen.; and 3: Log out."),
        (.choice(ChoiceQuestion(options: [
            ChoiceOption(text: "Library", correct: true), ChoiceOption(text: "Hotspot"),
            ChoiceOption(text: "Community centre", correct: true),
        ], pick: .any)), "Any one of these is right: 1: Library; or 3: Community centre."),
        (.answer(TextQuestion(accept: ["A padlock"])), "One right answer is: A padlock"),
        (.number(NumberQuestion(value: 1234.5, unit: .pounds)), "The answer is £1,234.50."),
        (.number(NumberQuestion(value: 12.5, unit: .percent)), "The answer is 12.5%."),
        (.number(NumberQuestion(value: 1234.5)), "The answer is 1234.5."),
        (.type(TypingDrill(target: "www.example.org")), "Type exactly: www.example.org"),
        (.order(OrderQuestion(items: ["Open the browser", "Type the address", "Press Enter"], shownOrder: [2, 0, 1])),
         "The right order is 2 3 1:\n2) Open the browser\n3) Type the address\n1) Press Enter"),
    ])
    func madeSolution(kind: StepKind, expected: String) {
        #expect(Make.english(AnswerChecker.solution(for: Make.step(kind))) == expected)
    }

    @Test("A secret step's solution is advice from its rules, never a password")
    func secretSolution() throws {
        let solution = try #require(Make.english(AnswerChecker.solution(for: Make.step(.secret(SecretPractice(minLength: 14, minWords: 4))))))
        #expect(solution.contains("4 or more random words"))
        #expect(solution.contains("at least 14 characters"))
        #expect(!solution.contains(SecretChecker.modelAnswer(for: SecretPractice(minLength: 14, minWords: 4))))
    }
}
