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

    @Test("hidden characters written as YAML escapes are refused, and do not hide a brand name", arguments: [
        ("Ama\\u200Bzon", "U+200B"), ("Ama\\u00ADzon", "U+AD"), ("\\u202Eenilno knab", "U+202E"), ("Ama\\u2060zon", "U+2060"),
    ])
    func escapedHiddenCharacters(escaped: String, code: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taster-lint-\(UUID().uuidString).yaml")
        try Data((Self.header + "  - kind: say\n    text: \"Shop at \(escaped) for a treat.\"\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let today = CalendarDate(year: 2026, month: 11, day: 30)
        let report = LessonLinter(today: today, contentRules: { ContentRules.check($0, lists: .builtIn, today: today) }).lint(paths: [url.path])
        #expect(report.problems.contains { $0.severity == .error && $0.message.contains("invisible character (\(code)") }, "\(report.problems)")
        if escaped.hasPrefix("Ama") {
            #expect(report.problems.contains { $0.message.contains("Amazon") }, "the brand name was hidden: \(report.problems)")
        }
    }

    @Test("a loop of `requires` is refused, naming the loop")
    func requiresLoop() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (id, needs) in [("first-steps", "second-steps"), ("second-steps", "first-steps"), ("third-steps", "first-steps")] {
            let text = Self.header.replacingOccurrences(of: "id: checks", with: "id: \(id)\nrequires: [\(needs)]")
                + "  - kind: say\n    text: Hello.\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(id).yaml"))
        }
        let report = LessonLinter(today: CalendarDate(year: 2026, month: 11, day: 30)).lint(paths: [folder.path])
        let loops = report.problems.filter { $0.message.contains("goes round in a loop") }
        #expect(loops.count == 2, "\(report.problems)")
        #expect(loops.contains { $0.message.contains("first-steps → second-steps → first-steps") })
        #expect(!loops.contains { $0.path.hasSuffix("third-steps.yaml") }, "a lesson that needs a loop is not itself on it")
    }

    @Test("semantic checks", arguments: [
        ("  - kind: choice\n    text: Pick\n    hints: [h]\n    options:\n      - text: A\n        feedback: no\n      - text: B\n        feedback: no\n", "no right option"),
        ("  - kind: answer\n    text: Say\n    accept: [yes]\n", "has no `hints`"),
        ("  - kind: answer\n    text: Say\n    hints: [h]\n    accept: []\n", "no `accept` answers"),
        ("  - kind: answer\n    text: Say\n    hints: [h]\n    accept: [cat]\n    wrong:\n      - answer: cat\n        feedback: no\n", "is also accepted"),
        ("  - kind: answer\n    text: Say\n    hints: [h]\n    accept: [cat]\n    patterns: ['(unclosed']\n", "cannot be used: a \"(\" is never closed"),
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
