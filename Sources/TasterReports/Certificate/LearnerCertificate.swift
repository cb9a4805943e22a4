import Foundation
import TasterLessons
import TasterStore
import TasterWording

/// A printable certificate of the lessons a learner has completed: what they can do now, in
/// the lessons' own words, the library's name, and lines for a volunteer's signature and the date.
///
/// It never holds the learner code. The name is whatever the volunteer types when printing it
/// (or the nickname the learner chose, if any): it goes onto the page and nowhere else. Without
/// either, the page has a line to write a name on by hand.
public struct LearnerCertificate: Sendable, Equatable {
    /// One completed lesson.
    public struct CompletedLesson: Sendable, Equatable {
        /// Its title (or its id, when it is no longer in the library).
        public var title: String
        /// What the learner can do afterwards, in the lesson's own words; nil when the lesson is
        /// no longer in the library.
        public var summary: String?
        /// Its skills area; nil when the lesson is no longer in the library.
        public var area: SkillsArea?
        /// The day it was last completed.
        public var completedOn: CalendarDate

        /// Creates an entry.
        public init(title: String, summary: String? = nil, area: SkillsArea? = nil, completedOn: CalendarDate) {
            self.title = title
            self.summary = summary
            self.area = area
            self.completedOn = completedOn
        }
    }

    /// How much room each lesson gets, so that any number of lessons fills one A4 page and
    /// never spills onto a second: chosen from the number of lessons and the length of their
    /// words (see ``CertificateFit``).
    public enum Layout: String, Sendable, CaseIterable {
        /// Up to ``LearnerCertificate/mostForFew`` lessons: one column, large type, each with
        /// its summary.
        case few
        /// Up to ``LearnerCertificate/mostForSome`` lessons: two columns of summaries.
        case some
        /// More, or summaries too long for the page: titles only, grouped by skills area, in
        /// two or three columns.
        case many
    }

    /// The most lessons shown one to a row with large type.
    public static let mostForFew = 2
    /// The most lessons shown with their summaries.
    public static let mostForSome = 8

    /// The name typed for this printing, or the learner's nickname; nil for a line to write on.
    public var name: String?
    /// The library's name, if the volunteer gave it.
    public var libraryName: String?
    /// The completed lessons, earliest first.
    public var lessons: [CompletedLesson]
    /// The day it was made.
    public var issuedOn: CalendarDate
    /// The words the page is printed in.
    public var wording: Wording

    /// Creates a certificate from its parts; a name or library name of only spaces counts as none.
    public init(name: String?, libraryName: String? = nil, lessons: [CompletedLesson], issuedOn: CalendarDate, catalogue: Catalogue = .english) {
        self.wording = Wording(catalogue)
        self.name = Self.cleaned(name)
        self.libraryName = Self.cleaned(libraryName)
        self.lessons = lessons
        self.issuedOn = issuedOn
    }

