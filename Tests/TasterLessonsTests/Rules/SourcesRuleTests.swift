import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Facts need sources; lessons need a safety point; addresses are checked exactly", .ownThread)
struct SourcesRuleTests {
    static let lists = RuleLists.parse(brands: "", allowedLinks: "gov.uk\nfca.org.uk", jargon: "")
    let rule = SourcesRule(lists: lists, today: RulesFixture.today)

    static let source = LessonSource(id: "fca", title: "Overdrafts", address: "https://www.fca.org.uk/consumers", checked: RulesFixture.reviewed)

    @Test("a fact that changes, with no sources, is warned with what kind of fact it is", arguments: [
        ("If in doubt, call 159.", "a phone number"),
        ("Forward it to 7726, which is free.", "a phone number"),
        ("In Scotland, call Police Scotland on 101.", "a phone number"),
        ("It is protected up to £120,000 per person.", "a money limit"),
        ("The representative APR goes to at least 51% of people.", "a percentage"),
        ("These rules have applied since April 2020.", "the date of a rule"),
        ("From 7 October 2024, banks must refund most victims.", "the date of a rule"),
    ])
    func unsourcedFact(text: String, kind: String) {
        let messages = RulesFixture.messages(rule, RulesFixture.lesson(saying: text))
        #expect(messages.count == 1)
        #expect(messages.first?.contains("states \(kind)") == true)
        #expect(messages.first?.contains("no `sources:`") == true)
    }

    @Test("ordinary sums and sentences are not mistaken for facts", arguments: [
        "2 packs at £3.50 each is £7.00.",
        "Press Enter 3 times.",
        "Add £7.00, £6.25 and £3.95.",
        "Type your date of birth, such as 05/03/1962.",
        "Step 2 of 5.",
    ])
    func notFacts(text: String) {
        #expect(rule.check(RulesFixture.lesson(saying: text)).isEmpty)
    }

    @Test("the same fact in a lesson with sources is fine")
    func sourced() {
        var lesson = RulesFixture.lesson(saying: "If in doubt, call 159.")
        lesson.sources = [Self.source]
        #expect(rule.check(lesson).isEmpty)
    }

    @Test("a source off the allowed list is an error; one checked after today is a warning")
    func badSources() {
        var lesson = RulesFixture.lesson(saying: "Hello.")
        lesson.sources = [
            LessonSource(id: "shop", title: "A shop", address: "https://shop.example.org/help", checked: RulesFixture.reviewed),
            LessonSource(id: "later", title: "Later", address: "https://www.gov.uk", checked: CalendarDate(year: 2027, month: 1, day: 1)),
        ]
        let problems = rule.check(lesson)
        #expect(problems.count == 2)
        #expect(problems.contains { $0.severity == .error && $0.message.contains("shop.example.org is not on the list of allowed sites") })
        #expect(problems.contains { $0.severity == .warning && $0.message.contains("checked on 2027-01-01, which is after today") })
    }

    @Test("a lesson with no step marked `safety: true` is warned; one with a safety point is not")
    func safetyPoint() {
        #expect(SafetyPointRule().check(RulesFixture.lesson(saying: "Hello.")).map(\.severity) == [.warning])
        let safe = RulesFixture.lesson(steps: [Step(text: "Never share a code.", isSafetyPoint: true, kind: .say)])
        #expect(SafetyPointRule().check(safe).isEmpty)
    }

    static func addressStep(_ accept: [String], typos: Bool) -> Step {
        Step(id: "main-name", text: "What is the main name?", hints: ["Look left of the slash.", "It ends in .org."],
             kind: .answer(TextQuestion(accept: accept, forgiveTypos: typos)))
    }

    @Test("an accepted web address with typos forgiven is warned", arguments: [
        ["example.org"], ["www.example.co.uk"], ["https://www.gov.uk/browse"], ["it is", "EXAMPLE.ORG"],
    ])
    func addressWithTypos(accept: [String]) {
        let messages = RulesFixture.messages(ExactAddressRule(), RulesFixture.lesson(steps: [Self.addressStep(accept, typos: true)]))
        #expect(messages.count == 1)
        #expect(messages.first?.contains("Add `typos: false`") == true)
    }

    @Test("no warning with typos off, or when no answer is a web address", arguments: [
        (["example.org"], false), (["no"], true), (["the padlock"], true), (["3.50"], true),
    ])
    func noAddressWarning(accept: [String], typos: Bool) {
        #expect(ExactAddressRule().check(RulesFixture.lesson(steps: [Self.addressStep(accept, typos: typos)])).isEmpty)
    }

    @Test("with typos off, the look-alike addresses are refused", arguments: ["examp1e.org", "exampel.org", "example.org.uk"])
    func lookAlikesRefused(lookAlike: String) {
        #expect(!AnswerChecker.check(lookAlike, against: Self.addressStep(["example.org"], typos: false)).isCorrect)
        #expect(AnswerChecker.check("Example.org", against: Self.addressStep(["example.org"], typos: false)).isCorrect)
    }
}
