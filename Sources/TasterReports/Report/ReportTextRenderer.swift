/// Writes an impact report as plain text, one fact a line, for the terminal and screen readers.
struct ReportTextRenderer {
    /// The report as text.
    func render(_ report: ImpactReport) -> String {
        var lines = [
            "Impact report: \(report.period)",
            "Sessions held: \(report.sessionsHeld)",
            "Learners: \(report.learners)",
            "Lessons started: \(report.lessonsStarted)",
            "Lessons completed: \(report.lessonsCompleted)",
            "Hints used: \(report.hintsUsed)",
            "Answers shown: \(report.solutionsShown)",
            "Skills areas covered: \(report.areasCovered)",
        ]
        lines.append("")
        if let months = report.sessionMonths {
            lines.append("Sessions by month:")
            if months.isEmpty { lines.append("  none recorded") }
            for month in months {
                let open = month.stillOpen > 0 ? " (\(month.stillOpen) still open)" : ""
                lines.append("  \(month.name): \(plural(month.sessions, "session"))\(open), \(plural(month.learners, "learner")), \(plural(month.minutes, "minute"))")
            }
            lines.append("  " + ImpactReport.monthsNote)
        } else {
            lines.append("Sessions:")
            if report.sessions.isEmpty { lines.append("  none recorded") }
            for session in report.sessions {
                let length = session.minutes.map { ", \($0) minutes" } ?? ", still open"
                lines.append("  \(session.day) \(session.name)\(length), \(plural(session.learners, "learner"))")
            }
        }
        lines.append("")
        lines.append("By skills area:")
        for area in report.areas {
            lines.append("  \(area.name): started \(area.started), completed \(area.completed), hints \(area.hintsUsed)")
        }
        lines.append("")
        lines.append("By lesson:")
        if report.lessons.isEmpty { lines.append("  no lessons started") }
        for lesson in report.lessons {
            lines.append("  \(lesson.title) (\(lesson.lessonID)): started \(lesson.started), completed \(lesson.completed), hints \(lesson.hintsUsed)")
        }
        lines.append("")
        lines.append("Confidence:")
        lines.append("  " + confidenceLine("At the start", report.confidenceBefore))
        lines.append("  " + confidenceLine("When leaving", report.confidenceAfter))
        lines.append("  Average change: " + (report.averageChange.map { ImpactReport.twoDecimals($0, signed: true) } ?? "not enough answers"))
        lines.append("  " + ImpactReport.confidenceCaveat)
        lines.append("")
        lines.append("What the figures mean:")
        lines += ImpactReport.definitions.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    private func confidenceLine(_ label: String, _ summary: ConfidenceSummary) -> String {
        let ratings = summary.counts.enumerated().map { "rating \($0.offset + 1): \($0.element)" }.joined(separator: ", ")
        let average = summary.average.map { ", average \(ImpactReport.twoDecimals($0))" } ?? ""
        return "\(label): \(plural(summary.answers, "answer"))\(average) (\(ratings))"
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
