import Foundation
import TasterWording

/// Writes an impact report as one long-format CSV table that any spreadsheet opens.
///
/// Every figure is one row with five columns: `section` (summary, session or month, area,
/// lesson, confidence, note), `item` (what the figure is about: a session's name, a month
/// `YYYY-MM`, an area's key, a lesson's id, `before`, `after`, `same people` or `change`, or the
/// figure a note defines), `label` (a session's day, a month's name, an area's name, a lesson's
/// title, a rating, or a note's sentence), `measure` (such as `started` or `learners`) and
/// `value` (a number, empty for a note). One table in long format filters and pivots easily,
/// and adding a measure never moves a column.
struct ReportCSVRenderer {
    /// The catalogue the report's words come from.
    let words: Catalogue

    /// The columns.
    var header: [String] {
        [.reportCSVSection, .reportCSVItem, .reportCSVLabel, .reportCSVMeasure, .reportCSVValue].map { words.text($0) }
    }

    /// The report as CSV.
    func render(_ report: ImpactReport) -> String {
        var table = CSVTable(header: header)
        func add(_ section: WordKey, _ item: String, _ label: String, _ measure: WordKey, _ value: String) {
            table.rows.append([words.text(section), CSVTable.inertText(item), CSVTable.inertText(label), words.text(measure), value])
        }
        func word(_ key: WordKey) -> String { words.text(key) }
        let all = word(.reportCSVAll)
        if let library = report.libraryName { add(.reportCSVSummary, word(.reportCSVLibrary), library, .reportCSVName, library) }
        add(.reportCSVSummary, word(.reportCSVPeriod), report.period, .reportCSVSince, report.since ?? "")
        add(.reportCSVSummary, word(.reportCSVPeriod), report.period, .reportCSVUntil, report.until ?? "")
        add(.reportCSVSummary, all, "", .reportCSVSessionsHeld, "\(report.sessionsHeld)")
        add(.reportCSVSummary, all, "", .reportCSVLearners, "\(report.learners)")
        add(.reportCSVSummary, all, "", .reportCSVLessonsStarted, "\(report.lessonsStarted)")
        add(.reportCSVSummary, all, "", .reportCSVLessonsCompleted, "\(report.lessonsCompleted)")
        add(.reportCSVSummary, all, "", .reportCSVHintsUsed, "\(report.hintsUsed)")
        add(.reportCSVSummary, all, "", .reportCSVAnswersShown, "\(report.solutionsShown)")
        add(.reportCSVSummary, all, "", .reportCSVAreasCovered, "\(report.areasCovered)")
        if let scope = report.branchScope { add(.reportCSVSummary, word(.reportCSVBranches), scope, .reportCSVName, scope) }
        for branch in report.branches ?? [] {
            add(.reportCSVBranchSection, branch.name, branch.name, .reportCSVSessions, "\(branch.sessionsHeld)")
            add(.reportCSVBranchSection, branch.name, branch.name, .reportCSVLearners, "\(branch.learners)")
            add(.reportCSVBranchSection, branch.name, branch.name, .reportCSVStarted, "\(branch.lessonsStarted)")
            add(.reportCSVBranchSection, branch.name, branch.name, .reportCSVCompleted, "\(branch.lessonsCompleted)")
            add(.reportCSVBranchSection, branch.name, branch.name, .reportCSVHintsUsed, "\(branch.hintsUsed)")
        }
        for session in report.sessions {
            add(.reportCSVSessionSection, session.name, session.day, .reportCSVLearners, "\(session.learners)")
            add(.reportCSVSessionSection, session.name, session.day, .reportCSVMinutes, session.minutes.map(String.init) ?? "")
        }
        for month in report.sessionMonths ?? [] {
            add(.reportCSVMonthSection, month.month, month.name, .reportCSVSessions, "\(month.sessions)")
            add(.reportCSVMonthSection, month.month, month.name, .reportCSVLearners, "\(month.learners)")
            add(.reportCSVMonthSection, month.month, month.name, .reportCSVMinutes, "\(month.minutes)")
            add(.reportCSVMonthSection, month.month, month.name, .reportCSVStillOpen, "\(month.stillOpen)")
        }
        for area in report.areas {
            add(.reportCSVAreaSection, area.area, area.name, .reportCSVStarted, "\(area.started)")
            add(.reportCSVAreaSection, area.area, area.name, .reportCSVCompleted, "\(area.completed)")
            add(.reportCSVAreaSection, area.area, area.name, .reportCSVHintsUsed, "\(area.hintsUsed)")
        }
        for lesson in report.lessons {
            add(.reportCSVLessonSection, lesson.lessonID, lesson.title, .reportCSVStarted, "\(lesson.started)")
            add(.reportCSVLessonSection, lesson.lessonID, lesson.title, .reportCSVCompleted, "\(lesson.completed)")
            add(.reportCSVLessonSection, lesson.lessonID, lesson.title, .reportCSVHintsUsed, "\(lesson.hintsUsed)")
        }
        func decimals(_ value: Double?) -> String { value.map { ImpactReport.twoDecimals($0, words: words) } ?? "" }
        for (item, summary) in [(word(.reportCSVBefore), report.confidenceBefore), (word(.reportCSVAfter), report.confidenceAfter)] {
            for (offset, count) in summary.counts.enumerated() {
                add(.reportCSVConfidenceSection, item, words.text(.reportCSVRating, ["rating": "\(offset + 1)"]), .reportCSVAnswers, "\(count)")
            }
            add(.reportCSVConfidenceSection, item, word(.reportCSVAllRatings), .reportCSVAnswers, "\(summary.answers)")
            add(.reportCSVConfidenceSection, item, word(.reportCSVAllRatings), .reportCSVAverage, decimals(summary.average))
        }
        let same = report.confidenceSamePeople
        add(.reportCSVConfidenceSection, word(.reportCSVSamePeople), word(.reportCSVAnsweredBoth), .reportCSVPeople, "\(same.people)")
        add(.reportCSVConfidenceSection, word(.reportCSVSamePeople), word(.reportCSVAtTheStart), .reportCSVAverage, decimals(same.averageBefore))
        add(.reportCSVConfidenceSection, word(.reportCSVSamePeople), word(.reportCSVWhenLeaving), .reportCSVAverage, decimals(same.averageAfter))
        add(.reportCSVConfidenceSection, word(.reportCSVChange), word(.reportCSVAfterMinusBefore), .reportCSVAverage, decimals(report.averageChange))
        let compared = switch report.averageChangeBasis {
        case .samePeople?: "\(same.people)"
        case .everyone?: ""
        case nil: ""
        }
        add(.reportCSVConfidenceSection, word(.reportCSVChange), report.averageChangeBasis.map { basisLabel($0) } ?? "", .reportCSVPeople, compared)
        for note in words.reportConfidenceNotes(report) {
            add(.reportCSVNoteSection, word(.reportCSVNoteChange), note, .reportCSVSays, "")
        }
        for note in words.reportDefinitionsForCSV {
            add(.reportCSVNoteSection, note.item, note.text, .reportCSVSays, "")
        }
        if report.sessionMonths != nil {
            add(.reportCSVNoteSection, word(.reportCSVNoteMonths), words.reportMonthsNote, .reportCSVSays, "")
        }
        return table.text
    }

    /// Whom the change compares, as the CSV labels it.
    private func basisLabel(_ basis: ImpactReport.ChangeBasis) -> String {
        switch basis {
        case .samePeople: words.text(.reportCSVSamePeople)
        case .everyone: words.text(.reportCSVAll)
        }
    }
}
