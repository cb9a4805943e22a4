import TasterLessons
import TasterWording

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

    /// The closing line in English, such as `12 lesson files checked: 0 errors, 1 warning.`
    public var summaryLine: String { summaryLine(in: .english) }

    /// The closing line in `catalogue`'s language.
    public func summaryLine(in catalogue: Catalogue) -> String {
        let lessons = ProblemValue.phrase(ProblemFact(.lintFiles, count: filesChecked))
        let files = translationsChecked == 0 ? lessons
            : .phrase(.lintFilesAndTranslations, ["files": lessons, "translations": .phrase(ProblemFact(.lintTranslations, count: translationsChecked))])
        return catalogue.text(of: ProblemFact(.lintSummary, [
            "files": files,
            "errors": .phrase(ProblemFact(.lintErrors, count: errorCount)),
            "warnings": .phrase(ProblemFact(.lintWarnings, count: warningCount)),
        ]))
    }
}
