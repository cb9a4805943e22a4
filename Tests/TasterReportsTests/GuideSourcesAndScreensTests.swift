import Foundation
import TasterLessons
import TasterReports
import TasterTestSupport
import Testing

@Suite("Volunteer guide: sources, safety point and screens", .ownThread)
struct GuideSourcesAndScreensTests {
    static let screen = "+--------------------+\n| Sign in   <Help> & |\n|    [ Continue ]    |\n+--------------------+\n"
    static let lesson = Lesson(
        id: "sourced", title: "Sourced", summary: "Spot a bank that asks for too much.", area: .beingSafe, minutes: 10,
        reviewed: CalendarDate(year: 2026, month: 12, day: 1),
        sources: [LessonSource(id: "take-five", title: "Take Five <to stop fraud>", address: "https://www.gov.uk/fraud?a=1&b=2",
                               checked: CalendarDate(year: 2026, month: 12, day: 1))],
        steps: [
            Step(id: "screen", text: "This is a sign-in page.", screen: screen, source: "take-five", isSafetyPoint: true, kind: .say),
            Step(id: "plain", text: "Nothing else here.", kind: .say),
        ])

    @Test("every format lists the lesson's sources with their address and the day they were checked")
    func sourcesListed() {
        let text = VolunteerGuide(Self.lesson).rendered(as: .text)
        #expect(text.contains("Sources of the facts in this lesson:\n  - Take Five <to stop fraud>: https://www.gov.uk/fraud?a=1&b=2 (checked 2026-12-01)"))
        #expect(text.contains("  Source: Take Five <to stop fraud>"))
        #expect(text.contains("(The lesson's safety point.)"))
        let markdown = VolunteerGuide(Self.lesson).rendered(as: .md)
        #expect(markdown.contains("<https://www.gov.uk/fraud?a=1&b=2>"))
        #expect(markdown.contains("checked 2026-12-01"))
        let html = VolunteerGuide(Self.lesson).rendered(as: .html)
        #expect(html.contains("Take Five &lt;to stop fraud&gt;: <a href=\"https://www.gov.uk/fraud?a=1&amp;b=2\">"))
        #expect(html.contains("The lesson&#39;s safety point.") || html.contains("The lesson's safety point."))
    }

    @Test("the screen is kept exactly as written in text, Markdown and HTML")
    func screenKept() {
        let lines = ScreenBlock.lines(of: Self.screen)
        let text = VolunteerGuide(Self.lesson).rendered(as: .text)
        for line in lines { #expect(text.contains("    " + line)) }
        let markdown = VolunteerGuide(Self.lesson).rendered(as: .md)
        #expect(markdown.contains("```text\n" + lines.joined(separator: "\n") + "\n```"))
        let html = VolunteerGuide(Self.lesson).rendered(as: .html)
        #expect(html.contains("<pre class=\"screen\">+--------------------+\n| Sign in   &lt;Help&gt; &amp; |\n"))
        #expect(html.contains("white-space: pre"))
    }

    @Test("a lesson with no sources and no screen shows neither heading")
    func nothingExtra() {
        let bare = Lesson(id: "bare", title: "Bare", summary: "Read.", area: .foundation, minutes: 5,
                          reviewed: CalendarDate(year: 2026, month: 12, day: 1), steps: [Step(text: "Hello.", kind: .say)])
        for format in VolunteerGuide.Format.allCases {
            let rendered = VolunteerGuide(bare).rendered(as: format)
            #expect(!rendered.contains("Sources of the facts"))
            #expect(!rendered.contains("<pre class=\"screen\">") && !rendered.contains("```text") && !rendered.contains("Screen, exactly"), "\(format)")
        }
    }
}
