import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Links", .ownThread)
struct LinkRuleTests {
    let rule = LinkRule(lists: RuleLists.parse(brands: "", allowedLinks: "gov.uk\nnhs.uk\nexample.com", jargon: ""))

    @Test("links to allowed or made-up sites are fine", arguments: [
        "Go to https://www.gov.uk/browse to find a service.",
        "Visit www.nhs.uk for health advice.",
        "Read https://gov.uk.",
        "Use (https://www.gov.uk/apply).",
        "See **https://www.nhs.uk/conditions/**",
        "The shop at https://www.example.co.uk/offers is made up.",
        "Look at http://www.example.com: it has no padlock.",
        "A fake bank at https://examplebank.example/login",
        "An address starts with https:// or http:// and then a name.",
        "Many addresses start with www. and end with .uk",
    ])
    func allowed(text: String) {
        #expect(rule.check(RulesFixture.lesson(saying: text)).isEmpty)
    }

    @Test("links to sites not on the list are errors that name the site and the list", arguments: [
        ("Go to https://www.bigshop.com/deals.", "https://www.bigshop.com/deals", "www.bigshop.com", "bigshop.com"),
        ("Try www.bigshop.co.uk today", "www.bigshop.co.uk", "www.bigshop.co.uk", "bigshop.co.uk"),
        ("Look at https://notgov.uk/", "https://notgov.uk/", "notgov.uk", "notgov.uk"),
        ("Open HTTPS://WWW.BIGSHOP.COM", "https://www.bigshop.com", "www.bigshop.com", "bigshop.com"),
    ])
    func notAllowed(text: String, link: String, host: String, site: String) {
        #expect(RulesFixture.messages(rule, RulesFixture.lesson(saying: text)) == [
            "The text of step 1 links to \"\(link)\", but \(host) is not on the list of allowed sites. "
                + "Link only to public, non-commercial sources; if this one is, add \"\(site)\" to "
                + "lessons/rules/allowed-links.txt. For a made-up address, use example.com or example.co.uk."
        ])
    }

    @Test("an http link is an error even to an allowed site")
    func insecure() {
        let problems = rule.check(RulesFixture.lesson(saying: "Go to http://www.gov.uk/tax now."))
        #expect(problems.map(\.message) == [
            "The text of step 1 links to \"http://www.gov.uk/tax\", which starts with http:// and so is not private. "
                + "Use the https:// address instead."
        ])
        #expect(problems.first?.severity == .error)
        #expect(problems.first?.location == SourceLocation(line: 9, column: 5))
    }

    @Test("an http link to a site not on the list gives both errors")
    func insecureAndNotAllowed() {
        let messages = RulesFixture.messages(rule, RulesFixture.lesson(saying: "See http://bigshop.com"))
        #expect(messages.count == 2)
        #expect(messages.first?.contains("http://") == true)
        #expect(messages.last?.contains("not on the list") == true)
    }

    @Test("made-up typing targets are fine; real ones are not", arguments: [
        ("www.example.co.uk", 0), ("https://www.example.org/help", 0), ("www.bigshop.com", 1),
    ])
    func typingTargets(target: String, errors: Int) {
        let lesson = RulesFixture.lesson(steps: [Step(text: "Type this address.", kind: .type(TypingDrill(target: target)))])
        #expect(rule.check(lesson).count == errors)
    }
}

@Suite("Email addresses", .ownThread)
struct EmailAddressRuleTests {
    let rule = EmailAddressRule()

    @Test("made-up addresses under example domains are fine", arguments: [
        "Write to sam@example.com today.",
        "Send it to jo.bloggs@mail.example.co.uk.",
        "Reply to help@examplebank.example",
        "Tag a friend with @sam on a chat.",
        "An email address has an @ in the middle.",
    ])
    func madeUp(text: String) {
        #expect(rule.check(RulesFixture.lesson(saying: text)).isEmpty)
    }

    @Test("real-looking addresses are errors", arguments: [
        ("Write to jo@gmail.com.", "jo@gmail.com"),
        ("Email Help.Desk@Council.gov.uk now", "help.desk@council.gov.uk"),
        ("Use sam@example.com.evil.net", "sam@example.com.evil.net"),
    ])
    func real(text: String, address: String) {
        defer { #expect(EmailAddressRule(lists: .parse(brands: "", allowedLinks: address, jargon: "")).check(RulesFixture.lesson(saying: text)).isEmpty) }
        #expect(RulesFixture.messages(rule, RulesFixture.lesson(saying: text)) == [
            "The text of step 1 has the email address \"\(address)\", which could be real. "
                + "Use a made-up address under example.com or example.co.uk instead, such as \"sam@example.com\"."
        ])
    }
}
