import Foundation
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
    /// Runs the content rules for every language on each translation's translated steps.
    public var translationRules: @Sendable (Lesson) -> [LessonProblem]

    /// Creates a linter; `contentRules` and `translationRules` default to none.
    public init(
        loader: LessonLoader = LessonLoader(), today: CalendarDate, contentRules: @escaping @Sendable (Lesson) -> [LessonProblem] = { _ in [] },
        translationRules: @escaping @Sendable (Lesson) -> [LessonProblem] = { _ in [] }
    ) {
        self.loader = loader
        self.today = today
        self.contentRules = contentRules
        self.translationRules = translationRules
    }

    /// Lints every lesson under `paths`.
    public func lint(paths: [String]) -> LintReport {
        let (library, problems) = LessonLibrary.load(paths: paths, loader: loader)
        var contentProblems = ParallelMap.map(library.lessons, contentRules).flatMap { $0 }
        for translation in library.translations {
            guard let lesson = library.lesson(id: translation.lessonID) else { continue }
            contentProblems += translationRules(lesson.translatedStepsOnly(by: translation))
        }
        let nameProblems = library.lessons.compactMap(Self.fileNameProblem)
        let loops = PrerequisiteCycles.problems(in: library.lessons)
        return LintReport(problems: (problems + contentProblems + nameProblems + loops).sorted(), filesChecked: library.fileCount,
                          translationsChecked: library.translationFileCount)
    }

    /// An error when a lesson's id is not its file's name: the library, `taster guide` and
    /// `taster preview` find a lesson by its file, so the two must match.
    static func fileNameProblem(_ lesson: Lesson) -> LessonProblem? {
        let name = (lesson.sourcePath as NSString).lastPathComponent
        let stem = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name.hasSuffix(".yml") ? String(name.dropLast(4)) : name
        guard stem != lesson.id else { return nil }
        return LessonProblem(path: lesson.sourcePath, location: .start,
            ProblemFact(.fileNameDiffers, ["id": .text(lesson.id), "file": .text(SafeText.quote(name)), "stem": .text(stem)]))
    }
}
