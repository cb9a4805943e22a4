import Foundation

/// Opens the store a ``StoreAddress`` names: the one place a backend is chosen.
///
/// Everything else holds an `any ProgressStore` (or one of its parts) and never learns which
/// backend it has. The volunteer passphrase record is found here too (``credentials(at:)``), so a
/// backend that keeps it elsewhere than a file beside the database slots in the same way.
public enum StoreOpener {
    /// Opens (creating if needed) the store at `address` to read and write, its schema brought up
    /// to date; see ``ProgressDatabase/open(_:recordTypedAnswers:busyTimeout:now:)`` for the file.
    ///
    /// - Parameters:
    ///   - recordTypedAnswers: keep free-text answers (a site setting); false drops them.
    ///   - busyTimeout: how long to wait for another terminal's write, in seconds.
    ///   - now: the clock used for every date stored.
    public static func open(
        _ address: StoreAddress, recordTypedAnswers: Bool = false, busyTimeout: TimeInterval = 5,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> any ProgressStore {
        switch address {
        case .embedded(let location):
            try ProgressDatabase.open(location, recordTypedAnswers: recordTypedAnswers, busyTimeout: busyTimeout, now: now)
        case .service(let service):
            try service.backend.open(service, recordTypedAnswers: recordTypedAnswers, now: now)
        }
    }

    /// Opens the store at `address` to read only, for the live board, lists and reports: nothing
    /// is created, migrated or changed. A store from a newer taster is refused.
    public static func openForReading(
        _ address: StoreAddress, busyTimeout: TimeInterval = 5, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> any ProgressStore {
        switch address {
        case .embedded(let location):
            try ProgressDatabase.openForReading(location, busyTimeout: busyTimeout, now: now)
        case .service(let service):
            try service.backend.openForReading(service, now: now)
        }
    }

    /// The store for a learner's visit: the store at `address`, or, when it cannot be opened,
    /// the unsaved fallback (``UnsavedProgress``) with the reason, so the learner can still do
    /// lessons. Ask ``ProgressRecording/unsavedReason`` which one it is.
    public static func openForLearner(
        _ address: StoreAddress, recordTypedAnswers: Bool = false, now: @escaping @Sendable () -> Date = { Date() }
    ) -> any ProgressStore {
        do {
            return try open(address, recordTypedAnswers: recordTypedAnswers, now: now)
        } catch {
            return UnsavedProgress.store(because: error, now: now)
        }
    }

    /// Where the volunteer passphrase record for the store at `address` is kept: for the
    /// embedded store, the file beside the database in the data folder; for a library service,
    /// the service database, one record per branch.
    public static func credentials(at address: StoreAddress) -> any VolunteerCredentials {
        switch address {
        case .embedded(let location): PassphraseRecordFile(folder: location.folder)
        case .service(let service): service.backend.credentials(at: service)
        }
    }
}
