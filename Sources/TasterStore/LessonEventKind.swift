/// Something that happened in a lesson, counted for session summaries and impact reports.
public enum LessonEventKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// The learner opened the lesson.
    case started
    /// The learner finished it.
    case completed
    /// The learner opened a hint.
    case hint
    /// The learner asked to be shown the answer (counted apart from hints).
    case solution
}
