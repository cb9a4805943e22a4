import ArgumentParser
import Foundation
import TasterStore
import TasterWording

/// What the session commands share: kind errors, the summary lines and simple tables.
enum SessionReporting {
    /// Runs a session operation, turning its error into a kind message and a failing exit.
    static func perform<T>(_ environment: TasterEnvironment, _ body: () throws(SessionError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            environment.output.writeError(environment.output.errorStyle(environment.catalogue.words(for: error)))
            throw ExitCode.failure
        }
    }

    /// The summary printed when a session ends.
    static func summaryLines(_ report: SessionReport, catalogue: Catalogue) -> [String] {
        [
            catalogue.text(.sessionSummaryStarted, ["value": time(report.session.startedAt)]),
            catalogue.text(.sessionSummaryEnded, ["value": report.session.endedAt.map(time) ?? catalogue.text(.sessionStillOpen)]),
            catalogue.text(.sessionSummaryLearners, ["value": "\(report.learnerCount)"]),
            catalogue.text(.sessionSummaryLessonsStarted, ["value": "\(report.lessonsStarted)"]),
            catalogue.text(.sessionSummaryLessonsCompleted, ["value": "\(report.lessonsCompleted)"]),
            catalogue.text(.sessionSummaryHintsUsed, ["value": "\(report.hintsUsed)"]),
            catalogue.text(.sessionSummaryAnswersShown, ["value": "\(report.solutionsShown)"]),
            catalogue.text(.sessionSummaryConfidenceBefore, ["value": confidence(report.confidenceBefore, catalogue: catalogue)]),
            catalogue.text(.sessionSummaryConfidenceAfter, ["value": confidence(report.confidenceAfter, catalogue: catalogue)]),
        ]
    }

    /// Rating counts as "1: 0, 2: 1, 3: 2, 4: 0, 5: 1 (4 answers)".
    static func confidence(_ counts: [Int], catalogue: Catalogue) -> String {
        let total = counts.reduce(0, +)
        guard total > 0 else { return catalogue.text(.sessionConfidenceNone) }
        let parts = counts.enumerated().map { "\($0.offset + 1): \($0.element)" }.joined(separator: ", ")
        return catalogue.text(one: .sessionConfidenceOne, other: .sessionConfidenceOther, count: total, ["counts": parts])
    }


    /// A date and time such as 2026-11-30 14:05, in the computer's time zone.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// Rows under headings, in columns three spaces apart.
    static func table(headings: [String], rows: [[String]]) -> String {
        let all = [headings] + rows
        let widths = headings.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "   ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }
}
