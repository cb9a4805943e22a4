import Foundation
import TasterLessons
import TasterReports
import TasterStore
import TasterTestSupport
import TasterWording
import Testing

/// Every printed page says which language it is in, from its catalogue, as the browser reads it:
/// a screen reader then speaks a Welsh page with a Welsh voice, and a browser offers the right
/// spelling and hyphenation.
@Suite("The language of printed pages", .ownThread)
struct PageLanguageTests {
    /// Each installed language with the `lang` its pages must carry.
    static let languages: [(String, String)] = [("en", "en-GB"), ("cy", "cy")]

    /// The guide, the impact report and the certificate in `catalogue`.
    static func pages(in catalogue: Catalogue) throws -> [(String, String)] {
        let guide = VolunteerGuide(SampleLesson.lesson, catalogue: catalogue).rendered(as: .html)
        let report = try ImpactReport(ImpactReportTests.data, period: ReportPeriod(), library: [SampleLesson.lesson], words: catalogue).rendered(as: .html, words: catalogue)
        let certificate = LearnerCertificate(
            name: "Sam", lessons: [.init(title: "Forms", summary: "Filling in forms.", area: .foundation, completedOn: CalendarDate(year: 2026, month: 11, day: 2))],
            issuedOn: CalendarDate(year: 2026, month: 11, day: 30), catalogue: catalogue).html
        return [("guide", guide), ("report", report), ("certificate", certificate)]
    }

    @Test("the catalogue gives each language's page language", arguments: languages)
    func catalogueLanguage(code: String, lang: String) throws {
        let catalogue = try #require(Catalogue.named(code))
        #expect(catalogue.pageLanguage == lang)
    }

    @Test("the guide, the report and the certificate carry their catalogue's lang, read in headless Chromium", arguments: languages)
    func pagesCarryLang(code: String, lang: String) throws {
        let catalogue = try #require(Catalogue.named(code))
        for (name, html) in try Self.pages(in: catalogue) {
            #expect(html.contains("<html lang=\"\(lang)\">"), "\(name) in \(code)")
            guard HeadlessChromium.isAvailable else { continue }
            #expect(try HeadlessChromium.documentLanguage(html) == lang, "\(name) in \(code)")
        }
    }
}
