/// Writes an impact report as one self-contained HTML page with tables and inline SVG bar
/// charts, for printing on A4 or attaching to a funder's return.
struct ReportHTMLRenderer {
    /// Colours that stay distinct in greyscale print.
    private static let started = SVGBarChart.Series(name: "started", colour: "#9ecae1")
    private static let completed = SVGBarChart.Series(name: "completed", colour: "#08519c")

    /// The report's own styles, after the shared print styles.
    static let css = """
    .summary td.number { width: 20%; }
    """

    /// The report as a page.
    func render(_ report: ImpactReport) -> String {
        var body = [
            "<h1>Impact report</h1>",
            "<p class=\"muted\">\(HTMLText.escape(capitalised(report.period))). Counts only: no learner codes or names.</p>",
            table(caption: nil, header: ["What", "How many"], numericFrom: 1, rows: [
                ["Sessions held", "\(report.sessionsHeld)"],
                ["Learners", "\(report.learners)"],
                ["Lessons started", "\(report.lessonsStarted)"],
                ["Lessons completed", "\(report.lessonsCompleted)"],
                ["Hints used", "\(report.hintsUsed)"],
                ["Answers shown", "\(report.solutionsShown)"],
                ["Skills areas covered", "\(report.areasCovered)"],
            ], className: "summary"),
        ]
        if let months = report.sessionMonths {
            body.append("<section class=\"part\">\n<h2>Sessions by month</h2>\n" + (months.isEmpty
                ? "<p>No sessions were recorded in this period.</p>"
                : table(caption: nil, header: ["Month", "Sessions", "Learners", "Minutes", "Still open"], numericFrom: 1, rows: months.map {
                    [$0.name, "\($0.sessions)", "\($0.learners)", "\($0.minutes)", "\($0.stillOpen)"]
                }) + "\n<p class=\"muted\">\(HTMLText.escape(ImpactReport.monthsNote))</p>") + "\n</section>")
        } else {
            body.append("<section class=\"part\">\n<h2>Sessions</h2>\n" + (report.sessions.isEmpty
                ? "<p>No sessions were recorded in this period.</p>"
                : table(caption: nil, header: ["Day", "Session", "Minutes", "Learners"], numericFrom: 2, rows: report.sessions.map {
                    [$0.day, $0.name, $0.minutes.map(String.init) ?? "still open", "\($0.learners)"]
                })) + "\n</section>")
        }
        let areaChart = SVGBarChart(
            title: "Lessons started and completed, by skills area", series: [Self.started, Self.completed],
            rows: report.areas.map { SVGBarChart.Row(label: $0.name, values: [$0.started, $0.completed]) })
        body.append("<section class=\"part\">\n<h2>By skills area</h2>\n" + areaChart.html + "\n"
            + table(caption: nil, header: ["Skills area", "Started", "Completed", "Hints"], numericFrom: 1, rows: report.areas.map {
                [$0.name, "\($0.started)", "\($0.completed)", "\($0.hintsUsed)"]
            }) + "\n</section>")
        let lessonChart = SVGBarChart(
            title: "Lessons started and completed, by lesson", series: [Self.started, Self.completed],
            rows: report.lessons.map { SVGBarChart.Row(label: $0.title, values: [$0.started, $0.completed]) })
        body.append("<section class=\"part\">\n<h2>By lesson</h2>\n" + lessonChart.html + "\n</section>")
        body.append(table(caption: nil, header: ["Lesson", "Skills area", "Started", "Completed", "Hints"], numericFrom: 2, rows: report.lessons.map { lesson in
            [lesson.title, report.areas.first { $0.area == lesson.area }?.name ?? lesson.area, "\(lesson.started)", "\(lesson.completed)", "\(lesson.hintsUsed)"]
        }))
        let confidenceChart = SVGBarChart(
            title: "How confident learners felt, 1 (not confident) to 5 (very confident)",
            series: [SVGBarChart.Series(name: "at the start", colour: "#fdae6b"), SVGBarChart.Series(name: "when leaving", colour: "#a63603")],
            rows: (0..<5).map { SVGBarChart.Row(label: "Rating \($0 + 1)", values: [report.confidenceBefore.counts[$0], report.confidenceAfter.counts[$0]]) })
        let change = report.averageChange.map { ImpactReport.twoDecimals($0, signed: true) } ?? "not enough answers"
        body.append("<section class=\"part\">\n<h2>Confidence</h2>\n" + confidenceChart.html + "\n"
            + table(caption: nil, header: ["", "Answers", "Average"], numericFrom: 1, rows: [
                ["At the start", "\(report.confidenceBefore.answers)", ImpactReport.twoDecimals(report.confidenceBefore.average)],
                ["When leaving", "\(report.confidenceAfter.answers)", ImpactReport.twoDecimals(report.confidenceAfter.average)],
                ["Average change", "", change],
            ]) + "\n<p class=\"muted\">\(HTMLText.escape(ImpactReport.confidenceCaveat))</p>"
                + "\n<p class=\"muted\">" + ImpactReport.definitions.map(HTMLText.escape).joined(separator: " ") + "</p>\n</section>")
        return HTMLPage.document(title: "Impact report: \(report.period)", css: Self.css, body: body.joined(separator: "\n"))
    }

    private func table(caption: String?, header: [String], numericFrom: Int, rows: [[String]], className: String? = nil) -> String {
        func cells(_ row: [String], tag: String) -> String {
            row.enumerated().map { offset, text in
                let numeric = offset >= numericFrom ? " class=\"number\"" : ""
                return "<\(tag)\(numeric)>\(HTMLText.escape(text))</\(tag)>"
            }.joined()
        }
        var parts = ["<table" + (className.map { " class=\"\($0)\"" } ?? "") + ">"]
        if let caption { parts.append("<caption>\(HTMLText.escape(caption))</caption>") }
        parts.append("<thead><tr>" + cells(header, tag: "th") + "</tr></thead>")
        parts.append("<tbody>")
        parts += rows.map { "<tr>" + cells($0, tag: "td") + "</tr>" }
        parts.append("</tbody>\n</table>")
        return parts.joined(separator: "\n")
    }

    private func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
