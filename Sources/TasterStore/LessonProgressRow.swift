import Foundation
import GRDB

/// A row of the `lessonProgress` table.
struct LessonProgressRow: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "lessonProgress"

    var learnerId: Int64
    var lessonID: String
    var contentVersion: String
    var startedAt: Date
    var completedAt: Date?
    var completedContentVersion: String?
    var resumeStepIndex: Int
    var lastActiveAt: Date

    /// The public value.
    var progress: LessonProgress {
        LessonProgress(
            lessonID: lessonID, contentVersion: contentVersion, startedAt: startedAt,
            completedAt: completedAt, completedContentVersion: completedContentVersion,
            resumeStepIndex: resumeStepIndex, lastActiveAt: lastActiveAt)
    }
}
