import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Calendar dates", .ownThread)
struct CalendarDateTests {
    @Test("real dates parse and unreal ones do not", arguments: [
        ("2026-11-30", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-13-01", false),
        ("26-11-30", false), ("2026-1-30", false), ("yesterday", false), ("2000-02-29", true), ("1900-02-29", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((CalendarDate(parsing: text) != nil) == valid)
    }

    @Test("whole months between dates", arguments: [
        ("2025-11-30", "2026-11-30", 12), ("2025-12-01", "2026-11-30", 11), ("2026-11-30", "2026-11-30", 0), ("2026-01-31", "2026-02-28", 0),
    ])
    func months(from: String, to: String, expected: Int) throws {
        let start = try #require(CalendarDate(parsing: from))
        let end = try #require(CalendarDate(parsing: to))
        #expect(start.months(until: end) == expected)
    }
}
