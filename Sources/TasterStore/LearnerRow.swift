import Foundation
import GRDB

/// A row of the `learner` table.
struct LearnerRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "learner"

    var id: Int64?
    var code: String
    var nickname: String?
    var createdAt: Date
    var lastActiveAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The public value; nil if the stored code no longer parses (which would be a bug).
    var learner: Learner? {
        guard let parsed = LearnerCode(code) else { return nil }
        return Learner(code: parsed, nickname: nickname, createdAt: createdAt, lastActiveAt: lastActiveAt)
    }
}
