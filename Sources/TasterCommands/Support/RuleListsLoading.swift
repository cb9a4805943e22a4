import Foundation
import TasterLessons

/// Runs the content rules with the lists kept beside the lessons (`rules/*.txt`).
enum ContentRuleSetup {
    /// The content rules for lessons under `folder`, dated `today`.
    static func rules(lessonFolder folder: String, today: CalendarDate) -> @Sendable (Lesson) -> [LessonProblem] {
        { _ in [] }
    }
}
