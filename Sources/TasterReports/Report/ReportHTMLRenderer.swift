import TasterWording

/// Writes an impact report as one self-contained HTML page with tables and inline SVG bar
/// charts, for printing on A4 or attaching to a funder's return.
struct ReportHTMLRenderer {
    /// The catalogue the report's words come from.
    let words: Catalogue

    /// The report's own styles, after the shared print styles.
    static let css = """
    .summary td.number { width: 20%; }
    .confidence { break-inside: avoid; page-break-inside: avoid; }
    """

    /// The report as a page.
    func render(_ report: ImpactReport) -> String {
        func word(_ key: WordKey) -> String { words.text(key) }
        let started = SVGBarChart.Series(name: word(.reportSeriesStarted), colour: "#9ecae1")
        let completed = SVGBarChart.Series(name: word(.reportSeriesCompleted), colour: "#08519c")
        let nothing = word(.reportChartNothing)
        let heading = report.libraryName.map { words.text(.reportHeadingTitleWithLibrary, ["library": HTMLText.escape($0)]) } ?? word(.reportHeadingTitle)
        var body = [
            "<h1>\(heading)</h1>",
            "<p class=\"muted\">\(HTMLText.escape(words.text(.reportCountsOnly, ["period": capitalised(report.period)])))</p>",
            table(header: [word(.reportWhat), word(.reportHowMany)], numericFrom: 1, rows: [
                [word(.reportFigureSessionsHeld), "\(report.sessionsHeld)"],
                [word(.reportFigureLearners), "\(report.learners)"],
                [word(.reportFigureLessonsStarted), "\(report.lessonsStarted)"],
                [word(.reportFigureLessonsCompleted), "\(report.lessonsCompleted)"],
                [word(.reportFigureHintsUsed), "\(report.hintsUsed)"],
                [word(.reportFigureAnswersShown), "\(report.solutionsShown)"],
                [word(.reportFigureAreasCovered), "\(report.areasCovered)"],
            ], className: "summary"),
        ]
        if let scope = report.branchScope {
            body.insert("<p class=\"muted\">\(HTMLText.escape(scope))</p>", at: 2)
        }
        if let branches = report.branches {
            body.append("<section class=\"part\">\n<h2>\(HTMLText.escape(word(.reportHeadingByBranch)))</h2>\n" + (branches.isEmpty
                ? "<p>\(word(.reportNoSessionsInPeriod))</p>"
                : table(header: [.reportColumnBranch, .reportColumnSessions, .reportColumnLearners, .reportColumnStarted, .reportColumnCompleted, .reportColumnHints].map(word),
                        numericFrom: 1, rows: branches.map {
                    [$0.name, "\($0.sessionsHeld)", "\($0.learners)", "\($0.lessonsStarted)", "\($0.lessonsCompleted)", "\($0.hintsUsed)"]
                })) + "\n</section>")
        }
        if let months = report.sessionMonths {
            body.append("<section class=\"part\">\n<h2>\(HTMLText.escape(word(.reportHeadingSessionsByMonth)))</h2>\n" + (months.isEmpty
                ? "<p>\(word(.reportNoSessionsInPeriod))</p>"
                : table(header: [.reportColumnMonth, .reportColumnSessions, .reportColumnLearners, .reportColumnMinutes, .reportColumnStillOpen].map(word),
                        numericFrom: 1, rows: months.map {
                    [$0.name, "\($0.sessions)", "\($0.learners)", "\($0.minutes)", "\($0.stillOpen)"]
                }) + "\n<p class=\"muted\">\(HTMLText.escape(words.reportMonthsNote))</p>") + "\n</section>")
        } else {
            body.append("<section class=\"part\">\n<h2>\(HTMLText.escape(word(.reportHeadingSessions)))</h2>\n" + (report.sessions.isEmpty
                ? "<p>\(word(.reportNoSessionsInPeriod))</p>"
                : table(header: [.reportColumnDay, .reportColumnSession, .reportColumnMinutes, .reportColumnLearners].map(word), numericFrom: 2, rows: report.sessions.map {
                    [$0.day, $0.name, $0.minutes.map(String.init) ?? word(.reportStillOpen), "\($0.learners)"]
                })) + "\n</section>")
        }
        let areaChart = SVGBarChart(
            title: word(.reportChartByArea), series: [started, completed],
            rows: report.areas.map { SVGBarChart.Row(label: $0.name, values: [$0.started, $0.completed]) }, nothingToShow: nothing)
        body.append("<section class=\"part\">\n<h2>\(HTMLText.escape(word(.reportHeadingByArea)))</h2>\n" + areaChart.html + "\n"
            + table(header: [.reportColumnArea, .reportColumnStarted, .reportColumnCompleted, .reportColumnHints].map(word), numericFrom: 1, rows: report.areas.map {
                [$0.name, "\($0.started)", "\($0.completed)", "\($0.hintsUsed)"]
            }) + "\n</section>")
        let lessonChart = SVGBarChart(
            title: word(.reportChartByLesson), series: [started, completed],
            rows: report.lessons.map { SVGBarChart.Row(label: $0.title, values: [$0.started, $0.completed]) }, nothingToShow: nothing)
        body.append("<section class=\"part\">\n<h2>\(HTMLText.escape(word(.reportHeadingByLesson)))</h2>\n" + lessonChart.html + "\n</section>")
        body.append(table(header: [.reportColumnLesson, .reportColumnArea, .reportColumnStarted, .reportColumnCompleted, .reportColumnHints].map(word),
                          numericFrom: 2, rows: report.lessons.map { lesson in
            [lesson.title, report.areas.first { $0.area == lesson.area }?.name ?? lesson.area, "\(lesson.started)", "\(lesson.completed)", "\(lesson.hintsUsed)"]
        }))
        let confidenceChart = SVGBarChart(
            title: word(.reportChartConfidence),
            series: [SVGBarChart.Series(name: word(.reportSeriesAtTheStart), colour: "#fdae6b"), SVGBarChart.Series(name: word(.reportSeriesWhenLeaving), colour: "#a63603")],
            rows: (0..<5).map {
                SVGBarChart.Row(label: words.text(.reportChartRating, ["rating": "\($0 + 1)"]), values: [report.confidenceBefore.counts[$0], report.confidenceAfter.counts[$0]])
            }, nothingToShow: nothing)
        let same = report.confidenceSamePeople
        let decimals = { (value: Double?) in ImpactReport.twoDecimals(value, words: words) }
        // The confidence part prints whole, so its footnotes (the last thing on the page) are
        // never left on a page of their own, away from the figures they explain.
        body.append("<section class=\"part confidence\">\n<h2>\(HTMLText.escape(word(.reportHeadingConfidence)))</h2>\n" + confidenceChart.html + "\n"
            + table(header: ["", word(.reportColumnAnswers), word(.reportColumnAverage)], numericFrom: 1, rows: [
                [word(.reportAtTheStart), "\(report.confidenceBefore.answers)", decimals(report.confidenceBefore.average)],
                [word(.reportWhenLeaving), "\(report.confidenceAfter.answers)", decimals(report.confidenceAfter.average)],
                [word(.reportSamePeopleAtTheStart), "\(same.people)", decimals(same.averageBefore)],
                [word(.reportSamePeopleWhenLeaving), "\(same.people)", decimals(same.averageAfter)],
                [word(.reportAverageChange), "", words.reportChange(report)],
            ]) + "\n<p class=\"muted\">\(HTMLText.escape(words.reportConfidenceNotes(report).joined(separator: " ")))</p>"
                + "\n<p class=\"muted\">" + words.reportDefinitions.map(HTMLText.escape).joined(separator: " ") + "</p>\n</section>")
        return HTMLPage.document(language: words.pageLanguage, title: words.reportTitle(report), css: Self.css, body: body.joined(separator: "\n"))
    }

    private func table(header: [String], numericFrom: Int, rows: [[String]], className: String? = nil) -> String {
        func cells(_ row: [String], tag: String) -> String {
            row.enumerated().map { offset, text in
                let numeric = offset >= numericFrom ? " class=\"number\"" : ""
                return "<\(tag)\(numeric)>\(HTMLText.escape(text))</\(tag)>"
            }.joined()
        }
        var parts = ["<table" + (className.map { " class=\"\($0)\"" } ?? "") + ">"]
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
