import TasterLessons

/// Lessons whose `requires` lead back to themselves: none of them could ever be started in
/// order, so lint refuses each lesson on such a loop, naming the whole loop.
enum PrerequisiteCycles {
    /// An error for each lesson that is on a loop of `requires`.
    static func problems(in lessons: [Lesson]) -> [LessonProblem] {
        let byID = Dictionary(lessons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [LessonProblem] = []
        for lesson in lessons {
            guard let loop = loop(from: lesson.id, byID: byID) else { continue }
            let path = (loop + [lesson.id]).joined(separator: " → ")
            problems.append(LessonProblem(
                path: lesson.sourcePath, location: .start, severity: .error,
                ProblemFact(.prerequisiteLoop, ["path": .text(path)])))
        }
        return problems
    }

    /// The ids from `start` back to `start` along `requires`, or nil when it is on no loop.
    private static func loop(from start: String, byID: [String: Lesson]) -> [String]? {
        var visited: Set<String> = []
        var stack: [(id: String, path: [String])] = [(start, [start])]
        while let (id, path) = stack.popLast() {
            for next in byID[id]?.prerequisites ?? [] {
                if next == start { return path }
                if visited.insert(next).inserted { stack.append((next, path + [next])) }
            }
        }
        return nil
    }
}
