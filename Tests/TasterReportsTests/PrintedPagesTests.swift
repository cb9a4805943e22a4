import Foundation
import TasterLessons
import TasterReports
import TasterStore
import TasterTestSupport
import Testing

/// The certificate and the impact report as a library shows and prints them: rendered in
/// headless Chromium, on screen and as A4.
@Suite("Pages in headless Chromium", .serialized, .ownThread)
struct PrintedPagesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The lessons taster ships with.
    static let bundled = LessonLibrary.load(paths: [repository.appendingPathComponent("lessons").path]).library.lessons
    static let issued = CalendarDate(year: 2026, month: 11, day: 30)
    static let libraryName = "Anytown Central Library"

    /// `count` lessons as long as the lesson format allows: an 80-character title and a
    /// 200-character summary each, the most any certificate has to find room for.
    static func longestLessons(_ count: Int) -> [LearnerCertificate.CompletedLesson] {
        (0..<count).map { index in
            let title = String("Lesson \(index + 1): finding your way round a long and winding title that goes on".prefix(80))
            let summary = String(repeating: "Know what to do, step by step, and why it keeps you safe. ", count: 4).prefix(200)
            return .init(
                title: title, summary: String(summary), area: SkillsArea.allCases[index % SkillsArea.allCases.count],
                completedOn: CalendarDate(year: 2026, month: 11, day: 1 + index % 28))
        }
    }

    /// The first `count` bundled lessons, as completed on successive days.
    static func bundledLessons(_ count: Int) -> [LearnerCertificate.CompletedLesson] {
        bundled.prefix(count).enumerated().map { index, lesson in
            .init(title: lesson.title, summary: lesson.summary, area: lesson.area, completedOn: CalendarDate(year: 2026, month: 11, day: 1 + index % 28))
        }
    }

    @Test("the bundled lessons are there to print")
    func bundledLessonsLoad() {
        #expect(Self.bundled.count > LearnerCertificate.mostForSome)
    }

    @Test("a certificate prints on exactly one A4 page, with its library, signature line and last lesson", arguments: [
        ("one bundled lesson", bundledLessons(1), "Sam"),
        ("every bundled lesson", bundledLessons(bundled.count), "Sam"),
        ("every bundled lesson, no name", bundledLessons(bundled.count), nil),
        ("1 of the longest lessons", longestLessons(1), "Alexandra-Louise Montgomery-Smythe"),
        ("2 of the longest lessons", longestLessons(2), "Alexandra-Louise Montgomery-Smythe"),
        ("3 of the longest lessons", longestLessons(3), "Alexandra-Louise Montgomery-Smythe"),
        ("6 bundled lessons", bundledLessons(6), nil),
        ("8 of the longest lessons", longestLessons(LearnerCertificate.mostForSome), "Alexandra-Louise Montgomery-Smythe"),
        ("9 bundled lessons", bundledLessons(LearnerCertificate.mostForSome + 1), "Sam"),
        ("2 bundled lessons", bundledLessons(2), "Sam"),
        ("3 bundled lessons", bundledLessons(3), "Alexandra-Louise Montgomery-Smythe"),
        ("30 of the longest lessons", longestLessons(30), nil),
        ("80 of the longest lessons", longestLessons(80), "Alexandra-Louise Montgomery-Smythe"),
    ] as [(String, [LearnerCertificate.CompletedLesson], String?)])
    func certificateOnOneA4Page(_ label: String, lessons: [LearnerCertificate.CompletedLesson], name: String?) throws {
        guard HeadlessChromium.isAvailable else { return }
        let certificate = LearnerCertificate(name: name, libraryName: Self.libraryName, lessons: lessons, issuedOn: Self.issued)
        let pdf = try HeadlessChromium.printToPDF(certificate.html)
        #expect(pdf.pageCount == 1, "\(label): \(pdf.pageCount) pages")
        #expect(pdf.everyPageIsA4, "\(label): \(pdf.pageSizes)")
        // Chromium leaves out of the PDF what the page box cuts off, so finding the foot of the
        // page and the last lesson shows nothing was pushed out of sight. Side-by-side columns
        // interleave in the text, so long phrases are looked for by their first and last words.
        let text = pdf.compactText
        func printed(_ phrase: String) -> Bool {
            let words = phrase.split(separator: " ")
            return [words.prefix(3), words.suffix(3)].allSatisfy { text.contains(PrintedPDF.compact($0.joined(separator: " "))) }
        }
        #expect(printed(Self.libraryName.uppercased()), "\(label)")
        #expect(printed(LearnerCertificate.Wording(.english).signatureCaption), "\(label)")
        #expect(printed(ReportDates.long(Self.issued)), "\(label)")
        #expect(printed(LearnerCertificate.Wording(.english).madeWith), "\(label): the foot of the page is missing")
        if let name { #expect(printed(name), "\(label)") }
        let listed = certificate.layout == .many ? certificate.titleColumns.listed : lessons.count
        let last = try #require(lessons.prefix(listed).last)
        #expect(printed(last.title), "\(label): the last lesson listed is missing")
        if certificate.layout != .many, let summary = last.summary { #expect(printed(summary), "\(label): its summary is cut") }
        if listed < lessons.count {
            #expect(printed(LearnerCertificate.Wording(.english).andMore(lessons.count - listed)), "\(label)")
        }
    }

    @Test("with one lesson, the learner reads what they can now do, in the lesson's own words")
    func oneLessonSaysWhatWasLearned() throws {
        guard HeadlessChromium.isAvailable else { return }
        let lesson = try #require(Self.bundled.first)
        let certificate = LearnerCertificate(name: nil, libraryName: Self.libraryName, lessons: Self.bundledLessons(1), issuedOn: Self.issued)
        let text = try HeadlessChromium.printToPDF(certificate.html).flatText
        #expect(text.contains(LearnerCertificate.Wording(.english).canDoNow))
        #expect(text.contains(lesson.summary.split(separator: " ").prefix(6).joined(separator: " ")))
        #expect(text.contains(LearnerCertificate.Wording(.english).blankNameCaption))
    }

    @Test("the rendered certificate shows the library's name, the signature and date lines, and no learner code")
    func certificateDocument() throws {
        guard HeadlessChromium.isAvailable else { return }
        let folder = try TemporaryFolder()
        let store = try ProgressDatabase.open(DataLocation(folder: folder.url), recordTypedAnswers: false, now: { Date(timeIntervalSince1970: 1_793_000_000) })
        defer { try? store.close() }
        let learner = try store.newLearner(nickname: "Sunny")
        let lesson = try #require(Self.bundled.first)
        try store.startLesson(code: learner.code, lessonID: lesson.id, contentVersion: "v1")
        try store.completeLesson(code: learner.code, lessonID: lesson.id, contentVersion: "v1")
        let certificate = LearnerCertificate(
            progress: try store.progress(code: learner.code), library: Self.bundled, name: nil,
            libraryName: Self.libraryName, issuedOn: Self.issued)

        let dom = try HeadlessChromium.dumpDOM(certificate.html)
        #expect(dom.contains("<p class=\"library\">\(Self.libraryName)</p>"))
        #expect(dom.contains("<p class=\"name\">Sunny</p>"))
        #expect(dom.contains("<div class=\"line\"></div><p class=\"caption\">\(LearnerCertificate.Wording(.english).signatureCaption)</p>"))
        #expect(dom.contains("<div class=\"line\">\(ReportDates.long(Self.issued))</div><p class=\"caption\">\(LearnerCertificate.Wording(.english).dateCaption)</p>"))
        #expect(dom.contains(lesson.title))
        #expect(!dom.contains(learner.code.rawValue))
    }

    @Test("on a screen the certificate draws a page, not a blank window")
    func certificateOnScreen() throws {
        guard HeadlessChromium.isAvailable else { return }
        let certificate = LearnerCertificate(name: "Sam", libraryName: Self.libraryName, lessons: Self.bundledLessons(3), issuedOn: Self.issued)
        let screen = try HeadlessChromium.screenshot(certificate.html)
        let blank = try HeadlessChromium.screenshot("<!DOCTYPE html><html><body></body></html>")
        try expectDrawn(screen, comparedWith: blank)
    }

    /// A realistic month: a session each weekday for four weeks, every bundled lesson used.
    static let monthOfSessions: ImpactReport = {
        let start = Date(timeIntervalSince1970: 1_793_000_000)
        let sessions = (0..<20).map { index in
            ImpactData.SessionSummary(
                name: "Weekday drop-in \(index + 1)", startedAt: start.addingTimeInterval(Double(index) * 86_400),
                endedAt: start.addingTimeInterval(Double(index) * 86_400 + 3_600), learnerCount: 3 + index % 4)
        }
        let lessons = bundled.enumerated().map { index, lesson in
            ImpactData.LessonActivity(lessonID: lesson.id, started: 3 + index % 5, completed: 2 + index % 3, hintsUsed: index % 7, solutionsShown: index % 2)
        }
        let data = ImpactData(
            since: nil, until: nil, sessions: sessions, learnerCount: 41, lessons: lessons,
            confidenceBefore: [4, 9, 12, 5, 2], confidenceAfter: [1, 4, 10, 12, 5])
        return ImpactReport(data, period: ReportPeriod(since: CalendarDate(year: 2026, month: 10, day: 26), until: CalendarDate(year: 2026, month: 11, day: 22)), library: bundled)
    }()

    @Test("the impact report prints on A4, every page, and keeps its footnotes")
    func reportOnA4() throws {
        guard HeadlessChromium.isAvailable else { return }
        let pdf = try HeadlessChromium.printToPDF(try Self.monthOfSessions.rendered(as: .html))
        #expect(pdf.pageCount >= 1)
        #expect(pdf.pageSizes.count == pdf.pageCount)
        #expect(pdf.everyPageIsA4, "\(pdf.pageSizes)")
        let text = pdf.flatText
        #expect(text.contains("Impact report"))
        let lastFootnote = try #require(ImpactReport.definitions.last)
        #expect(text.contains(lastFootnote.split(separator: " ").prefix(6).joined(separator: " ")))
    }

    /// A report of `sessions` sessions and the first `lessons` bundled lessons: the sizes that
    /// used to push the footnotes, or part of them, onto a last page of their own.
    static func report(sessions: Int, lessons: Int) -> ImpactReport {
        let start = Date(timeIntervalSince1970: 1_793_000_000)
        let rows = (0..<sessions).map { index in
            ImpactData.SessionSummary(
                name: "Weekday drop-in \(index + 1)", startedAt: start.addingTimeInterval(Double(index) * 86_400),
                endedAt: start.addingTimeInterval(Double(index) * 86_400 + 3_600), learnerCount: 3 + index % 4)
        }
        let used = Array(bundled.prefix(lessons))
        let activity = used.enumerated().map { index, lesson in
            ImpactData.LessonActivity(lessonID: lesson.id, started: 3 + index % 5, completed: 2 + index % 3, hintsUsed: index % 7, solutionsShown: index % 2)
        }
        let data = ImpactData(
            since: nil, until: nil, sessions: rows, learnerCount: 41, lessons: activity,
            confidenceBefore: [4, 9, 12, 5, 2], confidenceAfter: [1, 4, 10, 12, 5], confidencePairs: [ConfidencePair(before: 2, after: 4, count: 9)])
        return ImpactReport(data, period: ReportPeriod(since: CalendarDate(year: 2026, month: 10, day: 26), until: CalendarDate(year: 2026, month: 11, day: 30)), library: used)
    }

    @Test("no printed page holds only the footnotes: they print whole, on the page with the confidence figures they explain", arguments: [
        (10, 1), (10, 2), (10, 3), (10, 6), (10, 14), (10, 16), (30, 4), (30, 17),
    ])
    func footnotesNeverAlone(sessions: Int, lessons: Int) throws {
        guard HeadlessChromium.isAvailable else { return }
        let report = Self.report(sessions: sessions, lessons: lessons)
        let pdf = try HeadlessChromium.printToPDF(try report.rendered(as: .html))
        let pages = try HeadlessChromium.pageTexts(pdf).map(PrintedPDF.compact)
        #expect(pages.count == pdf.pageCount && pages.count > 1, "\(sessions) sessions, \(lessons) lessons: \(pages.count) pages")
        let definitions = ImpactReport.definitions
        let firstNote = PrintedPDF.compact("Learners rate their confidence from 1")
        let lastNote = PrintedPDF.compact(String(try #require(definitions.last).suffix(40)))
        let table = PrintedPDF.compact("The same people, when leaving")
        let withFirst = pages.indices.filter { pages[$0].contains(firstNote) }
        let withLast = pages.indices.filter { pages[$0].contains(lastNote) }
        #expect(withFirst.count == 1 && withFirst == withLast, "\(sessions) sessions, \(lessons) lessons: the notes start on page \(withFirst) and end on page \(withLast)")
        if let page = withFirst.first {
            #expect(pages[page].contains(table), "\(sessions) sessions, \(lessons) lessons: page \(page + 1) holds the notes without the figures")
        }
    }

    @Test("on a screen the impact report draws its page")
    func reportOnScreen() throws {
        guard HeadlessChromium.isAvailable else { return }
        let screen = try HeadlessChromium.screenshot(try Self.monthOfSessions.rendered(as: .html))
        let blank = try HeadlessChromium.screenshot("<!DOCTYPE html><html><body></body></html>")
        try expectDrawn(screen, comparedWith: blank)
    }

    /// A screenshot is the window's size and holds far more than a blank window of that size:
    /// PNG squeezes a blank window to almost nothing, and text and rules cannot be squeezed so.
    private func expectDrawn(_ screen: Data, comparedWith blank: Data) throws {
        let header = try #require(PNGHeader(screen))
        #expect(header.width == 1280 && header.height == 900)
        #expect(PNGHeader(blank) != nil)
        #expect(screen.count > blank.count * 10, "\(screen.count) bytes against \(blank.count) for a blank window")
    }
}
