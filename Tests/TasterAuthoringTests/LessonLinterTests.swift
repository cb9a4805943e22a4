import Foundation
import Testing
import TasterLessons
@testable import TasterAuthoring

@Suite("Lint")
struct LessonLinterTests {
    private func lint(_ text: String) throws -> LintReport {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taster-lint-\(UUID().uuidString).yaml")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return LessonLinter(today: CalendarDate(year: 2026, month: 11, day: 30)).lint(paths: [url.path])
    }

    static let header = """
        id: checks
        title: Checks
        summary: Lint checks.
        area: money
        minutes: 3
        reviewed: 2026-11-01
        steps:

        """

    @Test("semantic checks", arguments: [
        ("  - kind: choice\n    text: Pick\n    hints: [h]\n    options:\n      - text: A\n        feedback: no\n      - text: B\n        feedback: no\n", "no right option"),
        ("  - kind: answer\n    text: Say\n    accept: [yes]\n", "has no `hints`"),
        ("  - kind: answer\n    text: Say\n    hints: [h]\n    accept: []\n", "no `accept` answers"),
        ("  - kind: answer\n    text: Say\n    hints: [h]\n    accept: [cat]\n    wrong:\n      - answer: cat\n        feedback: no\n", "is also accepted"),
        ("  - kind: answer\n    text: Say\n    hints: [h]\n    accept: [cat]\n    patterns: ['(unclosed']\n", "not a valid regular expression"),
        ("  - kind: number\n    text: Sum\n    hints: [h]\n    value: 10\n    tolerance: 1\n    wrong:\n      - value: 10.5\n        feedback: no\n", "within the tolerance"),
        ("  - kind: order\n    text: Order\n    hints: [h]\n    items: [a, a]\n", "same item twice"),
        ("  - kind: say\n    id: same\n    text: One\n  - kind: say\n    id: same\n    text: Two\n", "already uses"),
    ])
    func semantic(steps: String, fragment: String) throws {
        let report = try lint(Self.header + steps)
        #expect(report.problems.contains { $0.message.contains(fragment) }, "\(report.problems)")
        #expect(report.errorCount + report.warningCount > 0)
    }

    @Test("a wrong option without feedback is a warning, not an error")
    func missingFeedbackWarning() throws {
        let report = try lint(Self.header + "  - kind: choice\n    text: Pick\n    hints: [h]\n    options:\n      - text: A\n        correct: true\n      - text: B\n")
        #expect(report.errorCount == 0)
        #expect(report.warningCount == 1)
        #expect(report.summaryLine == "1 lesson file checked: 0 errors, 1 warning.")
    }
}
