/// Everything the shell needs to offer "continue where you stopped".
public struct LearnerProgress: Sendable, Equatable, Codable {
    /// The learner.
    public var learner: Learner
    /// One entry per lesson the learner has started, most recently active first.
    public var lessons: [LessonProgress]

    /// Creates a progress value; lessons are put most recently active first.
    public init(learner: Learner, lessons: [LessonProgress]) {
        self.learner = learner
        self.lessons = lessons.sorted { ($0.lastActiveAt, $1.lessonID) > ($1.lastActiveAt, $0.lessonID) }
    }

    /// The lesson touched last, if any.
    public var mostRecentLesson: LessonProgress? { lessons.first }

    /// The most recently active lesson not yet completed: the one to offer to continue.
    public var lessonToContinue: LessonProgress? { lessons.first { !$0.isCompleted } }

    /// The progress for one lesson, if started.
    public func lesson(_ lessonID: String) -> LessonProgress? {
        lessons.first { $0.lessonID == lessonID }
    }

    /// The ids of lessons finished at least once.
    public var completedLessonIDs: Set<String> {
        Set(lessons.filter(\.isCompleted).map(\.lessonID))
    }

    /// Started lessons whose content changed since the learner last worked on them, given the
    /// current content version of each lesson by id; lessons missing from the map are skipped.
    public func lessonsWithChangedContent(currentVersions: [String: String]) -> [LessonProgress] {
        lessons.filter { progress in
            guard let current = currentVersions[progress.lessonID] else { return false }
            return progress.contentChanged(currentVersion: current)
        }
    }
}
