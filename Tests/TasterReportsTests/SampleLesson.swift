import TasterLessons

/// A lesson with one step of every kind and text that needs escaping, for rendering tests.
enum SampleLesson {
    static let hostile = "<script>alert(\"hi\")</script> & 'quoted'"

    static let lesson = Lesson(
        id: "sample-lesson", title: "Forms & <boxes>", summary: "Fill in a **form** safely.",
        area: .transacting, minutes: 15, reviewed: CalendarDate(year: 2026, month: 11, day: 30),
        prerequisites: ["keyboard-basics"],
        steps: [
            Step(id: "welcome", text: "Welcome.\n\nYou will learn:\n- boxes\n- **dates**", note: "Stress that a red message is help.", kind: .say),
            Step(
                id: "star", text: "What does the star mean? \(hostile)",
                hints: ["Think about the word \"required\".", "What if you leave it empty?"],
                explain: "A star marks a **required** box.",
                kind: .choice(ChoiceQuestion(options: [
                    ChoiceOption(text: "You must fill it in.", correct: true, feedback: "Yes. <b>Required</b>."),
                    ChoiceOption(text: "It is optional.", feedback: "It is the other way round."),
                ]))),
            Step(
                id: "date", text: "Type 5 March 1962 as DD/MM/YYYY.",
                kind: .answer(TextQuestion(
                    accept: ["05/03/1962"], patterns: ["0?5/0?3/1962"],
                    wrong: [KnownWrongAnswer(answer: "03/05/1962", feedback: "That is the month first.")], forgiveTypos: false))),
            Step(
                id: "total", text: "What is the total?",
                kind: .number(NumberQuestion(value: 1234.5, tolerance: 0.01, wrong: [KnownWrongNumber(value: 1200, feedback: "You left out the fee.")], unit: .pounds))),
            Step(id: "address", text: "Type the address.", kind: .type(TypingDrill(target: "www.example.org"))),
            Step(id: "passphrase", text: "Make up a passphrase.", kind: .secret(SecretPractice(minLength: 14, minWords: 3))),
            Step(
                id: "steps", text: "Put these in order.",
                kind: .order(OrderQuestion(items: ["Open the form", "Fill it in", "Check it", "Send it"]))),
        ])
}
