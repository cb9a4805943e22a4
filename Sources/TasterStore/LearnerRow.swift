import Foundation
import GRDB

/// A row of the `learner` table.
struct LearnerRow: Codable, FetchableRecord, MutablePersistableRecord {
    /// The table this record reads and writes.
    static let databaseTableName = "learner"

    /// The row id.
    var id: Int64?
    /// The learner code in its normalised form.
    var code: String
    /// The cleaned nickname, if any.
    var nickname: String?
    /// When the learner was created.
    var createdAt: Date
    /// When anything was last recorded.
    var lastActiveAt: Date

    /// Keeps the id SQLite gave the new row.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The public value; nil if the stored code no longer parses (which would be a bug).
    var learner: Learner? {
        guard let parsed = LearnerCode(code) else { return nil }
        return Learner(code: parsed, nickname: nickname, createdAt: createdAt, lastActiveAt: lastActiveAt)
    }
}
