import Foundation
import GRDB

/// A row of the `learner` table.
struct LearnerRow: Codable, FetchableRecord, MutablePersistableRecord {
    /// The table this record reads and writes.
    static let databaseTableName = "learner"

    /// Dates are written as GRDB would, without loading ICU (see ``StoredTime``).
    static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        StoredTime.encodingStrategy
    }

    /// Dates are read without loading ICU (see ``StoredTime``).
    static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        StoredTime.decodingStrategy
    }

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
