import Foundation
import GRDB

/// A row of the `stepEvent` table. Typed answers are stored as a JSON array, or NULL when the
/// site does not keep them.
struct StepEventRow: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "stepEvent"

    var id: Int64?
    var learnerId: Int64
    var lessonID: String
    var stepIndex: Int
    var stepID: String?
    var attempts: Int
    var hintsUsed: Int
    var skipped: Bool
    var secondsSpent: Int
    var completed: Bool
    var typedAnswers: String?
    var recordedAt: Date

    /// The column value for typed answers: NULL when there are none (or none are kept), else a
    /// JSON array of strings.
    static func storedForm(of typedAnswers: [String]) -> String? {
        guard !typedAnswers.isEmpty, let data = try? JSONEncoder().encode(typedAnswers) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The public value.
    var storedStep: StoredStep {
        let answers = typedAnswers.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        let record = StepRecord(
            stepIndex: stepIndex, stepID: stepID, attempts: attempts, hintsUsed: hintsUsed,
            skipped: skipped, secondsSpent: secondsSpent, completed: completed, typedAnswers: answers)
        return StoredStep(lessonID: lessonID, recordedAt: recordedAt, step: record)
    }
}
