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
                ProblemFact(.reviewedInFuture, ["reviewed": "\(reviewed)", "today": "\(today)"])
            )]
        }
        let age = reviewed.months(until: today)
        guard age > maximumMonths else { return [] }
        return [LessonProblem(
            path: content.path, location: .start, severity: .warning,
            ProblemFact(.reviewedLongAgo, ["reviewed": "\(reviewed)", "age": Self.describe(months: age), "today": "\(today)"])
        )]
    }

    /// 13 months, or 2 years and 1 month, as a phrase.
    static func describe(months: Int) -> ProblemValue {
        func count(_ number: Int, _ unit: ProblemKind) -> ProblemValue { .phrase(ProblemFact(unit, count: number)) }
        guard months >= 24 else { return count(months, .months) }
        let years = count(months / 12, .years)
        return months % 12 == 0 ? years : .phrase(.listAnd, ["first": years, "second": count(months % 12, .months)])
    }
}
