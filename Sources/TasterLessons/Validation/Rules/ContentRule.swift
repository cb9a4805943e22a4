/// One content check over a whole lesson: it reports every problem it finds, never only the first.
public protocol ContentRule: Sendable {
    /// The problems this rule finds in the lesson.
    func check(_ content: LessonContent) -> [LessonProblem]
}

extension ContentRule {
    /// The problems this rule finds, reading the lesson's text first.
    public func check(_ lesson: Lesson) -> [LessonProblem] {
        check(LessonContent(lesson))
    }
}
