import Foundation
import TasterLessons
import TasterReports
import TasterStore
import Testing

@Suite("Certificate")
struct CertificateTests {
    let code = LearnerCode("maple-river-otter-42")!
    let lessons = [
        LearnerCertificate.CompletedLesson(title: "Forms & <boxes>", completedOn: CalendarDate(year: 2026, month: 11, day: 3)),
    ]

    @Test("a typed name goes on the page, escaped, in place of the code")
    func nameEscaped() {
        let certificate = LearnerCertificate(code: code, name: "  Ann <O'Neil> & \"Co\" ", lessons: lessons, issuedOn: CalendarDate(year: 2026, month: 11, day: 30))
        let html = certificate.html
        #expect(html.contains("<p class=\"name\">Ann &lt;O&#39;Neil&gt; &amp; &quot;Co&quot;</p>"))
        #expect(!html.contains("<O'Neil>"))
        #expect(!html.contains(code.rawValue))
        #expect(html.contains("Forms &amp; &lt;boxes&gt;"))
        #expect(html.contains("3 November 2026"))
        #expect(html.contains("Issued on 30 November 2026"))
        #expect(html.contains("size: A4"))
        #expect(!html.contains("<script"))
    }

    @Test("without a name, the page says it belongs to the holder of the code", arguments: [nil, "", "   "] as [String?])
    func noName(name: String?) {
        let html = LearnerCertificate(code: code, name: name, lessons: lessons, issuedOn: CalendarDate(year: 2026, month: 11, day: 30)).html
        #expect(html.contains("This certificate belongs to the holder of learner code"))
        #expect(html.contains(code.rawValue))
    }

    @Test("made from stored progress: completed lessons only, titled, earliest first; the name is never stored")
    func fromProgressStoresNoName() throws {
        let folder = try TemporaryFolder()
        let clock = ClockBox(Date(timeIntervalSince1970: 1_793_000_000))
        let store = try ProgressDatabase.open(DataLocation(folder: folder.url), recordTypedAnswers: false, now: { clock.now })
        let learner = try store.newLearner(nickname: nil)
        try store.startLesson(code: learner.code, lessonID: "sample-lesson", contentVersion: "v1")
        clock.now += 86_400
        try store.completeLesson(code: learner.code, lessonID: "sample-lesson", contentVersion: "v1")
        try store.startLesson(code: learner.code, lessonID: "unfinished", contentVersion: "v1")
        let progress = try store.progress(code: learner.code)

        let name = "Zebedee Quillfeather"
        let certificate = LearnerCertificate(progress: progress, library: [SampleLesson.lesson], name: name, issuedOn: CalendarDate(year: 2026, month: 11, day: 30))
        #expect(certificate.lessons == [.init(title: "Forms & <boxes>", completedOn: CalendarDate(year: 2026, month: 10, day: 27))])
        #expect(certificate.html.contains(name))
        try store.close()

        for file in try FileManager.default.contentsOfDirectory(atPath: folder.url.path) {
            let bytes = try Data(contentsOf: folder.url.appendingPathComponent(file))
            #expect(bytes.range(of: Data(name.utf8)) == nil, "\(file) holds the name")
        }
    }
}

/// A clock a test can move forward.
final class ClockBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Date

    init(_ start: Date) { value = start }

    var now: Date {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
