import TasterLessons

/// Checks lesson files for authors: structure, answers, and (when lists are given) the content
/// rules for neutrality, plain language and freshness. Reports every problem at once.
public struct LessonLinter: Sendable {
    /// The loader used.
    public var loader: LessonLoader
    /// Today's date, for the freshness rule.
    public var today: CalendarDate
    /// Runs the content rules on each lesson that loaded.
    public var contentRules: @Sendable (Lesson) -> [LessonProblem]

    /// Creates a linter; `contentRules` defaults to none.
    public init(loader: LessonLoader = LessonLoader(), today: CalendarDate, contentRules: @escaping @Sendable (Lesson) -> [LessonProblem] = { _ in [] }) {
        self.loader = loader
        self.today = today
        self.contentRules = contentRules
    }

    /// Lints every lesson under `paths`.
    public func lint(paths: [String]) -> LintReport {
        let (library, problems) = LessonLibrary.load(paths: paths, loader: loader)
        let contentProblems = ParallelMap.map(library.lessons, contentRules).flatMap { $0 }
        let loops = PrerequisiteCycles.problems(in: library.lessons)
        return LintReport(problems: (problems + contentProblems + loops).sorted(), filesChecked: library.fileCount)
    }
}
