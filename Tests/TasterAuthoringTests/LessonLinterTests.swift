import Foundation
import TasterTestSupport
import Testing
import TasterLessons
@testable import TasterAuthoring

@Suite("Lint", .ownThread)
struct LessonLinterTests {
    /// Lints `text` written as `NAME.yaml` in a new folder, with `tests` as its tests file.
    private func lint(_ text: String, named name: String = "checks", tests: String? = nil, contentRules: Bool = false) throws -> LintReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".yaml"))
        if let tests { try Data(tests.utf8).write(to: folder.appendingPathComponent(name + ".tests.yaml")) }
        let today = CalendarDate(year: 2026, month: 11, day: 30)
        guard contentRules else { return LessonLinter(today: today).lint(paths: [folder.path]) }
        let rules: @Sendable (Lesson) -> [LessonProblem] = { lesson in ContentRules.check(lesson, lists: RuleLists.builtIn, today: today) }
        return LessonLinter(today: today, contentRules: rules).lint(paths: [folder.path])
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

    @Test("a wrong option without feedback is an error, as the lesson format says")
    func missingFeedbackError() throws {
        let report = try lint(Self.header + "  - kind: choice\n    text: Pick\n    hints: [h, i]\n    options:\n      - text: A\n        correct: true\n      - text: B\n")
        #expect(report.errorCount == 1)
        #expect(report.warningCount == 0)
        #expect(report.summaryLine == "1 lesson file checked: 1 error, 0 warnings.")
    }

    /// A choice step with two hints and kind feedback, to which each case adds one mistake.
    static let goodChoice = "  - kind: choice\n    id: pick-one\n    text: Pick\n    hints: [h, i]\n    options:\n      - text: A\n        correct: true\n      - text: B\n        feedback: B is the price for 100 g.\n"

    @Test("rules the lesson format states", arguments: [
        (header + goodChoice.replacingOccurrences(of: "[h, i]", with: "[h]"), "step 1 (pick-one) has 1 hint; a question should have 2 or 3", LessonProblem.Severity.warning),
        (header + goodChoice.replacingOccurrences(of: "[h, i]", with: "[h, i, j, k]"), "has 4 hints", .warning),
        (header + goodChoice.replacingOccurrences(of: "B is the price for 100 g.", with: "Wrong!"), "only says the answer is wrong", .warning),
        (header + "  - kind: answer\n    text: Say\n    hints: [h, i]\n    accept: [cat]\n    wrong:\n      - answer: dog\n        feedback: Incorrect, try again.\n", "only says the answer is wrong", .warning),
        (header + "  - kind: secret\n    id: practise\n    text: Make a passphrase.\n    hints: [h, i]\n", "step 1 (practise) asks for a passphrase but does not say not to type a real one", .error),
        (header + "  - kind: order\n    text: Put these in order, for example 3 1 2.\n    hints: [h, i]\n    items: [a, b, c]\n", "shows an order of numbers (\"3 1 2\")", .warning),
        (header.replacingOccurrences(of: "summary: Lint checks.", with: "summary: |\n  Lint checks.\n  Two lines.") + "  - kind: say\n    text: Hi\n", "runs over more than one line", .error),
        (header + "  - kind: say\n    text: Hello\n    hints: [h, i]\n", "a `say` step does not use `hints`", .error),
        (header + "  - kind: say\n    text: Hello\n    explain: Why\n", "a `say` step does not use `explain`", .error),
        (header + "  - kind: say\n    id: hello\n    text: Hello. Press Enter to carry on.\n", "step 1 (hello) says \"Press Enter to carry on\", which taster already says itself", .warning),
        (header + goodChoice.replacingOccurrences(of: "        correct: true\n", with: "        correct: true\n        feedback: Correct! A kg is 1000 g.\n"), "says \"Correct!\", which taster already says itself", .warning),
        (header + "  - kind: say\n    text: Well done, you have finished this lesson.\n", "which taster already says itself", .warning),
        (header + "  - kind: number\n    text: Sum\n    hints: [h, i]\n    value: 3\n    accept: [three]\n", "a `number` step does not use `accept`; it is for `answer` steps", .error),
    ])
    func formatRule(text: String, fragment: String, severity: LessonProblem.Severity) throws {
        let report = try lint(text)
        let found = report.problems.filter { $0.message.contains(fragment) }
        #expect(found.count == 1, "\(report.problems)")
        #expect(found.first?.severity == severity)
    }

    @Test("the same lessons with the mistake mended have no problems")
    func formatRulesMended() throws {
        let report = try lint(Self.header + Self.goodChoice + "  - kind: secret\n    text: Make a passphrase. Please do not type a password you really use.\n    hints: [h, i]\n  - kind: order\n    text: Put these in order.\n    hints: [h, i]\n    items: [a, b, c]\n")
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    @Test("a lesson whose id is not its file name is an error that names both")
    func idMatchesFileName() throws {
        let report = try lint(Self.header + "  - kind: say\n    text: Hello\n", named: "other-name")
        #expect(report.errorCount == 1)
        #expect(report.problems.first?.message.contains("rename the file to `checks.yaml`, or change the id to `other-name`") == true, "\(report.problems)")
    }

    @Test("a reviewed date after today is an error")
    func reviewedInFuture() throws {
        let report = try lint(Self.header.replacingOccurrences(of: "2026-11-01", with: "2027-01-05") + "  - kind: say\n    text: Hello.\n", contentRules: true)
        #expect(report.problems.contains { $0.severity == .error && $0.message.contains("2027-01-05, which is after today (2026-11-30)") }, "\(report.problems)")
    }

    @Test("a tests file with no lesson beside it is an error, not silently ignored")
    func orphanTestsFile() throws {
        let report = try lint(Self.header + "  - kind: say\n    text: Hello\n", tests: "tests:\n  - name: x\n    play:\n      - input: \"\"\n")
        #expect(report.errorCount == 0, "\(report.problems)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-orphan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("tests: []\n".utf8).write(to: folder.appendingPathComponent("lost-lesson.tests.yaml"))
        let orphan = LessonLinter(today: CalendarDate(year: 2026, month: 11, day: 30)).lint(paths: [folder.path])
        #expect(orphan.errorCount == 1)
        #expect(orphan.problems.first?.message.contains("has no lesson beside it") == true)
        #expect(orphan.problems.first?.message.contains("\"lost-lesson.yaml\"") == true)
        let given = LessonLinter(today: CalendarDate(year: 2026, month: 11, day: 30)).lint(paths: [folder.appendingPathComponent("lost-lesson.tests.yaml").path])
        #expect(given.errorCount == 1)
    }

    @Test("the YAML mistakes authors make are told in their words, with the fix", arguments: [
        (header + "  - kind: say\n    text: **Bold** words here\n", "text that starts with * must be in quotes", "9:12"),
        (header + "  - kind: choice\n    text: Pick\n    hints: [a, b]\n    options:\n      - text: A\n          correct: true\n      - text: B\n        feedback: Because.\n", "`correct:` is indented further than the line above it", "13:18"),
        (header + "  - kind: say\n    text: Note: this\n", "Put the whole text in quotes", "9:15"),
        (header.replacingOccurrences(of: "2026-11-01", with: "2026-02-30") + "  - kind: say\n    text: Hi\n", "is written the right way, but February 2026 has only 28 days", "6:11"),
        (header + "  - kind: choise\n    text: Hi\n", "did you mean `choice`?", "8:11"),
        (header + "  - kind: choice\n    text: Pick\n    hints: [a, b]\n    options:\n      - text: A\n        correct: yes\n      - text: B\n        feedback: Because.\n", "Write `correct: true` instead of \"yes\"", "13:18"),
        (header.replacingOccurrences(of: "minutes: 3", with: "minutes: \"3\"") + "  - kind: say\n    text: Hi\n", "without quotes around it", "5:10"),
        (header + "  - kind: say\n    id: hello\n    text: Hi\ntests:\n  - name: t\n    from: helo\n    play:\n      - input: \"\"\n", "Did you mean `hello`?", "12:5"),
    ])
    func yamlMistake(text: String, fragment: String, place: String) throws {
        let report = try lint(text)
        let found = report.problems.first { $0.message.contains(fragment) }
        #expect(found != nil, "\(report.problems)")
        #expect(found.map { "\($0.location.line):\($0.location.column)" } == place)
        #expect(found?.message.contains("not valid YAML") == false)
    }
}
