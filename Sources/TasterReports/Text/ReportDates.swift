import Foundation
import TasterLessons
import TasterWording

/// Dates written the way people read them on paper: "30 November 2026" in English, with the
/// month names and the order of day, month and year from the catalogue.
public enum ReportDates {
    /// The month names' keys, January first.
    private static let monthKeys: [WordKey] = [
        .monthJanuary, .monthFebruary, .monthMarch, .monthApril, .monthMay, .monthJune,
        .monthJuly, .monthAugust, .monthSeptember, .monthOctober, .monthNovember, .monthDecember,
    ]

    /// A day in words, such as "30 November 2026", in the words of `catalogue`.
    public static func long(_ day: CalendarDate, in catalogue: Catalogue) -> String {
        catalogue.text(.dateLong, ["day": "\(day.day)", "month": catalogue.text(monthKeys[day.month - 1]), "year": "\(day.year)"])
    }

    /// A day's month in words, such as "November 2026", in the words of `catalogue`.
    public static func month(_ day: CalendarDate, in catalogue: Catalogue) -> String {
        catalogue.text(.dateMonth, ["month": catalogue.text(monthKeys[day.month - 1]), "year": "\(day.year)"])
    }

    /// A day in English words, such as "30 November 2026".
    public static func long(_ day: CalendarDate) -> String {
        long(day, in: .english)
    }

    /// A day's month in English words, such as "November 2026".
    public static func month(_ day: CalendarDate) -> String {
        month(day, in: .english)
    }

    /// The UTC day of an instant, in English words.
    public static func long(_ date: Date) -> String {
        long(CalendarDate(date))
    }
}