    /// The certificate for a learner's progress, with titles, summaries and areas from
    /// `library`. Without a typed `name`, the learner's nickname is used if they chose one.
    public init(
        progress: LearnerProgress, library: [Lesson], name: String?, libraryName: String? = nil, issuedOn: CalendarDate, catalogue: Catalogue = .english
    ) {
        let known = Dictionary(library.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let completed = progress.lessons.compactMap { lesson -> (CompletedLesson, Date)? in
            guard let completedAt = lesson.completedAt else { return nil }
            let found = known[lesson.lessonID]
            let entry = CompletedLesson(
                title: found?.title ?? lesson.lessonID, summary: found?.summary, area: found?.area,
                completedOn: CalendarDate(completedAt))
            return (entry, completedAt)
        }.sorted { ($0.1, $0.0.title) < ($1.1, $1.0.title) }
        self.init(
            name: Self.cleaned(name) ?? progress.learner.nickname, libraryName: libraryName,
            lessons: completed.map(\.0), issuedOn: issuedOn, catalogue: catalogue)
    }

    /// Two certificates are the same when they print the same, in the same language.
    public static func == (left: LearnerCertificate, right: LearnerCertificate) -> Bool {
        left.name == right.name && left.libraryName == right.libraryName && left.lessons == right.lessons
            && left.issuedOn == right.issuedOn && left.wording.catalogue.language == right.wording.catalogue.language
    }

    private static func cleaned(_ text: String?) -> String? {
        let trimmed = text?.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (trimmed?.isEmpty ?? true) ? nil : trimmed
    }

    /// The layout for these lessons: the roomiest whose estimated height fits the page.
    public var layout: Layout {
        let details = { [wording] (lesson: CompletedLesson) in wording.lessonDetails(area: lesson.area, completedOn: lesson.completedOn) }
        if lessons.count <= Self.mostForFew, CertificateFit.few(lessons, details: details) <= room { return .few }
        if lessons.count <= Self.mostForSome, CertificateFit.some(lessons, details: details) <= room { return .some }
        return .many
    }

    /// With many lessons, how many columns of titles, and how many of the earliest lessons are
    /// listed (the page says how many more there are).
    public var titleColumns: (columns: Int, listed: Int) {
        func fitting(_ columns: Int) -> Int {
            var listed = lessons.count
            while listed > 1, CertificateFit.titles(groups(listed).map { ($0.0, $0.1.map(\.title)) }, columns: columns) > room {
                listed -= 1
            }
            return listed
        }
        let inTwo = fitting(2)
        return inTwo == lessons.count ? (2, inTwo) : (3, fitting(3))
    }

    /// The room for the lessons, less what a name or library name too long for one line takes.
    private var room: Double {
        // The line to write a name on stands a little taller than one printed line.
        let nameSpace = name.map { Double(max(1, ($0.count + 29) / 30) - 1) * 10 } ?? 8
        let libraryLines = max(1, ((libraryName ?? "").count + 41) / 42)
        return CertificateFit.room - nameSpace - Double(libraryLines - 1) * 7
    }

    /// The first `listed` lessons grouped by skills area, in the framework's order, then those
    /// no longer in the library.
    private func groups(_ listed: Int) -> [(String, [CompletedLesson])] {
        let shown = lessons.prefix(listed)
        return (SkillsArea.allCases.map(Optional.some) + [nil]).compactMap { area in
            let inArea = shown.filter { $0.area == area }
            return inArea.isEmpty ? nil : (area.map(wording.catalogue.name(of:)) ?? wording.otherLessons, inArea)
        }
    }

    /// Every sentence the certificate prints, in one place, from the catalogue.
    public struct Wording: Sendable {
        /// Where the words come from.
        public let catalogue: Catalogue

        /// The words of `catalogue`.
        public init(_ catalogue: Catalogue) {
            self.catalogue = catalogue
        }

        /// The page's heading.
        public var heading: String { catalogue.text(.certificateHeading) }
        /// The page's title, with the name printed on it.
        public func title(for name: String) -> String { catalogue.text(.certificateTitleFor, ["name": name]) }
        /// Before a printed name.
        public var beforeName: String { catalogue.text(.certificateBeforeName) }
        /// Before the line to write a name on.
        public var beforeBlankName: String { catalogue.text(.certificateBeforeBlankName) }
        /// Under the line to write a name on.
        public var blankNameCaption: String { catalogue.text(.certificateBlankNameCaption) }
        /// What the learner did, such as "has completed 3 lessons at Anytown Library." and, when
        /// the days are given, between which days.
        public func intro(_ count: Int, libraryName: String?, between days: (first: CalendarDate, last: CalendarDate)? = nil) -> String {
            var values = ["library": libraryName ?? ""]
            if let days {
                values["first"] = ReportDates.long(days.first, in: catalogue)
                values["last"] = ReportDates.long(days.last, in: catalogue)
            }
            let forms: (WordKey, WordKey) = switch (libraryName != nil, days != nil) {
            case (true, true): (.certificateIntroOneAtBetween, .certificateIntroOtherAtBetween)
            case (true, false): (.certificateIntroOneAt, .certificateIntroOtherAt)
            case (false, true): (.certificateIntroOneBetween, .certificateIntroOtherBetween)
            case (false, false): (.certificateIntroOne, .certificateIntroOther)
            }
            return catalogue.text(one: forms.0, other: forms.1, count: count, values)
        }
        /// The heading over the lessons' summaries.
        public var canDoNow: String { catalogue.text(.certificateCanDoNow) }
        /// The heading over the titles, grouped by skills area.
        public var lessonsByArea: String { catalogue.text(.certificateLessonsByArea) }
        /// The group for lessons no longer in the library.
        public var otherLessons: String { catalogue.text(.certificateOtherLessons) }
        /// Under each lesson, such as "Being safe online · completed on 3 November 2026".
        public func lessonDetails(area: SkillsArea?, completedOn: CalendarDate) -> String {
            let date = ReportDates.long(completedOn, in: catalogue)
            return area.map { catalogue.text(.certificateDetailsInArea, ["area": catalogue.name(of: $0), "date": date]) }
                ?? catalogue.text(.certificateDetails, ["date": date])
        }
        /// After the listed titles, when there are too many for one page.
        public func andMore(_ count: Int) -> String {
            catalogue.text(one: .certificateAndMoreOne, other: .certificateAndMoreOther, count: count)
        }
        /// The encouragement near the foot of the page.
        public func closing(libraryName: String?) -> String {
            libraryName.map { catalogue.text(.certificateClosingAt, ["library": $0]) } ?? catalogue.text(.certificateClosing)
        }
        /// Under the signature line.
        public var signatureCaption: String { catalogue.text(.certificateSignatureCaption) }
        /// Under the date line.
        public var dateCaption: String { catalogue.text(.certificateDateCaption) }
        /// At the very foot of the page.
        public var madeWith: String { catalogue.text(.certificateMadeWith) }
        /// What a screen reader says for the rosette.
        public var badgeLabel: String { catalogue.text(.certificateBadgeLabel) }
    }

    /// The certificate's styles, after the shared print styles. The page is one fixed A4 box
    /// whose parts are spread from top to bottom, so the lower half is never empty and nothing
    /// can push it onto a second sheet.
    static let css = """
    @page { size: A4 portrait; margin: 0; }
    html, body { margin: 0; padding: 0; }
    body { max-width: none; padding: 0; background: #f1efe8; }
    .sheet { width: 210mm; height: 296mm; margin: 0 auto; padding: 10mm; background: #ffffff; overflow: hidden; }
    .certificate { height: 100%; border: 3px double #1d4e6b; outline: 1px solid #9fb7c6; outline-offset: -3mm;
                   padding: 10mm 12mm 7mm 12mm; display: flex; flex-direction: column; justify-content: space-between;
                   text-align: center; overflow: hidden; }
    .top, .learned, .bottom { flex: none; }
    .learned { flex: 1 1 auto; display: flex; flex-direction: column; justify-content: safe center; min-height: 0; overflow: hidden; margin: 5mm 0; }
    .library { font-size: 15pt; letter-spacing: 0.08em; text-transform: uppercase; color: #1d4e6b; margin: 0 0 3mm 0; overflow-wrap: anywhere; }
    .badge { display: block; margin: 0 auto 3mm auto; }
    .certificate h1 { font-size: 28pt; font-weight: normal; letter-spacing: 0.02em; margin: 0 0 6mm 0; color: #12354a; }
    .who { font-size: 13pt; margin: 0 0 2mm 0; }
    .name { font-size: 24pt; font-weight: bold; margin: 0 0 3mm 0; overflow-wrap: anywhere; }
    .write-in { width: 110mm; margin: 14mm auto 0 auto; border-bottom: 1px solid #333333; }
    .caption { font-size: 9pt; color: #444444; margin: 1mm 0 0 0; }
    .intro { font-size: 14pt; margin: 4mm 0 0 0; }
    .learned h2 { font-size: 14pt; font-weight: bold; color: #12354a; border: none; margin: 0 0 4mm 0; padding: 0; }
    .lessons { list-style: none; margin: 0; padding: 0; text-align: left; }
    .lessons li { border-left: 4px solid #1d4e6b; background: #f4f8fa; padding: 3mm 5mm; margin: 0 0 4mm 0; }
    .lessons h3 { margin: 0 0 1.5mm 0; font-size: 15pt; }
    .lessons .summary { margin: 0 0 1.5mm 0; font-size: 13pt; }
    .lessons .details { margin: 0; font-size: 10pt; color: #444444; }
    .few .lessons li { padding: 5mm 6mm; margin-bottom: 5mm; }
    .some .lessons { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 4mm; }
    .some .lessons li { margin: 0; padding: 2.5mm 4mm; }
    .some .lessons h3 { font-size: 11pt; }
    .some .lessons .summary { font-size: 9.5pt; line-height: 1.3; }
    .some .lessons .details { font-size: 8.5pt; }
    .areas { column-count: 2; column-gap: 8mm; text-align: left; font-size: 10pt; line-height: 1.3; }
    .areas.three { column-count: 3; column-gap: 6mm; font-size: 8.5pt; }
    .area { break-inside: avoid; margin: 0 0 3mm 0; }
    .area h3 { font-size: 1.05em; color: #12354a; margin: 0 0 1mm 0; }
    .area ul { margin: 0; padding-left: 4mm; }
    .more { font-size: 10pt; margin: 2mm 0 0 0; }
    .closing { font-size: 12.5pt; margin: 0 0 7mm 0; }
    .signatures { display: flex; justify-content: space-between; gap: 16mm; margin: 0 4mm 5mm 4mm; }
    .signatures div { flex: 1; }
    .line { border-bottom: 1px solid #333333; height: 12mm; display: flex; align-items: flex-end; justify-content: center; font-size: 12pt; padding-bottom: 1mm; }
    .made { font-size: 8.5pt; color: #555555; margin: 0; }
    @media screen { html { background: #f1efe8; } .sheet { margin: 8mm auto; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); } }
    @media screen and (max-width: 215mm) { .sheet { width: auto; height: auto; margin: 0; } .certificate { height: auto; } }
    @media print { html, body { background: #ffffff; } .sheet { margin: 0; box-shadow: none; }
                   .lessons li { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
    """

    /// A rosette drawn inline (the page fetches nothing), to make the page feel like an award.
    static func badge(label: String) -> String {
        """
        <svg class="badge" width="56" height="56" viewBox="0 0 64 64" role="img" aria-label="\(HTMLText.escape(label))">\
        <circle cx="32" cy="32" r="28" fill="#1d4e6b"/><circle cx="32" cy="32" r="22" fill="none" stroke="#ffffff" stroke-width="2"/>\
        <path d="M32 17 L36 27 L47 27 L38 34 L41 45 L32 38 L23 45 L26 34 L17 27 L28 27 Z" fill="#f2c14e"/></svg>
        """
    }

    /// The certificate as one self-contained HTML page for A4.
    public var html: String {
        var top = ["<div class=\"top\">"]
        if let libraryName { top.append("<p class=\"library\">\(HTMLText.escape(libraryName))</p>") }
        top.append(Self.badge(label: wording.badgeLabel))
        top.append("<h1>\(wording.heading)</h1>")
        if let name {
            top.append("<p class=\"who\">\(wording.beforeName)</p>")
            top.append("<p class=\"name\">\(HTMLText.escape(name))</p>")
        } else {
            top.append("<p class=\"who\">\(wording.beforeBlankName)</p>")
            top.append("<div class=\"write-in\"></div>\n<p class=\"caption\">\(wording.blankNameCaption)</p>")
        }
        var days: (first: CalendarDate, last: CalendarDate)?
        if layout == .many, let first = lessons.map(\.completedOn).min(), let last = lessons.map(\.completedOn).max(), first != last {
            days = (first, last)
        }
        top.append("<p class=\"intro\">\(HTMLText.escape(wording.intro(lessons.count, libraryName: libraryName, between: days)))</p>")
        top.append("</div>")

        let bottom = [
            "<div class=\"bottom\">",
            "<p class=\"closing\">\(HTMLText.escape(wording.closing(libraryName: libraryName)))</p>",
            "<div class=\"signatures\">",
            "<div><div class=\"line\"></div><p class=\"caption\">\(wording.signatureCaption)</p></div>",
            "<div><div class=\"line\">\(ReportDates.long(issuedOn, in: wording.catalogue))</div><p class=\"caption\">\(wording.dateCaption)</p></div>",
            "</div>",
            "<p class=\"made\">\(wording.madeWith)</p>",
            "</div>",
        ]
        let body = ["<div class=\"sheet \(layout.rawValue)\">", "<div class=\"certificate\">"]
            + top + [learnedHTML] + bottom + ["</div>", "</div>"]
        let title = name.map(wording.title(for:)) ?? wording.heading
        return HTMLPage.document(language: wording.catalogue.pageLanguage, title: title, css: Self.css, body: body.joined(separator: "\n"))
    }

    /// What the learner learned: each lesson's summary, or with many lessons their titles by area.
    private var learnedHTML: String {
        var parts = ["<section class=\"learned\">"]
        switch layout {
        case .few, .some:
            parts.append("<h2>\(wording.canDoNow)</h2>")
            parts.append("<ul class=\"lessons\">")
            for lesson in lessons {
                var item = "<li><h3>\(HTMLText.escape(lesson.title))</h3>"
                if let summary = lesson.summary { item += "<p class=\"summary\">\(LessonText.html(LessonText.spans(summary)))</p>" }
                item += "<p class=\"details\">\(HTMLText.escape(wording.lessonDetails(area: lesson.area, completedOn: lesson.completedOn)))</p></li>"
                parts.append(item)
            }
            parts.append("</ul>")
        case .many:
            parts.append("<h2>\(wording.lessonsByArea)</h2>")
            let plan = titleColumns
            let columns = plan.columns == 3 ? " three" : ""
            parts.append("<div class=\"areas\(columns)\">")
            for (areaName, inArea) in groups(plan.listed) {
                parts.append("<section class=\"area\"><h3>\(HTMLText.escape(areaName))</h3><ul>"
                    + inArea.map { "<li>\(HTMLText.escape($0.title))</li>" }.joined() + "</ul></section>")
            }
            parts.append("</div>")
            if lessons.count > plan.listed {
                parts.append("<p class=\"more\">\(wording.andMore(lessons.count - plan.listed))</p>")
            }
        }
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }
}
