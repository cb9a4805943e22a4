import Foundation
import TasterStore
import Testing

/// What the progress file in a data folder holds about one learner, read by opening it again.
struct SavedProgress {
    /// SQLite's consistency check: `["ok"]` when the file is sound.
    let integrity: [String]
    /// How many learners the file holds.
    let learnerCount: Int
    /// The step the learner would continue the fixture lesson from, if it was started.
    let resumeStepIndex: Int?
    /// Whether the fixture lesson is recorded as finished.
    let completed: Bool
    /// How many step events are stored for the learner.
    let stepsRecorded: Int

    /// Opens the progress file in `data` (checkpointing its WAL when closed, as taster does) and
    /// reads what it holds about `code`.
    static func read(_ data: String, code: String) throws -> SavedProgress {
        let store = try ProgressDatabase.open(DataLocation(folder: URL(fileURLWithPath: data)))
        defer { try? store.close() }
        let learner = try #require(LearnerCode(code), "\(code) is not a learner code")
        let lesson = try store.progress(code: learner).lesson("every-kind")
        return SavedProgress(
            integrity: try store.integrityCheck(), learnerCount: try store.learnerCount(),
            resumeStepIndex: lesson?.resumeStepIndex, completed: lesson?.isCompleted ?? false,
            stepsRecorded: try store.summary(code: learner)?.stepsRecorded ?? 0)
    }
}
