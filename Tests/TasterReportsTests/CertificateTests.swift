import Foundation
import TasterLessons
import TasterReports
import TasterStore
import TasterTestSupport
import Testing

@Suite("Certificate", .ownThread)
struct CertificateTests {
    let lessons = [
        LearnerCertificate.CompletedLesson(title: "Forms & <boxes>", completedOn: CalendarDate(year: 2026, month: 11, day: 3)),
    ]

    @Test("a typed name goes on the page, escaped")
    func nameEscaped() {
        let certificate = LearnerCertificate(name: "  Ann <O'Neil> & \"Co\" ", lessons: lessons, issuedOn: CalendarDate(year: 2026, month: 11, day: 30))
        let html = certificate.html
        #expect(html.contains("<p class=\"name\">Ann &lt;O&#39;Neil&gt; &amp; &quot;Co&quot;</p>"))
        #expect(!html.contains("<O'Neil>"))
        #expect(html.contains("Forms &amp; &lt;boxes&gt;"))
        #expect(html.contains("3 November 2026"))
        #expect(html.contains("<div class=\"line\">30 November 2026</div>"))
        #expect(html.contains("size: A4"))
        #expect(!html.contains("<script"))
    }

    @Test("without a name, the page has a line to write one on", arguments: [nil, "", "   "] as [String?])
    func noName(name: String?) {
        let html = LearnerCertificate(name: name, lessons: lessons, issuedOn: CalendarDate(year: 2026, month: 11, day: 30)).html
        #expect(html.contains(LearnerCertificate.Wording(.english).beforeBlankName))
        #expect(html.contains("<div class=\"write-in\"></div>"))
        #expect(!html.contains("<p class=\"name\">"))
    }

