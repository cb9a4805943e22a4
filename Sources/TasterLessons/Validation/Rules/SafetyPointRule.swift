/// Safety belongs in every lesson: one step should be marked `safety: true`, so that a volunteer
/// (and the guide) can see where the lesson's safety point is.
public struct SafetyPointRule: ContentRule {
    /// Creates the rule.
    public init() {}

    /// A warning when no step is marked as the safety point.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        guard !content.lesson.hasSafetyPoint else { return [] }
        return [LessonProblem(path: content.path, location: .start, severity: .warning,
            ProblemFact(.noSafetyPoint))]
    }
}
