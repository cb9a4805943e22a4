import Foundation

/// Writes an impact report as one long-format CSV table that any spreadsheet opens.
///
/// Every figure is one row with five columns: `section` (summary, session or month, area,
/// lesson, confidence), `item` (what the figure is about: a session's name, a month `YYYY-MM`, an
/// area's key, a lesson's id, `before` or `after`), `label` (a session's day, a month's name, an
/// area's name, a lesson's title, or a rating),
/// `measure` (such as `started` or `learners`) and `value` (a number). One table in long format
/// filters and pivots easily, and adding a measure never moves a column.
struct ReportCSVRenderer {
    /// The columns.
    static let header = ["section", "item", "label", "measure", "value"]

    /// The report as CSV.
    func render(_ report: ImpactReport) -> String {
        var table = CSVTable(header: Self.header)
        func add(_ section: String, _ item: String, _ label: String, _ measure: String, _ value: String) {
            table.rows.append([section, CSVTable.inertText(item), CSVTable.inertText(label), measure, value])
        }
        add("summary", "period", report.period, "since", report.since ?? "")
        add("summary", "period", report.period, "until", report.until ?? "")
        add("summary", "all", "", "sessions held", "\(report.sessionsHeld)")
        add("summary", "all", "", "learners", "\(report.learners)")
        add("summary", "all", "", "lessons started", "\(report.lessonsStarted)")
        add("summary", "all", "", "lessons completed", "\(report.lessonsCompleted)")
        add("summary", "all", "", "hints used", "\(report.hintsUsed)")
        add("summary", "all", "", "answers shown", "\(report.solutionsShown)")
        add("summary", "all", "", "skills areas covered", "\(report.areasCovered)")
        for session in report.sessions {
            add("session", session.name, session.day, "learners", "\(session.learners)")
            add("session", session.name, session.day, "minutes", session.minutes.map(String.init) ?? "")
        }
        for month in report.sessionMonths ?? [] {
            add("month", month.month, month.name, "sessions", "\(month.sessions)")
            add("month", month.month, month.name, "learners", "\(month.learners)")
            add("month", month.month, month.name, "minutes", "\(month.minutes)")
            add("month", month.month, month.name, "still open", "\(month.stillOpen)")
        }
        for area in report.areas {
            add("area", area.area, area.name, "started", "\(area.started)")
            add("area", area.area, area.name, "completed", "\(area.completed)")
            add("area", area.area, area.name, "hints used", "\(area.hintsUsed)")
        }
        for lesson in report.lessons {
            add("lesson", lesson.lessonID, lesson.title, "started", "\(lesson.started)")
            add("lesson", lesson.lessonID, lesson.title, "completed", "\(lesson.completed)")
            add("lesson", lesson.lessonID, lesson.title, "hints used", "\(lesson.hintsUsed)")
        }
        for (item, summary) in [("before", report.confidenceBefore), ("after", report.confidenceAfter)] {
            for (offset, count) in summary.counts.enumerated() {
                add("confidence", item, "rating \(offset + 1)", "answers", "\(count)")
            }
            add("confidence", item, "all ratings", "answers", "\(summary.answers)")
            add("confidence", item, "all ratings", "average", summary.average.map { ImpactReport.twoDecimals($0) } ?? "")
        }
        add("confidence", "change", "after minus before", "average", report.averageChange.map { ImpactReport.twoDecimals($0) } ?? "")
        return table.text
    }
}
