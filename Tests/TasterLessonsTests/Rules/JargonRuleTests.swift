import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Jargon", .ownThread)
struct JargonRuleTests {
    let rule = JargonRule(lists: RuleLists.parse(
        brands: "", allowedLinks: "", jargon: "phishing\nURL\ncookie\ntwo-factor authentication\nAPR\n=AER"
    ))

    @Test("a jargon word explained where it is used is fine", arguments: [
        "A **phishing** email tries to trick you.",
        "Watch for **phishing emails**: they try to trick you.",
        "Phishing means tricking you into giving away details.",
        "Phishing is when someone tricks you into giving away details.",
        "A URL is the address of a web page.",
        "Every URL you type is an address.",
        "URL stands for uniform resource locator.",
        "APR (the yearly cost of borrowing) helps you compare loans.",
        "The **APR** (yearly cost) helps.",
        "Cookies are small files. A cookie is a small file a website keeps.",
        "Two-factor authentication is an extra check when you log in.",
        "The AER is the yearly interest on savings. Compare the AER.",
        "The aer is fresh today.",
    ])
    func explained(text: String) {
        #expect(rule.check(RulesFixture.lesson(saying: text)).isEmpty)
    }

    @Test("a jargon word never explained is warned once, where it first appears", arguments: [
        ("Watch out for phishing.", "phishing"),
        ("What is a URL?", "URL"),
        ("Is phishing common? Yes. It is a problem.", "phishing"),
        ("Turn on two factor authentication.", "two-factor authentication"),
        ("Delete your cookies. Cookies again.", "cookie"),
        ("Look for the URLs.", "URL"),
        ("Compare the AER.", "AER"),
    ])
    func unexplained(text: String, word: String) {
        #expect(RulesFixture.messages(rule, RulesFixture.lesson(saying: text)) == [
            "\"\(word)\" is jargon, and this lesson does not explain it; it first appears in the text of step 1. "
                + "Explain it there in everyday words: put it in bold (**\(word)**) with a short explanation, "
                + "or write \"\(word) means …\" or \"\(word) (…)\"."
        ])
    }

    @Test("words that contain a jargon word are not jargon", arguments: ["Use curl.", "Aprons on.", "A cookiecutter shape."])
    func insideWords(text: String) {
        #expect(rule.check(RulesFixture.lesson(saying: text)).isEmpty)
    }

    @Test("an explanation anywhere in the lesson counts, and the first use is reported")
    func acrossSteps() {
        let explainedLater = RulesFixture.lesson(steps: [
            Step(text: "Check for phishing.", kind: .say),
            Step(text: "Ready?", explain: "**Phishing** is a trick to get your details.", kind: .say),
        ])
        #expect(rule.check(explainedLater).isEmpty)

        let inTitle = RulesFixture.lesson(title: "Spotting phishing", steps: [
            Step(text: "Phishing again, and a URL.", kind: .say, location: SourceLocation(line: 8, column: 5)),
        ])
        let problems = rule.check(inTitle)
        #expect(problems.map(\.location) == [.start, SourceLocation(line: 8, column: 5)])
        #expect(problems.map { $0.message.contains("first appears in the title") } == [true, false])
        #expect(problems.allSatisfy { $0.severity == .warning })
    }

    @Test("volunteer notes neither use nor explain a word for the learner")
    func notes() {
        #expect(rule.check(RulesFixture.lesson(saying: "Hello.", note: "Mention phishing.")).isEmpty)
        #expect(rule.check(RulesFixture.lesson(saying: "Beware phishing.", note: "**Phishing** is a trick.")).count == 1)
    }
}
