import Foundation
import TasterAuthoring
import TasterLessons
import Yams

/// Lint of 1,000 generated lessons of 20 steps, against Yams alone parsing the same files.
enum LintBenchmark {
    /// Writes the lessons, times both, and returns the rows.
    static func run(workDir: URL, contentRules: @escaping @Sendable (Lesson) -> [LessonProblem]) throws -> [BenchRow] {
        let folder = workDir.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<1_000 {
            try Data(GeneratedLesson.text(number: index).utf8).write(to: folder.appendingPathComponent("generated-\(index).yaml"))
        }
        let files = LessonFiles.find(in: [folder.path]).files
        let today = CalendarDate(year: 2026, month: 11, day: 30)
        let linter = LessonLinter(today: today, contentRules: contentRules)
        var report = LintReport(problems: [], filesChecked: 0)
        let tasterSeconds = Timing.best(of: 5) { report = linter.lint(paths: [folder.path]) }
        guard report.errorCount == 0, report.filesChecked == 1_000 else {
            throw BenchError(description: "the generated lessons have \(report.errorCount) lint errors (first: \(report.problems.first?.description ?? "none")); the benchmark would not be fair")
        }
        let yamsSeconds = Timing.best(of: 5) {
            for file in files {
                let text = try! String(contentsOfFile: file, encoding: .utf8)
                _ = try! Yams.compose(yaml: text)
            }
        }
        return [BenchRow(
            name: "lint 1,000 lessons of 20 steps", unit: "s", taster: tasterSeconds, baseline: yamsSeconds,
            baselineName: "Yams parsing the same files", target: "<= 1 s and ratio <= 1.5",
            met: tasterSeconds <= 1 && tasterSeconds / yamsSeconds <= 1.5)]
    }
}

/// A benchmark that could not be run fairly.
struct BenchError: Error, CustomStringConvertible {
    var description: String
}
