import TasterWording

/// Writes an impact report as plain text, one fact a line, for the terminal and screen readers.
struct ReportTextRenderer {
    /// The catalogue the report's words come from.
    let words: Catalogue

    /// The report as text.
    func render(_ report: ImpactReport) -> String {
        func figure(_ label: WordKey, _ value: Int) -> String {
            words.text(.reportTextFigure, ["label": words.text(label), "value": "\(value)"])
        }
        func heading(_ key: WordKey) -> String {
            words.text(.reportTextHeading, ["heading": words.text(key)])
        }
        var lines = [
            words.reportTitle(report),
            figure(.reportFigureSessionsHeld, report.sessionsHeld),
            figure(.reportFigureLearners, report.learners),
            figure(.reportFigureLessonsStarted, report.lessonsStarted),
            figure(.reportFigureLessonsCompleted, report.lessonsCompleted),
            figure(.reportFigureHintsUsed, report.hintsUsed),
            figure(.reportFigureAnswersShown, report.solutionsShown),
            figure(.reportFigureAreasCovered, report.areasCovered),
        ]
        if let scope = report.branchScope { lines.insert(scope, at: 1) }
        lines.append("")
        if let branches = report.branches {
            lines.append(heading(.reportHeadingByBranch))
            if branches.isEmpty { lines.append("  " + words.text(.reportNoneRecorded)) }
            for branch in branches {
                lines.append("  " + words.text(.reportTextBranch, [
                    "name": branch.name, "sessions": words.reportCount(branch.sessionsHeld, one: .reportSessionsOne, other: .reportSessionsOther),
                    "learners": words.reportCount(branch.learners, one: .reportLearnersOne, other: .reportLearnersOther),
                    "started": "\(branch.lessonsStarted)", "completed": "\(branch.lessonsCompleted)", "hints": "\(branch.hintsUsed)",
                ]))
            }
            lines.append("")
        }
        if let months = report.sessionMonths {
            lines.append(heading(.reportHeadingSessionsByMonth))
            if months.isEmpty { lines.append("  " + words.text(.reportNoneRecorded)) }
            for month in months {
                let open = month.stillOpen > 0 ? words.text(.reportTextMonthStillOpen, ["count": "\(month.stillOpen)"]) : ""
                lines.append("  " + words.text(.reportTextMonth, [
                    "month": month.name, "sessions": words.reportCount(month.sessions, one: .reportSessionsOne, other: .reportSessionsOther),
                    "open": open, "learners": words.reportCount(month.learners, one: .reportLearnersOne, other: .reportLearnersOther),
                    "minutes": words.reportCount(month.minutes, one: .reportMinutesOne, other: .reportMinutesOther),
                ]))
            }
            lines.append("  " + words.reportMonthsNote)
        } else {
            lines.append(heading(.reportHeadingSessions))
            if report.sessions.isEmpty { lines.append("  " + words.text(.reportNoneRecorded)) }
            for session in report.sessions {
                let length = session.minutes.map { words.text(.reportTextSessionMinutes, ["count": "\($0)"]) } ?? words.text(.reportTextSessionStillOpen)
                lines.append("  " + words.text(.reportTextSession, [
                    "day": session.day, "name": session.name, "length": length,
                    "learners": words.reportCount(session.learners, one: .reportLearnersOne, other: .reportLearnersOther),
                ]))
            }
        }
        lines.append("")
        lines.append(heading(.reportHeadingByArea))
        for area in report.areas {
            lines.append("  " + words.text(.reportTextArea, [
                "name": area.name, "started": "\(area.started)", "completed": "\(area.completed)", "hints": "\(area.hintsUsed)",
            ]))
        }
        lines.append("")
        lines.append(heading(.reportHeadingByLesson))
        if report.lessons.isEmpty { lines.append("  " + words.text(.reportNoLessonsStarted)) }
        for lesson in report.lessons {
            lines.append("  " + words.text(.reportTextLesson, [
                "title": lesson.title, "id": lesson.lessonID, "started": "\(lesson.started)", "completed": "\(lesson.completed)",
                "hints": "\(lesson.hintsUsed)",
            ]))
        }
        lines.append("")
        lines.append(heading(.reportHeadingConfidence))
        lines.append("  " + confidenceLine(.reportAtTheStart, report.confidenceBefore))
        lines.append("  " + confidenceLine(.reportWhenLeaving, report.confidenceAfter))
        lines.append("  " + samePeopleLine(report.confidenceSamePeople))
        lines.append("  " + words.text(.reportTextAverageChange, ["change": words.reportChange(report)]))
        lines.append("  " + words.reportConfidenceNotes(report).joined(separator: " "))
        lines.append("")
        lines.append(heading(.reportHeadingMeaning))
        lines += words.reportDefinitions.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    private func confidenceLine(_ label: WordKey, _ summary: ConfidenceSummary) -> String {
        let ratings = summary.counts.enumerated().map {
            words.text(.reportTextRatingCount, ["rating": "\($0.offset + 1)", "count": "\($0.element)"])
        }.joined(separator: ", ")
        let average = summary.average.map { words.text(.reportTextConfidenceAverage, ["average": ImpactReport.twoDecimals($0, words: words)]) } ?? ""
        return words.text(.reportTextConfidence, [
            "label": words.text(label), "answers": words.reportCount(summary.answers, one: .reportAnswersOne, other: .reportAnswersOther),
            "average": average, "ratings": ratings,
        ])
    }

    private func samePeopleLine(_ same: ImpactReport.SamePeople) -> String {
        guard same.people > 0 else { return words.text(.reportTextSamePeopleNone) }
        return words.text(.reportTextSamePeople, [
            "people": words.reportCount(same.people, one: .reportLearnersOne, other: .reportLearnersOther),
            "before": ImpactReport.twoDecimals(same.averageBefore, words: words), "after": ImpactReport.twoDecimals(same.averageAfter, words: words),
        ])
    }
}
