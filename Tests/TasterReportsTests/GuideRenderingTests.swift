import Foundation
import TasterLessons
import TasterReports
import TasterTestSupport
import Testing

@Suite("Volunteer guide", .ownThread)
struct GuideRenderingTests {
    let guide = VolunteerGuide(SampleLesson.lesson)

    @Test("the text guide has the lesson's facts and every step's answers, hints and note")
    func textHasEverything() {
        let text = guide.rendered(as: .text)
        for expected in [
            "Volunteer guide: Forms & <boxes> (sample-lesson)", "Goal: Fill in a form safely.",
            "Area: Buying and filling in forms. About 15 minutes. 7 steps.", "Worth doing first: keyboard-basics",
            "VOLUNTEER NOTE: Stress that a red message is help.",
            "1) RIGHT: You must fill it in.", "Told: Yes. <b>Required</b>.", "2) wrong: It is optional.",
            "1) Think about the word \"required\".", "2) What if you leave it empty?",
            "The answer is 1: You must fill it in.", "A star marks a required box.",
            "RIGHT: 05/03/1962", "0?5/0?3/1962", "wrong: 03/05/1962", "Typing mistakes are not forgiven",
            "RIGHT: £1,234.50 (give or take £0.01)", "wrong: £1,200.00", "RIGHT: www.example.org",
            "At least 14 characters.", "At least 3 separate words",
            "- **dates**".replacingOccurrences(of: "**", with: ""),
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("**"), "bold markers are taken out of plain text")
    }

    @Test("the order step shows the shown order and the right order, with what to type")
    func orderStep() throws {
        let step = try #require(guide.steps.last)
        let shown = try #require(step.sections.first { $0.title.hasPrefix("The order the learner sees") })
        let right = try #require(step.sections.first { $0.title == "The right order" })
        #expect(shown.entries.map(\.text) == OrderQuestion(items: ["Open the form", "Fill it in", "Check it", "Send it"]).shownItems)
        let items = ["Open the form", "Fill it in", "Check it", "Send it"]
        #expect(zip(right.entries, items).allSatisfy { $0.text.hasPrefix($1 + " (shown as number ") })
        let typed = try #require(step.sections.first { $0.title == "The learner types" })
        let numbers = OrderQuestion(items: ["a", "b", "c", "d"]).answerInShownNumbers.map(String.init).joined(separator: " ")
        #expect(typed.entries.first?.text == numbers)
    }

    @Test("a secret step says what is checked and never shows an example passphrase")
    func secretStepHasNoExample() throws {
        let secret = try #require(SampleLesson.lesson.steps.first { $0.id == "passphrase" })
        let example = try #require(AnswerChecker.modelAnswer(for: secret))
        for format in VolunteerGuide.Format.allCases {
            let rendered = guide.rendered(as: format)
            #expect(!rendered.contains(example), "\(format) shows the example passphrase")
            #expect(!rendered.contains("kettle"), "\(format) shows a word of the example passphrase")
        }
    }

    @Test("the HTML guide escapes lesson text and keeps bold as <strong>")
    func htmlEscapes() {
        let html = guide.rendered(as: .html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"))
        #expect(html.contains("<title>Volunteer guide: Forms &amp; &lt;boxes&gt;</title>"))
        #expect(html.contains("Yes. &lt;b&gt;Required&lt;/b&gt;."))
        #expect(html.contains("Fill in a <strong>form</strong> safely."))
        #expect(html.contains("<li><strong>dates</strong></li>"))
        #expect(html.contains("<aside class=\"note\">"))
    }

    @Test("the HTML guide is self-contained and made for A4 print")
    func htmlIsSelfContained() {
        let html = guide.rendered(as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("size: A4"))
        #expect(html.contains("break-inside: avoid"))
        #expect(html.components(separatedBy: "<section class=\"step\">").count - 1 == SampleLesson.lesson.steps.count)
    }

    @Test("the Markdown guide escapes HTML, keeps bold and quotes answers literally")
    func markdown() {
        let markdown = guide.rendered(as: .md)
        #expect(markdown.hasPrefix("# Volunteer guide: Forms \\& \\<boxes\\>"))
        #expect(markdown.contains("\\<script\\>"))
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("Fill in a **form** safely."))
        #expect(markdown.contains("> **Volunteer note:** Stress that a red message is help."))
        #expect(markdown.contains("**Right:** `05/03/1962`"))
        #expect(markdown.contains("`0?5/0?3/1962`"))
        #expect(markdown.contains("- **dates**"))
    }
}

/// A money step's tolerance and wrong values, as the guide writes them.
@Suite("Guide amounts", .ownThread)
struct GuideAmountTests {
    @Test("a tolerance of half a penny and a wrong value under a penny are not rounded away")
    func smallAmounts() {
        let step = Step(
            id: "fee", text: "What is the fee?",
            kind: .number(NumberQuestion(value: 0.3, tolerance: 0.005, wrong: [KnownWrongNumber(value: 0.003, feedback: "That is a tenth of a penny.")], unit: .pounds)))
        let text = GuideStep(step, number: 1).sections.flatMap(\.entries).map(\.text).joined(separator: "\n")
        #expect(text.contains("£0.30 (give or take £0.005)"))
        #expect(text.contains("£0.003"))
        #expect(!text.contains("£0.00\n") && !text.hasSuffix("£0.00"))
    }
}
