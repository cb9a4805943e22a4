import Foundation
import GRDB

/// A row of the `stepEvent` table. Typed answers are stored as a JSON array, or NULL when the
/// site does not keep them.
struct StepEventRow: Codable, FetchableRecord, TableRecord {
    /// The table this record reads and writes.
    static let databaseTableName = "stepEvent"

    /// Dates are read without loading ICU (see ``StoredTime``).
    static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        StoredTime.decodingStrategy
    }

    /// The row id.
    var id: Int64?
    /// The learner's row id.
    var learnerId: Int64
    /// The lesson's id.
    var lessonID: String
    /// The step's position.
    var stepIndex: Int
    /// The step's id, if it has one.
    var stepID: String?
    /// Answers given.
    var attempts: Int
    /// Hints opened.
    var hintsUsed: Int
    /// Whether the step was skipped.
    var skipped: Bool
    /// Whole seconds spent.
    var secondsSpent: Int
    /// Whether the step was finished.
    var completed: Bool
    /// Typed answers as a JSON array, or NULL.
    var typedAnswers: String?
    /// When the event was recorded.
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
