import Foundation
import TasterLessons

/// Dates written the way people in the UK read them on paper: "30 November 2026".
public enum ReportDates {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// A day in words, such as "30 November 2026".
    public static func long(_ day: CalendarDate) -> String {
        "\(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// A day's month in words, such as "November 2026".
    public static func month(_ day: CalendarDate) -> String {
        "\(monthNames[day.month - 1]) \(day.year)"
    }

    /// The UTC day of an instant, in words.
    public static func long(_ date: Date) -> String {
        long(CalendarDate(date))
    }
}
