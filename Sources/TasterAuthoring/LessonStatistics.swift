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

    /// The overview table for a library, with a closing line naming lessons with no safety point,
    /// in `words`' language.
    public static func table(_ library: LessonLibrary, words: Catalogue = .english) -> String {
        let rows = library.lessons.map(LessonStatistics.init)
        let headings = [words.text(.statsLesson), words.text(.statsSteps), words.text(.statsQuestions), words.text(.statsHints),
                        words.text(.statsTests), words.text(.statsUnreached), words.text(.statsSafetyPoint)]
        let cells = rows.map { row in
            [row.lessonID, "\(row.steps)", "\(row.questions)", "\(row.hints)", "\(row.tests)",
             row.stepsNoTestReaches.isEmpty ? words.text(.statsNone) : Self.ranges(row.stepsNoTestReaches),
             words.text(row.hasSafetyPoint ? .statsYes : .statsNo)]
        }
        let widths = headings.indices.map { column in ([headings] + cells).map { $0[column].count }.max() ?? 0 }
        func line(_ values: [String]) -> String {
            values.enumerated().map { column, value in
                column == 0 || column >= 5 ? value.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - value.count) + value
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(headings)] + cells.map(line)
        let total = [words.text(.statsTotal), "\(rows.reduce(0) { $0 + $1.steps })", "\(rows.reduce(0) { $0 + $1.questions })",
                     "\(rows.reduce(0) { $0 + $1.hints })", "\(rows.reduce(0) { $0 + $1.tests })",
                     words.text(.statsStepCount, ["count": "\(rows.reduce(0) { $0 + $1.stepsNoTestReaches.count })"]),
                     words.text(.statsSafeOf, ["count": "\(rows.filter(\.hasSafetyPoint).count)", "total": "\(rows.count)"])]
        lines.append(line(total))
        let unsafe = rows.filter { !$0.hasSafetyPoint }.map(\.lessonID)
        lines.append("")
        lines.append(unsafe.isEmpty ? words.text(.statsAllSafe) : words.text(.statsUnsafe, ["lessons": unsafe.joined(separator: ", ")]))
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
