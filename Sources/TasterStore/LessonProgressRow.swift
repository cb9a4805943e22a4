import Foundation
import GRDB

/// A row of the `lessonProgress` table.
struct LessonProgressRow: Codable, FetchableRecord, TableRecord {
    /// The table this record reads and writes.
    static let databaseTableName = "lessonProgress"

    /// Dates are read without loading ICU (see ``StoredTime``).
    static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        StoredTime.decodingStrategy
    }

    /// The learner's row id.
    var learnerId: Int64
    /// The lesson's id.
    var lessonID: String
    /// The content version last started.
    var contentVersion: String
    /// When the lesson was first started.
    var startedAt: Date
    /// When the lesson was last finished.
    var completedAt: Date?
    /// The content version finished.
    var completedContentVersion: String?
    /// The step to continue from.
    var resumeStepIndex: Int
    /// When anything was last recorded.
    var lastActiveAt: Date

    /// The public value.
    var progress: LessonProgress {
        LessonProgress(
            lessonID: lessonID, contentVersion: contentVersion, startedAt: startedAt,
            completedAt: completedAt, completedContentVersion: completedContentVersion,
            resumeStepIndex: resumeStepIndex, lastActiveAt: lastActiveAt)
    }
}
