import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Brand names", .ownThread)
struct BrandNameRuleTests {
    static let lists = RuleLists.parse(
        brands: "Barclays\napple\n=Windows\nMetro Bank\nSainsbury\nM&S\neBay",
        allowedLinks: "", jargon: ""
    )
    let rule = BrandNameRule(lists: Self.lists)

    @Test("brand names are caught as whole words, whatever the case", arguments: [
        ("Log in to Barclays online.", "Barclays"),
        ("log in to BARCLAYS online.", "Barclays"),
        ("Your barclays card", "Barclays"),
        ("Shopping at Sainsbury's is easy.", "Sainsbury"),
        ("Open the METRO  BANK website.", "Metro Bank"),
        ("Metro\nBank", "Metro Bank"),
        ("An apple a day.", "apple"),
        ("Apple-branded phones", "apple"),
        ("Buy it on eBay.", "eBay"),
        ("Sell it on ebay", "eBay"),
        ("Click **Windows** then Start.", "Windows"),
        ("(Barclays)", "Barclays"),
        ("Shop at M&S today.", "M&S"),
    ])
    func caught(text: String, brand: String) {
        let messages = RulesFixture.messages(rule, RulesFixture.lesson(saying: text))
        #expect(messages == [
            "The text of step 1 mentions \"\(brand)\", a brand name. Taster lessons stay neutral: "
                + "use a made-up name such as \"Example Bank\" instead."
        ])
    }

    @Test("words that only contain a brand name are fine", arguments: [
        "Snapple and pineapple juice.",
        "Barclaysville is a made-up town.",
        "Close the windows before you leave.",
        "A metro train goes to the bank.",
        "Pay at Example Bank.",
        "Use a pencil, an eraser and some paper.",
    ])
    func notCaught(text: String) {
        #expect(rule.check(RulesFixture.lesson(saying: text)).isEmpty)
    }

    @Test("a case-sensitive brand needs its exact capitalisation", arguments: [
        ("Click Windows to start.", true),
        ("Open the windows.", false),
        ("WINDOWS", false),
    ])
    func caseSensitive(text: String, caught: Bool) {
        #expect(rule.check(RulesFixture.lesson(saying: text)).count == (caught ? 1 : 0))
    }

    @Test("text beyond ASCII is matched too, even where lower-casing changes its length", arguments: [
        ("Shopping at Sainsbury\u{2019}s is easy.", 1),
        ("İstanbul has a Barclays branch.", 1),
        ("İstanbul: click Windows to start.", 1),
        ("İstanbul: close the windows.", 0),
        ("Café, crème brûlée and an APPLE.", 1),
    ])
    func beyondASCII(text: String, count: Int) {
        #expect(rule.check(RulesFixture.lesson(saying: text)).count == count)
    }

    @Test("every learner-visible field and the volunteer note are checked, at their own places")
    func everyField() {
        let optionPlace = SourceLocation(line: 20, column: 9)
        let wrongPlace = SourceLocation(line: 30, column: 9)
        let stepPlace = SourceLocation(line: 12, column: 5)
        let lesson = RulesFixture.lesson(
            title: "Banking with Barclays", summary: "Use barclays safely.",
            steps: [
                Step(id: "pick", text: "Which is safe?", note: "Learners often mention Barclays.",
                     hints: ["Think of Barclays."], explain: "Barclays never asks.", solution: "Not Barclays.",
                     kind: .choice(ChoiceQuestion(options: [
                         ChoiceOption(text: "Barclays", correct: true, feedback: "Yes, Barclays.", location: optionPlace),
                         ChoiceOption(text: "Neither", location: SourceLocation(line: 22, column: 9)),
                     ])),
                     location: stepPlace),
                Step(text: "Who?", kind: .answer(TextQuestion(
                    accept: ["Barclays"],
                    wrong: [KnownWrongAnswer(answer: "Barclays plc", feedback: "Barclays again", location: wrongPlace)]
                )), location: SourceLocation(line: 28, column: 5)),
                Step(text: "Type it", kind: .type(TypingDrill(target: "barclays")), location: SourceLocation(line: 40, column: 5)),
                Step(text: "Order", kind: .order(OrderQuestion(items: ["Barclays", "Other"])), location: SourceLocation(line: 50, column: 5)),
                Step(text: "How much?", kind: .number(NumberQuestion(
                    value: 2, wrong: [KnownWrongNumber(value: 3, feedback: "Barclays charges that.")]
                )), location: SourceLocation(line: 60, column: 5)),
            ]
        )
        let places = rule.check(lesson).map { "\($0.location) \($0.message.prefix(while: { $0 != "\"" }))" }
        #expect(places == [
            "1:1 The title mentions ",
            "1:1 The summary mentions ",
            "20:9 Option 1 of step 1 (pick) mentions ",
            "20:9 The feedback on option 1 of step 1 (pick) mentions ",
            "12:5 Hint 1 of step 1 (pick) mentions ",
            "12:5 The explanation of step 1 (pick) mentions ",
            "12:5 The solution of step 1 (pick) mentions ",
            "12:5 The note of step 1 (pick) mentions ",
            "28:5 Accepted answer 1 of step 2 mentions ",
            "30:9 Wrong answer 1 of step 2 mentions ",
            "30:9 The feedback on wrong answer 1 of step 2 mentions ",
            "40:5 The typing target of step 3 mentions ",
            "50:5 Item 1 of step 4 mentions ",
            "60:5 The feedback on wrong answer 1 of step 5 mentions ",
        ])
        #expect(rule.check(lesson).allSatisfy { $0.severity == .error && $0.path == "lessons/reading-web-addresses.yaml" })
    }

    @Test("a brand repeated in one text is reported once; different brands each once")
    func onceEach() {
        let lesson = RulesFixture.lesson(saying: "Barclays, Barclays and an apple from Barclays.")
        #expect(RulesFixture.messages(rule, lesson).map { $0.contains("\"Barclays\"") } == [true, false])
    }
}
