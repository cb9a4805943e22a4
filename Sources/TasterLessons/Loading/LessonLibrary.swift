/// All the lessons found in some files or folders, checked against each other.
public struct LessonLibrary: Sendable {
    /// The usable lessons, in file order.
    public private(set) var lessons: [Lesson]
    /// How many lesson files were read.
    public private(set) var fileCount: Int

    /// Loads every lesson under `paths`; problems include each file's own and those between
    /// files (two lessons with one id, a `requires` naming no lesson).
    public static func load(paths: [String], loader: LessonLoader = LessonLoader()) -> (library: LessonLibrary, problems: [LessonProblem]) {
        let (files, findProblems) = LessonFiles.find(in: paths)
        var problems = findProblems
        var lessons: [Lesson] = []
        let checked = ParallelMap.map(files) { file -> (lesson: Lesson?, problems: [LessonProblem]) in
            let result = loader.load(fileAt: file)
            guard let lesson = result.lesson else { return (nil, result.problems) }
            let own = LessonValidator.check(lesson)
            return (own.contains(where: { $0.severity == .error }) ? nil : lesson, result.problems + own)
        }
        for file in checked {
            problems += file.problems
            if let lesson = file.lesson { lessons.append(lesson) }
        }
        var firstFile: [String: String] = [:]
        var unique: [Lesson] = []
        for lesson in lessons {
            if let first = firstFile[lesson.id] {
                problems.append(LessonProblem(path: lesson.sourcePath, location: .start,
                    message: "the id `\(lesson.id)` is already used by \(first). Every lesson needs its own id."))
            } else {
                firstFile[lesson.id] = lesson.sourcePath
                unique.append(lesson)
            }
        }
        for lesson in unique {
            for prerequisite in lesson.prerequisites where firstFile[prerequisite] == nil {
                problems.append(LessonProblem(path: lesson.sourcePath, location: .start, severity: .warning,
                    message: "`requires` names `\(prerequisite)`, but no lesson here has that id."))
            }
        }
        return (LessonLibrary(lessons: unique, fileCount: files.count), problems)
    }

    /// Creates a library from lessons already loaded.
    public init(lessons: [Lesson], fileCount: Int? = nil) {
        self.lessons = lessons
        self.fileCount = fileCount ?? lessons.count
    }

    /// The lesson with this id.
    public func lesson(id: String) -> Lesson? {
        lessons.first { $0.id == id }
    }
}
