import Foundation
import TasterAuthoring
import TasterLessons

/// Lint of 1,000 generated lessons of 20 steps, against PyYAML composing the same files.
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
        let pyyamlSeconds = try pyyamlComposeSeconds(files: files)
        return [BenchRow(
            name: "lint 1,000 lessons of 20 steps", unit: "s", taster: tasterSeconds, baseline: pyyamlSeconds,
            baselineName: "PyYAML (libyaml) composing the same files", target: "<= 1 s and ratio <= 1.5",
            met: tasterSeconds <= 1 && tasterSeconds / pyyamlSeconds <= 1.5)]
    }

    /// The best of five times PyYAML, with its libyaml loader, takes to compose every file into
    /// nodes: a widely used YAML reader doing what taster's reader does before any checking. The
    /// time is taken inside Python, so the interpreter's start is not counted.
    static func pyyamlComposeSeconds(files: [String]) throws -> Double {
        let listing = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("taster-bench-files-\(getpid()).txt")
        try files.joined(separator: "\n").write(to: listing, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: listing) }
        let script = """
            import sys, time, yaml
            if not yaml.__with_libyaml__: sys.exit("PyYAML has no libyaml loader here")
            paths = open(sys.argv[1]).read().split("\\n")
            best = None
            for _ in range(5):
                start = time.perf_counter()
                for path in paths:
                    with open(path, encoding="utf-8") as f: yaml.compose(f.read(), Loader=yaml.CSafeLoader)
                elapsed = time.perf_counter() - start
                best = elapsed if best is None else min(best, elapsed)
            print(best)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, listing.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let seconds = Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw BenchError(description: "PyYAML could not be timed (install python3-yaml)") }
        return seconds
    }
}

/// A benchmark that could not be run fairly.
struct BenchError: Error, CustomStringConvertible {
    var description: String
}
