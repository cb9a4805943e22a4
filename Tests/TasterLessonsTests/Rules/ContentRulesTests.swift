import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Content rules together", .ownThread)
struct ContentRulesTests {
    /// The short built-in lists alone, without the bundled library's, which these cases predate.
    static let shortLists = RuleLists.parse(brands: BuiltInRuleLists.brandNames, allowedLinks: BuiltInRuleLists.allowedLinks, jargon: BuiltInRuleLists.jargon)

    /// The example lesson from the lesson format, which should pass cleanly.
    static let example = Lesson(
        id: "reading-web-addresses", title: "Reading a web address",
        summary: "Read the parts of a web address and spot a look-alike.", area: .beingSafe, minutes: 15,
        reviewed: CalendarDate(year: 2026, month: 11, day: 1), prerequisites: ["keyboard-basics"],
        steps: [
            Step(id: "welcome", text: """
                A web address tells your computer which website to open.

                In this lesson you will:
                - read the parts of an address
                - spot a **look-alike** address
                """, kind: .say, location: SourceLocation(line: 11, column: 5)),
            Step(
                id: "padlock", text: "What does the padlock next to a web address tell you?",
                hints: ["Think about what travels between you and the website.", "The padlock is about the connection, not about the people."],
                explain: "Scam websites can have a padlock too.", isSafetyPoint: true,
                kind: .choice(ChoiceQuestion(options: [
                    ChoiceOption(text: "The connection to the website is private.", correct: true,
                                 feedback: "Yes. Nobody in between can read what you send.", location: SourceLocation(line: 23, column: 9)),
                    ChoiceOption(text: "The shop is honest.",
                                 feedback: "Not quite. A padlock means the connection is private, not that the shop is honest.",
                                 location: SourceLocation(line: 26, column: 9)),
                ])),
                location: SourceLocation(line: 19, column: 5)
            ),
        ],
        sourcePath: "lessons/reading-web-addresses.yaml"
    )

    @Test("the format's example lesson has no problems with the built-in lists")
    func cleanExample() {
        #expect(ContentRules.check(Self.example, lists: Self.shortLists, today: CalendarDate(year: 2026, month: 12, day: 1)).isEmpty)
    }

    @Test("every problem is reported at once, sorted by place, errors and warnings together")
    func manyProblems() {
        var lesson = Self.example
        lesson.reviewed = CalendarDate(year: 2024, month: 1, day: 1)
        lesson.steps[0].text += "\n\nYour Barclays app opens http://www.bigshop.com for you."
        lesson.steps[1].hints.append("Email jo@gmail.com and ask about phishing.")
        if case .choice(var question) = lesson.steps[1].kind {
            question.options[1].feedback = "Lloyds says no."
            lesson.steps[1].kind = .choice(question)
        }
        let problems = ContentRules.check(lesson, lists: Self.shortLists, today: CalendarDate(year: 2026, month: 12, day: 1))
        let summary = problems.map { "\($0.location) \($0.severity.rawValue): \($0.message.prefix(while: { $0 != "," }))" }
        #expect(summary == [
            "1:1 warning: The lesson was last reviewed on 2024-01-01",
            "11:5 error: The text of step 1 (welcome) mentions \"Barclays\"",
            "11:5 error: The text of step 1 (welcome) links to \"http://www.bigshop.com\"",
            "11:5 error: The text of step 1 (welcome) links to \"http://www.bigshop.com\"",
            "19:5 error: Hint 3 of step 2 (padlock) mentions \"Gmail\"",
            "19:5 error: Hint 3 of step 2 (padlock) has the email address \"jo@gmail.com\"",
            "19:5 warning: \"phishing\" is jargon",
            "26:9 error: The feedback on option 2 of step 2 (padlock) mentions \"Lloyds\"",
        ])
        #expect(problems.map(\.path).allSatisfy { $0 == "lessons/reading-web-addresses.yaml" })
    }

    @Test("rules can be run on their own list")
    func chosenRules() {
        var lesson = Self.example
        lesson.title = "Banking with Barclays"
        #expect(ContentRules.check(lesson, rules: [FreshnessRule(today: lesson.reviewed)]).isEmpty)
        #expect(ContentRules.check(lesson, rules: [BrandNameRule(lists: .builtIn)]).count == 1)
    }
}
