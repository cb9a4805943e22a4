/// Freshness: a lesson whose facts were last checked over a year ago should be checked again.
public struct FreshnessRule: ContentRule {
    /// Today's date, passed in so that checks are repeatable.
    public let today: CalendarDate
    /// The most whole months a review stays fresh.
    public let maximumMonths: Int

    /// Creates the rule for a given day.
    public init(today: CalendarDate, maximumMonths: Int = 12) {
        self.today = today
        self.maximumMonths = maximumMonths
    }

    /// An error when `reviewed` is after today; a warning when it is more than `maximumMonths` whole months before today.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        let reviewed = content.lesson.reviewed
        if today < reviewed {
            return [LessonProblem(
                path: content.path, location: .start,
                message: "`reviewed` is \(reviewed), which is after today (\(today)). Write the day you last checked the lesson, which cannot be in the future."
            )]
        }
        let age = reviewed.months(until: today)
        guard age > maximumMonths else { return [] }
        return [LessonProblem(
            path: content.path, location: .start, severity: .warning,
            message: "The lesson was last reviewed on \(reviewed), \(Self.describe(months: age)) ago. "
                + "Check that its facts, figures and links are still right, then set 'reviewed' to today's date (\(today))."
        )]
    }

    /// "13 months" or "2 years and 1 month".
    static func describe(months: Int) -> String {
        func count(_ number: Int, _ unit: String) -> String { "\(number) \(unit)\(number == 1 ? "" : "s")" }
        guard months >= 24 else { return count(months, "month") }
        let years = count(months / 12, "year")
        return months % 12 == 0 ? years : "\(years) and \(count(months % 12, "month"))"
    }
}
