import TasterLessons

/// The result of linting: every problem, and counts for the closing line.
public struct LintReport: Sendable {
    /// Every problem, sorted by file and place.
    public var problems: [LessonProblem]
    /// How many lesson files were checked.
    public var filesChecked: Int
    /// How many translation files were checked.
    public var translationsChecked: Int

    /// Creates a report.
    public init(problems: [LessonProblem], filesChecked: Int, translationsChecked: Int = 0) {
        self.problems = problems
        self.filesChecked = filesChecked
        self.translationsChecked = translationsChecked
    }

    /// How many errors.
    public var errorCount: Int { problems.filter { $0.severity == .error }.count }
    /// How many warnings.
    public var warningCount: Int { problems.filter { $0.severity == .warning }.count }

    /// The closing line, such as `12 lessons checked: 0 errors, 1 warning.`
    public var summaryLine: String {
        var files = filesChecked == 1 ? "1 lesson file" : "\(filesChecked) lesson files"
        if translationsChecked > 0 { files += translationsChecked == 1 ? " and 1 translation" : " and \(translationsChecked) translations" }
        let errors = errorCount == 1 ? "1 error" : "\(errorCount) errors"
        let warnings = warningCount == 1 ? "1 warning" : "\(warningCount) warnings"
        return "\(files) checked: \(errors), \(warnings)."
    }
}
