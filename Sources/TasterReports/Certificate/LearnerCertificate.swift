import Foundation
import TasterLessons
import TasterStore

/// A printable certificate of the lessons a learner has completed.
///
/// The name is whatever the volunteer types when printing it: it goes onto the page and
/// nowhere else. Without a name the certificate says whose it is by learner code.
public struct LearnerCertificate: Sendable, Equatable {
    /// One completed lesson.
    public struct CompletedLesson: Sendable, Equatable {
        /// Its title (or its id, when it is no longer in the library).
        public var title: String
        /// The day it was last completed.
        public var completedOn: CalendarDate

        /// Creates an entry.
        public init(title: String, completedOn: CalendarDate) {
            self.title = title
            self.completedOn = completedOn
        }
    }

    /// The learner's code.
    public var code: LearnerCode
    /// The name typed for this printing only, if any.
    public var name: String?
    /// The completed lessons, earliest first.
    public var lessons: [CompletedLesson]
    /// The day it was made.
    public var issuedOn: CalendarDate

    /// Creates a certificate from its parts; a name of only spaces counts as none.
    public init(code: LearnerCode, name: String?, lessons: [CompletedLesson], issuedOn: CalendarDate) {
        self.code = code
        let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.name = (trimmed?.isEmpty ?? true) ? nil : trimmed
        self.lessons = lessons
        self.issuedOn = issuedOn
    }

    /// The certificate for a learner's progress, titling lessons from `library`.
    public init(progress: LearnerProgress, library: [Lesson], name: String?, issuedOn: CalendarDate) {
        let titles = Dictionary(library.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let completed = progress.lessons.compactMap { lesson -> (String, Date)? in
            lesson.completedAt.map { (titles[lesson.lessonID] ?? lesson.lessonID, $0) }
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        self.init(
            code: progress.learner.code, name: name,
            lessons: completed.map { CompletedLesson(title: $0.0, completedOn: CalendarDate($0.1)) },
            issuedOn: issuedOn)
    }

    /// The certificate's styles, after the shared print styles.
    static let css = """
    @page { size: A4 portrait; margin: 15mm; }
    body { max-width: 170mm; }
    .certificate { border: 3px double #333333; padding: 16mm 14mm; min-height: 250mm; text-align: center; }
    .certificate h1 { font-size: 26pt; font-weight: normal; letter-spacing: 0.02em; margin: 6mm 0 8mm 0; }
    .who { font-size: 14pt; margin: 0 0 2mm 0; }
    .name { font-size: 22pt; font-weight: bold; margin: 2mm 0 8mm 0; overflow-wrap: anywhere; }
    .code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 14pt; font-weight: bold; white-space: nowrap; }
    .intro { font-size: 13pt; margin: 4mm 0 5mm 0; }
    table.lessons { width: auto; margin: 0 auto 8mm auto; font-size: 12pt; }
    table.lessons td { border: none; border-bottom: 1px solid #bbbbbb; padding: 4pt 10pt; text-align: left; }
    table.lessons td.day { text-align: right; white-space: nowrap; }
    .closing { font-size: 13pt; margin: 8mm 0 4mm 0; }
    .issued { margin-top: 12mm; color: #333333; }
    @media print { body { max-width: none; } .certificate { min-height: 255mm; } }
    """

    /// The certificate as one self-contained HTML page for A4.
    public var html: String {
        var body = ["<div class=\"certificate\">", "<h1>Certificate of learning</h1>"]
        if let name {
            body.append("<p class=\"who\">This is to say that</p>")
            body.append("<p class=\"name\">\(HTMLText.escape(name))</p>")
        } else {
            body.append("<p class=\"who\">This certificate belongs to the holder of learner code</p>")
            body.append("<p class=\"name\"><span class=\"code\">\(HTMLText.escape(code.rawValue))</span></p>")
        }
        if lessons.isEmpty {
            body.append("<p class=\"intro\">has made a start with taster lessons.</p>")
        } else {
            let count = lessons.count == 1 ? "this lesson" : "these \(lessons.count) lessons"
            body.append("<p class=\"intro\">has completed \(count):</p>")
            body.append("<table class=\"lessons\">\n<tbody>")
            for lesson in lessons {
                body.append("<tr><td>\(HTMLText.escape(lesson.title))</td><td class=\"day\">\(ReportDates.long(lesson.completedOn))</td></tr>")
            }
            body.append("</tbody>\n</table>")
        }
        body.append("<p class=\"closing\">Well done! Every step counts. Keep practising, and ask at the library whenever you would like help.</p>")
        body.append("<p class=\"issued\">Issued on \(ReportDates.long(issuedOn))</p>")
        body.append("</div>")
        let title = name.map { "Certificate of learning for \($0)" } ?? "Certificate of learning"
        return HTMLPage.document(title: title, css: Self.css, body: body.joined(separator: "\n"))
    }
}
