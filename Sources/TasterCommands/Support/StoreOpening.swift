import Foundation
import TasterServiceStore
import TasterStore
import TasterWording

/// Opens the progress store the way the environment says, falling back to unsaved progress.
extension TasterEnvironment {
    /// Where the progress file is: `--data-dir`, else a store given as a folder (`--store`,
    /// `TASTER_STORE`, the settings file), else `TASTER_DATA_DIR`, else the usual place. Call
    /// ``storeChoice(_:)`` first: the composition root does, so a store that cannot be used
    /// stops the command before anything is opened.
    func dataLocation(_ data: DataOptions) -> DataLocation {
        let folder = data.folder ?? (try? storeChoice(data))?.folder
        return DataLocation.resolve(dataDirOption: folder, environment: variables, currentDirectory: URL(fileURLWithPath: currentDirectory))
    }

    /// Where the progress store is: a library service's server with this terminal's branch when
    /// the store named is one (and `--data-dir` does not name a folder), else the file in the
    /// data folder.
    func storeAddress(_ data: DataOptions) -> StoreAddress {
        if data.folder == nil, let service = (try? storeChoice(data))?.service {
            return .service(ServiceStoreAddress(text: service.text, shown: service.shown, branch: service.branch, backend: ServiceBackend()))
        }
        return .embedded(dataLocation(data))
    }

    /// Where the volunteer passphrase record for the store is kept.
    func volunteerCredentials(_ data: DataOptions) -> any VolunteerCredentials {
        StoreOpener.credentials(at: storeAddress(data))
    }

    /// Whether the site has turned on keeping typed answers (for research with consent).
    var recordsTypedAnswers: Bool {
        ["1", "yes", "true", "on"].contains((variables["TASTER_RECORD_ANSWERS"] ?? "").lowercased())
    }

    /// How many days an inactive learner's progress is kept: `TASTER_RETENTION_DAYS`, else the
    /// settings file's `retention-days`, else 180.
    var retention: RetentionSetting {
        if let variable = variables["TASTER_RETENTION_DAYS"], !variable.isEmpty {
            return RetentionSetting(variable: variable, catalogue: catalogue)
        }
        let settings = SiteSettings.load(in: self)
        if let text = settings.value(.retentionDays), let place = settings.place(.retentionDays) {
            return RetentionSetting(text: text, writtenAs: "retention-days: (\(place)) ", catalogue: catalogue)
        }
        return RetentionSetting(variable: nil, catalogue: catalogue)
    }

    /// The progress file, or the reason it cannot be used.
    func openStore(_ data: DataOptions) -> Result<any ProgressStore, StoreError> {
        let clock = clock
        do {
            let store = try StoreOpener.open(storeAddress(data), recordTypedAnswers: recordsTypedAnswers, now: clock.now)
            return .success(store)
        } catch {
            return .failure(error)
        }
    }

    /// Says, before the first screen, when this terminal is pinned to a session that is not open,
    /// so a volunteer who mistyped the name (or has not started it yet) finds out at once rather
    /// than from an empty report.
    func warnIfPinnedSessionIsNotOpen(_ store: any ProgressRecording, purge: StartUpPurge) {
        guard let pin = sessionPin, (try? store.currentSession(pinnedTo: pin)) ?? nil == nil else { return }
        let warning = catalogue.text(.sessionPinNotOpen, ["name": pin])
        if purge.isFirstSaying(warning) { output.writeError(warning) }
    }

    /// The outbox in the data folder and the way back to the server, when the store is a
    /// library service's; nil for the embedded store, or when the outbox cannot be made (the
    /// visit then falls back to unsaved progress as before).
    func outboxRoute(_ data: DataOptions) -> OutboxRoute? {
        guard case .service = storeAddress(data), let outbox = try? Outbox.open(in: dataLocation(data).folder) else { return nil }
        let address = storeAddress(data)
        let recordTypedAnswers = recordsTypedAnswers
        let clock = clock
        return OutboxRoute(outbox: outbox) { () throws(StoreError) -> any ProgressStore in
            try StoreOpener.open(address, recordTypedAnswers: recordTypedAnswers, now: clock.now)
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
    ///
    /// With a library service's store, `outbox` (see ``outboxRoute(_:)``) is sent first when the
    /// server answers, so what waited at this terminal reaches it before anything new.
    func storeForSession(_ data: DataOptions, purge: StartUpPurge = StartUpPurge(), outbox: OutboxRoute? = nil) -> any ProgressRecording {
        let store = StoreOpener.openForLearner(storeAddress(data), recordTypedAnswers: recordsTypedAnswers, now: clock.now)
        guard store.unsavedReason == nil else { return store }
        if let outbox {
            do {
                try outbox.send(to: store)
            } catch where OutboxRoute.keepsInOutbox(error) {
                // The server answered the opening but not the sending: carry on with the outbox.
                return UnsavedProgress.store(because: error, now: clock.now)
            } catch {}
        }
        warnIfPinnedSessionIsNotOpen(store, purge: purge)
        let retention = retention
        if let note = retention.note { purge.add(note) }
        let now = clock.now()
        let catalogue = catalogue
        purge.start { shouldStop in
            let erased = try? store.runDailyPurge(inactiveForDays: retention.daysAtStart, now: now, shouldStop: shouldStop)
            return erased.flatMap { $0 }.flatMap { retention.erasedSentence(erased: $0, catalogue: catalogue) }

        }
        return store
    }
}
