import Foundation
import TasterStore

/// Opens the progress store the way the environment says, falling back to unsaved progress.
extension TasterEnvironment {
    /// Where the progress file is.
    func dataLocation(option: String?) -> DataLocation {
        DataLocation.resolve(dataDirOption: option, environment: variables, currentDirectory: URL(fileURLWithPath: currentDirectory))
    }

    /// Where the progress store is: today always the file in the data folder.
    func storeAddress(option: String?) -> StoreAddress {
        .embedded(dataLocation(option: option))
    }

    /// Where the volunteer passphrase record for the store is kept.
    func volunteerCredentials(option: String?) -> any VolunteerCredentials {
        StoreOpener.credentials(at: storeAddress(option: option))
    }

    /// Whether the site has turned on keeping typed answers (for research with consent).
    var recordsTypedAnswers: Bool {
        ["1", "yes", "true", "on"].contains((variables["TASTER_RECORD_ANSWERS"] ?? "").lowercased())
    }

    /// How many days an inactive learner's progress is kept (`TASTER_RETENTION_DAYS`, default 180).
    var retention: RetentionSetting {
        RetentionSetting(variable: variables["TASTER_RETENTION_DAYS"])
    }

    /// The progress file, or the reason it cannot be used.
    func openStore(option: String?) -> Result<any ProgressStore, StoreError> {
        let clock = clock
        do {
            let store = try StoreOpener.open(storeAddress(option: option), recordTypedAnswers: recordsTypedAnswers, now: clock.now)
            return .success(store)
        } catch {
            return .failure(error)
        }
    }

    /// The store for a learner session: the progress file, or progress kept in memory with the
    /// reason, so the learner can still do lessons.
    ///
    /// Long-inactive learners are erased on a background thread while the first screen is up,
    /// at most once a day per store and in small batches (see
    /// ``StoreUpkeep/runDailyPurge(inactiveForDays:now:shouldStop:)``), so the first
    /// question never waits for a backlog and other terminals never wait more than one batch.
    /// `purge` runs the erasing and gathers, in sentences for a volunteer, why the retention
    /// setting was not used as written and how many learners were erased; the caller writes them
    /// once the learner's screen is closed.
    func storeForSession(option: String?, purge: StartUpPurge = StartUpPurge()) -> any ProgressRecording {
        let store = StoreOpener.openForLearner(storeAddress(option: option), recordTypedAnswers: recordsTypedAnswers, now: clock.now)
        guard store.unsavedReason == nil else { return store }
        let retention = retention
        if let note = retention.note { purge.add(note) }
        let now = clock.now()
        purge.start { shouldStop in
            let erased = try? store.runDailyPurge(inactiveForDays: retention.daysAtStart, now: now, shouldStop: shouldStop)
            return erased.flatMap { $0 }.flatMap(retention.erasedSentence)
        }
        return store
    }
}
