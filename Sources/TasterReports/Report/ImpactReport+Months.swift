import Foundation
import TasterLessons
import TasterWording

/// Sessions summed by month, for reports too long to list every session: three years of a
/// library service hold twenty thousand sessions, which made an all-time HTML report megabytes
/// long while saying nothing a month's totals do not.
extension ImpactReport {
    /// The sessions of one calendar month (UTC).
    public struct MonthRow: Sendable, Equatable, Codable {
        /// The month, `YYYY-MM`.
        public var month: String
        /// The month in words, such as "November 2026".
        public var name: String
        /// Sessions started in the month.
        public var sessions: Int
        /// Learners summed over the month's sessions: someone at two sessions counts twice.
        public var learners: Int
        /// Minutes of the month's ended sessions, summed.
        public var minutes: Int
        /// How many of its sessions are still open.
        public var stillOpen: Int
    }

    /// The longest period, in days, whose report lists each session; a longer one, or one
    /// without a start or an end (such as all time), sums them by month.
    public static let longestListedPeriodDays = 92

    /// Whether a report of `period` lists each session rather than summing them by month.
    public static func listsEachSession(_ period: ReportPeriod) -> Bool {
        guard let start = period.start, let end = period.end else { return false }
        return end.timeIntervalSince(start) <= Double(longestListedPeriodDays) * 86_400
    }

    /// The sessions summed by the month each started in, earliest month first.
    static func months(_ sessions: [SessionRow]) -> [MonthRow] {
        var rows: [MonthRow] = []
        for session in sessions {
            let month = String(session.day.prefix(7))
            if rows.last?.month != month {
                let day = CalendarDate(parsing: session.day)
                rows.append(MonthRow(
                    month: month, name: day.map { ReportDates.month($0) } ?? month,
                    sessions: 0, learners: 0, minutes: 0, stillOpen: 0))
            }
            rows[rows.count - 1].sessions += 1
            rows[rows.count - 1].learners += session.learners
            if let minutes = session.minutes { rows[rows.count - 1].minutes += minutes } else { rows[rows.count - 1].stillOpen += 1 }
        }
        return rows
    }

    /// Said where sessions are summed by month, in every format (in English).
    public static var monthsNote: String { Catalogue.english.reportMonthsNote }
}
