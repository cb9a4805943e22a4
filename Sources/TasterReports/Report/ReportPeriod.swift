import Foundation
import TasterLessons
import TasterWording

/// The days an impact report covers, from `--since` to `--until`, both whole days, in UTC.
public struct ReportPeriod: Sendable, Equatable {
    /// The first day counted, if limited.
    public var since: CalendarDate?
    /// The last day counted (inclusive), if limited.
    public var until: CalendarDate?

    /// A period from its days, unchecked.
    public init(since: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.since = since
        self.until = until
    }

    /// Reads the options' text, or explains what is wrong with it.
    public static func parse(since sinceText: String?, until untilText: String?) throws(ReportPeriodError) -> ReportPeriod {
        func day(_ text: String?, option: String) throws(ReportPeriodError) -> CalendarDate? {
            guard let text else { return nil }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let date = CalendarDate(parsing: trimmed) else { throw .notADate(option: option, text: text) }
            return date
        }
        let period = ReportPeriod(since: try day(sinceText, option: "--since"), until: try day(untilText, option: "--until"))
        if let since = period.since, let until = period.until, until < since {
            throw .endsBeforeItStarts(since: since, until: until)
        }
        return period
    }

    /// The first moment counted: midnight UTC at the start of `since`.
    public var start: Date? { since.map(Self.midnight) }

    /// The first moment not counted: midnight UTC at the end of `until`.
    public var end: Date? { until.map { Self.midnight($0).addingTimeInterval(24 * 60 * 60) } }

    /// The period in English words, such as "1 November 2026 to 30 November 2026" or "all time".
    public var description: String { Catalogue.english.words(for: self) }

    private static func midnight(_ day: CalendarDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }
}

/// Why a report's dates could not be used.
public enum ReportPeriodError: Error, Equatable, Sendable {
    /// The text is not a `YYYY-MM-DD` date.
    case notADate(option: String, text: String)
    /// The last day is before the first.
    case endsBeforeItStarts(since: CalendarDate, until: CalendarDate)

    /// What went wrong and how to put it right, in English.
    public var message: String { Catalogue.english.words(for: self) }
}