    @Test("the library's name goes at the top and in the closing words; without one the page says the library", arguments: [
        ("Anytown  Library\n", "Anytown Library", "has completed a lesson at Anytown Library", "ask at Anytown Library"),
        (nil, nil, "has completed a lesson with taster", "ask at the library"),
        ("  ", nil, "has completed a lesson with taster", "ask at the library"),
    ] as [(String?, String?, String, String)])
    func libraryName(given: String?, printed: String?, intro: String, closing: String) {
        let certificate = LearnerCertificate(name: "Sam", libraryName: given, lessons: lessons, issuedOn: CalendarDate(year: 2026, month: 11, day: 30))
        #expect(certificate.libraryName == printed)
        let html = certificate.html
        #expect(html.contains("<p class=\"library\">") == (printed != nil))
        if let printed { #expect(html.contains("<p class=\"library\">\(printed)</p>")) }
        #expect(html.contains(intro))
        #expect(html.contains(closing))
    }

    @Test("the library's name comes from --library, else TASTER_LIBRARY_NAME, else none", arguments: [
        ("Bridge Street Library", "Town Library", "Bridge Street Library"),
        (nil, "Town  Library", "Town Library"),
        ("   ", "Town Library", "Town Library"),
        (nil, nil, nil),
        (nil, " ", nil),
    ] as [(String?, String?, String?)])
    func libraryNameChosen(option: String?, variable: String?, chosen: String?) {
        let variables = variable.map { [LibraryName.variable: $0] } ?? [:]
        #expect(LibraryName.variable == "TASTER_LIBRARY_NAME")
        #expect(LibraryName.chosen(option: option, variables: variables) == chosen)
    }

    @Test("each lesson is given with its summary, area and day while there is room, then by title under its area", arguments: [1, 3, 4, 8, 9, 20])
    func layoutByCount(count: Int) {
        let many = (0..<count).map {
            LearnerCertificate.CompletedLesson(
                title: "Lesson \($0)", summary: "Do thing \($0) with **care**.", area: $0 % 2 == 0 ? .money : nil,
                completedOn: CalendarDate(year: 2026, month: 11, day: 1 + $0 % 28))
        }
        let certificate = LearnerCertificate(name: "Sam", lessons: many, issuedOn: CalendarDate(year: 2026, month: 11, day: 30))
        let expected: LearnerCertificate.Layout = count <= LearnerCertificate.mostForFew ? .few : count <= LearnerCertificate.mostForSome ? .some : .many
        #expect(certificate.layout == expected)
        let html = certificate.html
        #expect(html.contains("<div class=\"sheet \(expected.rawValue)\">"))
        #expect(html.contains("Lesson \(count - 1)"))
        if expected == .many {
            #expect(html.contains(LearnerCertificate.Wording(.english).lessonsByArea))
            #expect(html.contains("<h3>Money</h3>"))
            #expect(html.contains("<h3>\(LearnerCertificate.Wording(.english).otherLessons)</h3>"))
            #expect(!html.contains("Do thing"))
            #expect(html.contains("between 1 November 2026 and"))
            // Short titles all fit in two columns.
            #expect(certificate.titleColumns == (2, count))
            #expect(html.contains("class=\"areas\""))
        } else {
            #expect(html.contains(LearnerCertificate.Wording(.english).canDoNow))
            #expect(html.contains("Do thing 0 with <strong>care</strong>."))
            #expect(html.contains("Money · completed on 1 November 2026"))
            #expect(count < 2 || html.contains("Completed on 2 November 2026"))
        }
    }

    @Test("lessons whose words are too long for the roomier layouts are listed by title", arguments: [3, 5, 8])
    func longWordsMoveToTitles(count: Int) {
        let long = (0..<count).map {
            LearnerCertificate.CompletedLesson(
                title: String(repeating: "Long title \($0) ", count: 8).prefix(80).description,
                summary: String(repeating: "A summary as long as the format allows. ", count: 6).prefix(200).description,
                area: .money, completedOn: CalendarDate(year: 2026, month: 11, day: 1))
        }
        let short = long.map { LearnerCertificate.CompletedLesson(title: "Short", summary: "Do one thing.", area: .money, completedOn: $0.completedOn) }
        let roomy: LearnerCertificate.Layout = count <= LearnerCertificate.mostForFew ? .few : .some
        #expect(LearnerCertificate(name: "Sam", lessons: short, issuedOn: CalendarDate(year: 2026, month: 11, day: 30)).layout == roomy)
        let layout = LearnerCertificate(name: "Sam", lessons: long, issuedOn: CalendarDate(year: 2026, month: 11, day: 30)).layout
        #expect(layout != roomy)
    }

    @Test("beyond what a page can list, the earliest lessons are listed and the page says how many more", arguments: [40, 90, 200])
    func andMore(count: Int) {
        let many = (0..<count).map {
            LearnerCertificate.CompletedLesson(title: "Lesson \($0) about something worth knowing", area: SkillsArea.allCases[$0 % 7], completedOn: CalendarDate(year: 2026, month: 11, day: 1))
        }
        let certificate = LearnerCertificate(name: nil, lessons: many, issuedOn: CalendarDate(year: 2026, month: 11, day: 30))
        let plan = certificate.titleColumns
        #expect(plan.listed > 0 && plan.listed <= count)
        #expect(plan.columns == 2 || plan.listed < count || count > 40)
        let html = certificate.html
        #expect(html.contains("<li>Lesson \(plan.listed - 1) about"))
        #expect(!html.contains("<li>Lesson \(plan.listed) about"))
        let hidden = count - plan.listed
        #expect(html.contains("<p class=\"more\">") == (hidden > 0))
        if hidden > 0 { #expect(html.contains(LearnerCertificate.Wording(.english).andMore(hidden))) }
        if count == 200 { #expect(hidden > 0) }
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
        #expect(certificate.lessons == [.init(
            title: "Forms & <boxes>", summary: SampleLesson.lesson.summary, area: .transacting,
            completedOn: CalendarDate(year: 2026, month: 10, day: 27))])
        #expect(certificate.html.contains(name))
        #expect(!certificate.html.contains(learner.code.rawValue))
        try store.close()

        for file in try FileManager.default.contentsOfDirectory(atPath: folder.url.path) {
            let bytes = try Data(contentsOf: folder.url.appendingPathComponent(file))
            #expect(bytes.range(of: Data(name.utf8)) == nil, "\(file) holds the name")
        }
    }
}

extension CertificateTests {
    @Test("the learner's own nickname is printed when no name is typed; a typed name comes first; never the code", arguments: [
        ("Sunny", nil, "Sunny"),
        ("Sunny", "Ann Smith", "Ann Smith"),
        (nil, "  ", nil),
        (nil, nil, nil),
    ] as [(String?, String?, String?)])
    func nickname(nickname: String?, typed: String?, printed: String?) throws {
        let folder = try TemporaryFolder()
        let store = try ProgressDatabase.open(DataLocation(folder: folder.url), recordTypedAnswers: false, now: { Date(timeIntervalSince1970: 1_793_000_000) })
        defer { try? store.close() }
        let learner = try store.newLearner(nickname: nickname)
        try store.startLesson(code: learner.code, lessonID: "sample-lesson", contentVersion: "v1")
        try store.completeLesson(code: learner.code, lessonID: "sample-lesson", contentVersion: "v1")
        let certificate = LearnerCertificate(progress: try store.progress(code: learner.code), library: [SampleLesson.lesson], name: typed, issuedOn: CalendarDate(year: 2026, month: 11, day: 30))
        #expect(certificate.name == printed)
        #expect(certificate.html.contains("<div class=\"write-in\"></div>") == (printed == nil))
        #expect(!certificate.html.contains(learner.code.rawValue))
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
