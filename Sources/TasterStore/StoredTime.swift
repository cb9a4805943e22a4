import Foundation
import GRDB

/// A moment as the progress file stores it: text such as `2026-11-30 06:55:13.123`, in UTC.
///
/// This is the form GRDB gives a `Date`, so files written before and after read the same and
/// compare as text. GRDB makes it with a `DateFormatter`, and Foundation's calendars look up
/// the local time zone: on Linux either loads the ICU library and its data (about 4.5 MiB of
/// memory per taster, and time at the first save). A UTC timestamp needs only arithmetic.
enum StoredTime {
    /// The stored text for `date`, rounded to the nearest millisecond as GRDB does.
    static func text(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (days, millisecondOfDay) = milliseconds.floorDivided(by: 86_400_000)
        let (year, month, day) = civilDate(daysSince1970: days)
        let seconds = millisecondOfDay / 1000
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2)) "
            + "\(padded(seconds / 3600, 2)):\(padded(seconds / 60 % 60, 2)):\(padded(seconds % 60, 2)).\(padded(millisecondOfDay % 1000, 3))"
    }

    /// The stored value for `date`, to bind in SQL.
    static func value(_ date: Date) -> DatabaseValue {
        text(date).databaseValue
    }

    /// The stored value for `date`, or NULL.
    static func value(_ date: Date?) -> DatabaseValue {
        date.map(value) ?? .null
    }

    /// How records that write dates encode them: as ``text(_:)``.
    static let encodingStrategy = DatabaseDateEncodingStrategy.custom { text($0) }

    /// How records read dates: ``date(_:)``.
    static let decodingStrategy = DatabaseDateDecodingStrategy.custom { date($0) }

    /// The moment a stored value holds. Text in the form ``text(_:)`` writes is read with
    /// arithmetic; anything else (a value some other tool wrote) is left to GRDB.
    static func date(_ value: DatabaseValue) -> Date? {
        guard case .string(let text) = value.storage, let moment = moment(text) else {
            return Date.fromDatabaseValue(value)
        }
        return moment
    }

    /// Reads `YYYY-MM-DD HH:MM:SS.SSS`; nil for any other form.
    private static func moment(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 23, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x20, bytes[13] == 0x3A,
              bytes[16] == 0x3A, bytes[19] == 0x2E else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              let millisecond = number(20..<23),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60 else { return nil }
        let days = daysSince1970(year: year, month: month, day: day)
        let milliseconds = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// The count of days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
    /// `days_from_civil`, the inverse of ``civilDate(daysSince1970:)``).
    private static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian year, month and day of a count of days since 1970-01-01
    /// (H. Hinnant's `civil_from_days`).
    private static func civilDate(daysSince1970: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = daysSince1970 + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func padded(_ number: Int64, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

private extension Int64 {
    /// Quotient and remainder rounded towards minus infinity, so times before 1970 work too.
    func floorDivided(by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let remainder = self % divisor
        return remainder < 0 ? (self / divisor - 1, remainder + divisor) : (self / divisor, remainder)
    }
}
