import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Freshness", .ownThread)
struct FreshnessRuleTests {
    static let today = CalendarDate(year: 2026, month: 4, day: 10)

    @Test("a review up to 12 months old is fresh", arguments: [
        CalendarDate(year: 2025, month: 5, day: 10),  // 11 months
        CalendarDate(year: 2025, month: 4, day: 10),  // 12 months
        CalendarDate(year: 2025, month: 3, day: 11),  // 12 months and 30 days
        CalendarDate(year: 2026, month: 4, day: 10),
    ])
    func fresh(reviewed: CalendarDate) {
        let lesson = RulesFixture.lesson(reviewed: reviewed, steps: [Step(text: "Hello.", kind: .say)])
        #expect(FreshnessRule(today: Self.today).check(lesson).isEmpty)
    }

    @Test("an older review is warned with its age and what to do", arguments: [
        (CalendarDate(year: 2025, month: 3, day: 10), "13 months"),
        (CalendarDate(year: 2024, month: 4, day: 10), "2 years"),
        (CalendarDate(year: 2023, month: 3, day: 1), "3 years and 1 month"),
    ])
    func stale(reviewed: CalendarDate, age: String) {
        let lesson = RulesFixture.lesson(reviewed: reviewed, steps: [Step(text: "Hello.", kind: .say)])
        let problems = FreshnessRule(today: Self.today).check(lesson)
        // A problem is a fact; what the author reads is its English line.
        #expect(problems.map(\.description) == [
            "lessons/reading-web-addresses.yaml:1:1: warning: The lesson was last reviewed on \(reviewed), \(age) ago. Check that its facts, figures and links "
                + "are still right, then set 'reviewed' to today's date (2026-04-10).",
        ])
    }
}
