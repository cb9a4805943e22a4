import Foundation
import TasterStore

/// Opens the progress store the way the environment says, falling back to unsaved progress.
extension TasterEnvironment {
    /// Where the progress file is.
    func dataLocation(option: String?) -> DataLocation {
        DataLocation.resolve(dataDirOption: option, environment: variables, currentDirectory: URL(fileURLWithPath: currentDirectory))
    }

    /// Whether the site has turned on keeping typed answers (for research with consent).
    var recordsTypedAnswers: Bool {
        ["1", "yes", "true", "on"].contains((variables["TASTER_RECORD_ANSWERS"] ?? "").lowercased())
    }

    /// How many days an inactive learner's progress is kept (`TASTER_RETENTION_DAYS`, default 180).
    var retentionDays: Int {
        variables["TASTER_RETENTION_DAYS"].flatMap(Int.init).map { max(1, $0) } ?? 180
    }

    /// The progress file, or the reason it cannot be used.
    func openStore(option: String?) -> Result<ProgressDatabase, StoreError> {
        let clock = clock
        do {
            let database = try ProgressDatabase.open(dataLocation(option: option), recordTypedAnswers: recordsTypedAnswers, now: clock.now)
            return .success(database)
        } catch {
            return .failure(error)
        }
    }

    /// The store for a learner session: the progress file (purging long-inactive learners first),
    /// or progress kept in memory with the reason, so the learner can still do lessons.
    func storeForSession(option: String?) -> any ProgressRecording {
        switch openStore(option: option) {
        case .success(let database):
            _ = try? database.purge(inactiveForDays: retentionDays, now: clock.now(), dryRun: false)
            return database
        case .failure(let error):
            return UnsavedProgress(reason: error, recordTypedAnswers: false, now: clock.now)
        }
    }
}
