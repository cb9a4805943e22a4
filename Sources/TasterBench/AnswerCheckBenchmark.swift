import Foundation
import TasterLessons

/// Checking a 10 KB pasted answer against every question step of the bundled lessons, against
/// the least any check must do: lower-casing the same input once per step.
enum AnswerCheckBenchmark {
    /// About 10 KB of text such as a learner might paste by mistake: words, money, curly quotes.
    static let pastedInput: String = {
        let line = "Dear Sam, the “attachment” costs £12.50 (about 12.5%) at Example Shop; café opens 9–5. "
        var text = ""
        while text.utf8.count < 10_240 { text += line }
        return text
    }()

    /// Loads the lessons in `folder`, times both, and returns the row.
    static func run(lessonFolder: String) throws -> [BenchRow] {
        let steps = LessonLibrary.load(paths: [lessonFolder]).library.lessons.flatMap(\.steps)
            .filter { AnswerChecker.modelAnswer(for: $0) != nil }
        guard !steps.isEmpty else {
            throw BenchError(description: "no question steps found in \(lessonFolder): run make bench from the project folder")
        }
        let input = pastedInput
        // A long paste is a fine practice passphrase; anywhere else, taking it as right would
        // mean the checker skipped the work being timed.
        let wronglyRight = steps.filter { step in
            if case .secret = step.kind { return false }
            return AnswerChecker.check(input, against: step).isCorrect
        }
        guard wronglyRight.isEmpty else {
            throw BenchError(description: "the pasted input was taken as the right answer to \(wronglyRight.compactMap(\.id)); the benchmark would not be fair")
        }
        var verdicts = 0
        let checking = Timing.best(of: 5) {
            for step in steps where AnswerChecker.check(input, against: step).isCorrect { verdicts += 1 }
        }
        var characters = 0
        let lowercasing = Timing.best(of: 5) {
            for _ in steps { characters += input.lowercased().count }
        }
        let perCheck = checking / Double(steps.count)
        let perBaseline = lowercasing / Double(steps.count)
        return [BenchRow(
            name: "check a 10 KB answer (mean over \(steps.count) question steps)", unit: "s", taster: perCheck,
            baseline: perBaseline, baselineName: "lower-casing the same input", target: "<= 5 ms per check",
            met: perCheck <= 0.005)]
    }
}
