import TasterEngine
import TasterLessons
import TasterWording

/// The figures an editor needs to see a whole library at once (`taster lessons --stats`): how
/// big each lesson is, how much help and how many tests it has, which steps no author's test
/// reaches, and whether it has a safety point.
public struct LessonStatistics: Sendable, Equatable {
    /// The lesson's id.
    public var lessonID: String
    /// Every step.
    public var steps: Int
    /// Steps that ask something (every kind but `say`).
    public var questions: Int
    /// Hints, over all questions.
    public var hints: Int
    /// The author's tests (the automatic run with the lesson's own answers is not counted).
    public var tests: Int
    /// The numbers (from 1) of the steps at which no author's test types anything.
    public var stepsNoTestReaches: [Int]
    /// Whether a step is marked `safety: true`.
    public var hasSafetyPoint: Bool

    /// The figures for one lesson; its tests are played through the engine to see where they go.
    public init(_ lesson: Lesson) {
        lessonID = lesson.id
        steps = lesson.steps.count
        questions = lesson.steps.filter(\.isQuestion).count
        hints = lesson.steps.reduce(0) { $0 + $1.hints.count }
        tests = lesson.tests.count
        var reached = Set<Int>()
        for test in lesson.tests {
            var run = LessonRun(lesson: lesson, commands: Catalogue.english.commandWords, startAt: test.from.flatMap(lesson.stepIndex(for:)) ?? 0, clock: .fixed(.init(timeIntervalSince1970: 0)))
            _ = run.start()
            for exchange in test.exchanges where !run.isFinished {
                reached.insert(run.stepIndex)
                _ = run.handle(.line(exchange.input))
            }
        }
        stepsNoTestReaches = lesson.steps.indices.filter { !reached.contains($0) }.map { $0 + 1 }
        hasSafetyPoint = lesson.hasSafetyPoint
    }

    /// The overview table for a library, with a closing line naming lessons with no safety point.
    public static func table(_ library: LessonLibrary) -> String {
        let rows = library.lessons.map(LessonStatistics.init)
        let headings = ["lesson", "steps", "questions", "hints", "tests", "steps no test reaches", "safety point"]
        let cells = rows.map { row in
            [row.lessonID, "\(row.steps)", "\(row.questions)", "\(row.hints)", "\(row.tests)",
             row.stepsNoTestReaches.isEmpty ? "none" : Self.ranges(row.stepsNoTestReaches), row.hasSafetyPoint ? "yes" : "NO"]
        }
        let widths = headings.indices.map { column in ([headings] + cells).map { $0[column].count }.max() ?? 0 }
        func line(_ values: [String]) -> String {
            values.enumerated().map { column, value in
                column == 0 || column >= 5 ? value.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - value.count) + value
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(headings)] + cells.map(line)
        let total = ["total", "\(rows.reduce(0) { $0 + $1.steps })", "\(rows.reduce(0) { $0 + $1.questions })",
                     "\(rows.reduce(0) { $0 + $1.hints })", "\(rows.reduce(0) { $0 + $1.tests })",
                     "\(rows.reduce(0) { $0 + $1.stepsNoTestReaches.count }) steps", "\(rows.filter(\.hasSafetyPoint).count) of \(rows.count)"]
        lines.append(line(total))
        let unsafe = rows.filter { !$0.hasSafetyPoint }.map(\.lessonID)
        lines.append("")
        lines.append(unsafe.isEmpty ? "Every lesson has a safety point." : "Lessons with no safety point: " + unsafe.joined(separator: ", ") + ".")
        return lines.joined(separator: "\n")
    }

    /// "1-3, 7" for [1, 2, 3, 7].
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start = numbers.first ?? 0
        var previous = start
        for number in numbers.dropFirst() + [Int.max] {
            if number == previous + 1 { previous = number; continue }
            parts.append(start == previous ? "\(start)" : "\(start)-\(previous)")
            start = number
            previous = number
        }
        return numbers.isEmpty ? "" : parts.joined(separator: ", ")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
