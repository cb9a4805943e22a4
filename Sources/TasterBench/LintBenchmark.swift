import Foundation
import TasterAuthoring
import TasterLessons
import CLibYAML

/// Lint of 1,000 generated lessons of 20 steps, against libyaml alone reading every event of the
/// same files: the least any YAML reader must do, so the ratio is what taster adds on top.
enum LintBenchmark {
    /// Writes the lessons, times both, and returns the rows.
    static func run(workDir: URL, contentRules: @escaping @Sendable (Lesson) -> [LessonProblem]) throws -> [BenchRow] {
        let folder = workDir.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<1_000 {
            try Data(GeneratedLesson.text(number: index).utf8).write(to: folder.appendingPathComponent("lesson-\(index).yaml"))
        }
        let files = LessonFiles.find(in: [folder.path]).files
        let today = CalendarDate(year: 2026, month: 11, day: 30)
        let linter = LessonLinter(today: today, contentRules: contentRules)
        var report = LintReport(problems: [], filesChecked: 0)
        let tasterSeconds = Timing.best(of: 5) { report = linter.lint(paths: [folder.path]) }
        guard report.errorCount == 0, report.filesChecked == 1_000 else {
            throw BenchError(description: "the generated lessons have \(report.errorCount) lint errors (first: \(report.problems.first?.description ?? "none")); the benchmark would not be fair")
        }
        let libyamlSeconds = Timing.best(of: 5) {
            for file in files {
                let bytes = Array(FileManager.default.contents(atPath: file) ?? Data())
                _ = Self.countEvents(bytes)
            }
        }
        return [BenchRow(
            name: "lint 1,000 lessons of 20 steps", unit: "s", taster: tasterSeconds, baseline: libyamlSeconds,
            baselineName: "libyaml reading the same files", target: "<= 1 s and ratio <= 1.5",
            met: tasterSeconds <= 1 && tasterSeconds / libyamlSeconds <= 1.5)]
    }

    /// Reads every parser event of `bytes` and returns how many there were (-1 on a YAML error).
    static func countEvents(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return -1 }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var count = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return -1 }
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                count += 1
                if done { return count }
            }
        }
    }
}

/// A benchmark that could not be run fairly.
struct BenchError: Error, CustomStringConvertible {
    var description: String
}
