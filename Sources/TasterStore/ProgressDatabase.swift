import Foundation
import GRDB

/// Learners and their progress in one SQLite file, shared safely by many terminals at once.
///
/// The embedded backend of ``ProgressStore``. The program opens it through ``StoreOpener`` from a
/// ``StoreAddress``; it opens with ``open(_:recordTypedAnswers:busyTimeout:now:)`` for a
/// ``DataLocation``, or with ``inMemory(recordTypedAnswers:now:)`` in tests. Every named write is
/// one transaction.
///
/// Settings and why:
/// - WAL journal (GRDB's `DatabasePool`): readers never block the writer, and several
///   processes can share the file.
/// - `synchronous = NORMAL`: in WAL mode a commit has been written to the operating system
///   when the write call returns, so it survives the taster process being killed or crashing
///   at any moment (the crash test proves it). Only a power cut or kernel crash can lose the
///   last few commits, and even then the file stays consistent. `FULL` would add an `fsync`
///   per step (tens of milliseconds on a library PC's disk) to guard against power loss, which
///   is not worth a noticeably slower "next step" for a learner.
/// - a busy timeout (5 s by default): a terminal waits its turn while another commits, rather
///   than failing.
/// - `secure_delete = ON`: deleted rows are overwritten with zeros, so a forgotten learner's
///   code and answers do not linger in free pages; the WAL is emptied after a forget or purge
///   (with short attempts, so other terminals are not held up; see `erasedDataLingers()`).
/// - an exclusive `flock` on `progress.lock` around open and migrate (see ``FileLock``).
public final class ProgressDatabase: ProgressRecording {
    /// True for a file: progress is on disk (false for ``inMemory(recordTypedAnswers:now:)``).
    public let isPersistent: Bool
    /// Nil: this store is what it was opened as.
    public var unsavedReason: StoreError? { nil }
    /// Whether typed free-text answers are kept.
    public let recordsTypedAnswers: Bool
    /// The file's location; nil for an in-memory database.
    public let location: DataLocation?

    /// The GRDB connection: a pool for a file, a queue in memory. Internal so tests can inspect rows.
    let writer: any DatabaseWriter
    /// The clock used for every date stored.
    let now: @Sendable () -> Date
    /// The file's path, for error messages.
    let filePath: String

    init(
        writer: any DatabaseWriter, location: DataLocation?, recordTypedAnswers: Bool,
        now: @escaping @Sendable () -> Date
    ) {
        self.writer = writer
        self.location = location
        self.isPersistent = location != nil
        self.recordsTypedAnswers = recordTypedAnswers
        self.now = now
        self.filePath = location?.databaseFile.path ?? ":memory:"
    }

    /// Opens (creating if needed) the progress file at `location` and brings its schema up to date.
    ///
    /// A file made by a newer taster is refused with ``StoreError/newerVersion(file:)`` and left
    /// byte-for-byte unchanged: the check runs on a plain connection before anything can write.
    ///
    /// - Parameters:
    ///   - recordTypedAnswers: keep free-text answers (a site setting for research with
    ///     consent); false drops them before they are written.
    ///   - busyTimeout: how long to wait for another terminal's write, in seconds.
    ///   - now: the clock used for every date stored.
    public static func open(
        _ location: DataLocation, recordTypedAnswers: Bool = false, busyTimeout: TimeInterval = 5,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> ProgressDatabase {
        try DataFolder.prepare(location.folder)
        let sharing = try FolderSharing.of(location.folder)
        let lock = try FileLock.acquire(location.lockFile, timeout: max(busyTimeout * 3, 15), sharing: sharing)
        defer { lock.release() }
        for companion in ["-wal", "-shm"] {
            try sharing.check(URL(fileURLWithPath: location.databaseFile.path + companion))
        }
        let created = try DataFolder.prepareDatabaseFile(location.databaseFile, sharing: sharing)
        let path = location.databaseFile.path
        let configuration = makeConfiguration(busyTimeout: busyTimeout)
        let migrator = ProgressSchema.migrator()
        do {
            try refuseNewerVersion(path: path, configuration: configuration, migrator: migrator)
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrator.migrate(pool)
            if created { DataFolder.makePrivate(databaseFile: location.databaseFile, sharing: sharing) }
            return ProgressDatabase(writer: pool, location: location, recordTypedAnswers: recordTypedAnswers, now: now)
        } catch {
            throw StoreError.from(error, file: path)
        }
    }

    /// A fresh database in memory, for tests.
    public static func inMemory(
        recordTypedAnswers: Bool = false, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> ProgressDatabase {
        do {
            let queue = try DatabaseQueue(configuration: makeConfiguration(busyTimeout: 5))
            try ProgressSchema.migrator().migrate(queue)
            return ProgressDatabase(writer: queue, location: nil, recordTypedAnswers: recordTypedAnswers, now: now)
        } catch {
            throw StoreError.from(error, file: ":memory:")
        }
    }

    static func makeConfiguration(busyTimeout: TimeInterval) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "taster.progress"
        configuration.prepareDatabase { db in
            try db.execute(sql: """
                PRAGMA secure_delete = ON;
                PRAGMA synchronous = NORMAL;
                PRAGMA journal_size_limit = 4194304;
                """)
        }
        return configuration
    }

    /// Reads the applied migration names on a plain connection that never writes, and refuses a
    /// file that has names this version does not know.
    static func refuseNewerVersion(
        path: String, configuration: Configuration, migrator: DatabaseMigrator
    ) throws {
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let (superseded, foreign) = try queue.read { db in
            (try migrator.hasBeenSuperseded(db), try isSomeoneElsesDatabase(db))
        }
        try queue.close()
        if superseded { throw StoreError.newerVersion(file: path) }
        // Another program's SQLite file named progress.sqlite is left alone, never given
        // taster's tables.
        if foreign { throw StoreError.corruptFile(file: path) }
    }

    /// Whether the file holds tables but is not taster's: it has no migration record, or lacks
    /// the learner table its first migration made.
    static func isSomeoneElsesDatabase(_ db: Database) throws -> Bool {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        guard !tables.isEmpty else { return false }
        return !tables.contains("grdb_migrations") || !tables.contains("learner")
    }

    // MARK: - Learners

    /// Creates a learner with a fresh random code and an optional nickname (cleaned).
    public func newLearner(nickname: String?) throws(StoreError) -> Learner {
        let time = now()
        let cleaned = Nickname.clean(nickname)
        return try write { db in
            var code = LearnerCode.generate()
            while try LearnerRow.filter(Column("code") == code.rawValue).fetchCount(db) > 0 {
                code = LearnerCode.generate()
            }
            var row = LearnerRow(id: nil, code: code.rawValue, nickname: cleaned, createdAt: time, lastActiveAt: time)
            try row.insert(db)
            return Learner(code: code, nickname: cleaned, createdAt: time, lastActiveAt: time)
        }
    }

    /// The learner with this code, or nil.
    public func learner(code: LearnerCode) throws(StoreError) -> Learner? {
        try read { db in try Self.learnerRow(db, code)?.learner }
    }

    /// Changes or removes the learner's nickname (cleaned).
    public func setNickname(code: LearnerCode, nickname: String?) throws(StoreError) {
        let cleaned = Nickname.clean(nickname)
        try updateLearner(code) { db, learnerID, _ in
            try db.cachedStatement(sql: "UPDATE learner SET nickname = ? WHERE id = ?")
                .execute(arguments: [cleaned, learnerID])
        }
    }

    /// Marks the learner active now.
    public func touch(code: LearnerCode) throws(StoreError) {
        try updateLearner(code) { _, _, _ in }
    }

    /// Keeps the language the learner chose (nil forgets it).
    public func setPreferredLanguage(code: LearnerCode, language: String?) throws(StoreError) {
        try updateLearner(code) { db, learnerID, _ in
            try db.cachedStatement(sql: "UPDATE learner SET preferredLanguage = ? WHERE id = ?")
                .execute(arguments: [language, learnerID])
        }
    }

    /// The language the learner chose last, or nil.
    public func preferredLanguage(code: LearnerCode) throws(StoreError) -> String? {
        let row = try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT preferredLanguage FROM learner WHERE code = ?"), arguments: [code.rawValue])
        }
        guard let row else { throw .unknownLearner(code: code.rawValue) }
        return row["preferredLanguage"]
    }

    // MARK: - Lessons and steps
    //
    // These run once per step, so they use cached SQL statements rather than records: building
    // queries and encoding records through Codable for each step cost several times more than
    // the SQLite work itself. Each is one transaction, with an upsert on lessonProgress.

    /// Records that the learner opened a lesson at this content version.
    public func startLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        try updateLearner(code) { db, learnerID, stamp in
            try db.cachedStatement(sql: """
                INSERT INTO lessonProgress (learnerId, lessonID, contentVersion, startedAt, resumeStepIndex, lastActiveAt)
                VALUES (?, ?, ?, ?, 0, ?)
                ON CONFLICT (learnerId, lessonID) DO UPDATE
                SET contentVersion = excluded.contentVersion, lastActiveAt = excluded.lastActiveAt
                """).execute(arguments: [learnerID, lessonID, contentVersion, stamp, stamp])
        }
    }

    /// Stores one step event; typed answers are dropped unless ``recordsTypedAnswers``.
    public func recordStep(code: LearnerCode, lessonID: String, record: StepRecord) throws(StoreError) {
        let kept = record.keepingTypedAnswers(recordsTypedAnswers)
        try updateLearner(code) { db, learnerID, stamp in
            try Self.touchLesson(db, learnerID, lessonID, stamp)
            try Self.insertStep(db, learnerID, lessonID, kept, stamp)
        }
    }

    /// Stores one step event and sets the step to continue from in the same transaction, so a
    /// crash or a full disk leaves both or neither: never a finished step whose resume point
    /// still says to do it again.
    public func recordStep(code: LearnerCode, lessonID: String, record: StepRecord, resumeAt nextStepIndex: Int) throws(StoreError) {
        let kept = record.keepingTypedAnswers(recordsTypedAnswers)
        try updateLearner(code) { db, learnerID, stamp in
            try Self.touchLesson(db, learnerID, lessonID, stamp)
            try Self.insertStep(db, learnerID, lessonID, kept, stamp)
            try Self.upsertResumePoint(db, learnerID, lessonID, nextStepIndex, stamp)
        }
    }

    /// Sets the step to continue the lesson from.
    public func setResumePoint(code: LearnerCode, lessonID: String, stepIndex: Int) throws(StoreError) {
        try updateLearner(code) { db, learnerID, stamp in
            try Self.upsertResumePoint(db, learnerID, lessonID, stepIndex, stamp)
        }
    }

    /// Records that the learner finished the lesson at this content version; the resume point
    /// goes back to the first step for a later run through.
    public func completeLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        try updateLearner(code) { db, learnerID, stamp in
            try db.cachedStatement(sql: """
                INSERT INTO lessonProgress (learnerId, lessonID, contentVersion, startedAt, completedAt,
                                            completedContentVersion, resumeStepIndex, lastActiveAt)
                VALUES (?, ?, ?, ?, ?, ?, 0, ?)
                ON CONFLICT (learnerId, lessonID) DO UPDATE
                SET contentVersion = excluded.contentVersion, completedAt = excluded.completedAt,
                    completedContentVersion = excluded.completedContentVersion, resumeStepIndex = 0,
                    lastActiveAt = excluded.lastActiveAt
                """).execute(arguments: [learnerID, lessonID, contentVersion, stamp, stamp, contentVersion, stamp])
        }
    }

    // MARK: - Reading

    /// The learner's lessons, most recently active first.
    public func progress(code: LearnerCode) throws(StoreError) -> LearnerProgress {
        try read { db in
            let (row, learner) = try Self.requireLearner(db, code)
            let lessons = try LessonProgressRow.filter(Column("learnerId") == row.id!).fetchAll(db)
            return LearnerProgress(learner: learner, lessons: lessons.map(\.progress))
        }
    }

    /// What is stored about the learner, or nil.
    public func summary(code: LearnerCode) throws(StoreError) -> LearnerSummary? {
        try read { db in
            guard let row = try Self.learnerRow(db, code), let learner = row.learner else { return nil }
            let lessons = try LessonProgressRow.filter(Column("learnerId") == row.id!).fetchAll(db)
            let steps = try StepEventRow.filter(Column("learnerId") == row.id!).fetchAll(db)
            return LearnerSummary(
                learner: learner,
                lessonsStarted: lessons.count,
                lessonsCompleted: lessons.filter { $0.completedAt != nil }.count,
                stepsRecorded: steps.count,
                typedAnswersStored: steps.reduce(0) { $0 + $1.storedStep.step.typedAnswers.count })
        }
    }

    /// All of the learner's data as pretty JSON with sorted keys.
    public func export(code: LearnerCode) throws(StoreError) -> Data {
        let time = now()
        let document = try read { db in
            let (row, learner) = try Self.requireLearner(db, code)
            let lessons = try LessonProgressRow.filter(Column("learnerId") == row.id!).fetchAll(db)
            let steps = try StepEventRow.filter(Column("learnerId") == row.id!).order(Column("id")).fetchAll(db)
            return ProgressExport(
                exportedAt: time, learner: learner, lessons: lessons.map(\.progress), steps: steps.map(\.storedStep),
                sessions: try Self.joinedSessions(db, learnerID: row.id!),
                lessonEvents: try Self.lessonEvents(db, learnerID: row.id!),
                liveStatus: try Self.liveStatus(db, learnerID: row.id!),
                preferredLanguage: try String.fetchOne(db, sql: "SELECT preferredLanguage FROM learner WHERE id = ?", arguments: [row.id!]))
        }
        return try document.jsonData()
    }

    // MARK: - Privacy and retention

    /// Deletes every row about the learner in one transaction, then empties the WAL so that
    /// the pages that held them (zeroed in the file by `secure_delete`) do not linger there.
    /// While another terminal is reading, emptying the WAL can wait: see
    /// ``erasedDataLingers()``.
    public func forget(code: LearnerCode) throws(StoreError) -> Bool {
        let found = try write { db -> Bool in
            guard let row = try Self.learnerRow(db, code) else { return false }
            try Self.deleteEverything(db, learnerIDs: [row.id!])
            return true
        }
        if found { emptyWAL() }
        return found
    }

    /// Deletes (or lists, with `dryRun`) learners inactive for more than `days` days before `now`.
    public func purge(inactiveForDays days: Int, now: Date, dryRun: Bool) throws(StoreError) -> [PurgedLearner] {
        let cutoff = now.addingTimeInterval(-Double(max(0, days)) * 86_400)
        let purged = try write { db -> [PurgedLearner] in
            let rows = try LearnerRow
                .filter(Column("lastActiveAt") < StoredTime.value(cutoff))
                .order(Column("lastActiveAt"), Column("code"))
                .fetchAll(db)
            if !dryRun {
                try Self.deleteEverything(db, learnerIDs: rows.compactMap(\.id))
            }
            return rows.compactMap { row in
                row.learner.map { PurgedLearner(code: $0.code, nickname: $0.nickname, lastActiveAt: $0.lastActiveAt) }
            }
        }
        if !dryRun && !purged.isEmpty { emptyWAL() }
        return purged
    }

    /// SQLite's own consistency check: `["ok"]` when the file is sound.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// How many learners the file holds.
    public func learnerCount() throws(StoreError) -> Int {
        try read { db in try LearnerRow.fetchCount(db) }
    }

    /// Closes the file now rather than when the last reference goes; later calls fail.
    public func close() throws(StoreError) {
        do {
            try writer.close()
        } catch {
            throw StoreError.from(error, file: filePath)
        }
    }

    // MARK: - Helpers

    /// Runs `body` in one write transaction, translating errors.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError.from(error, file: filePath)
        }
    }

    /// Runs `body` in one read, translating errors.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.from(error, file: filePath)
        }
    }

    /// One transaction that finds the learner's row id, lets `change` write with it, and sets the
    /// learner's last-active time. The clock is read once and its stored form (`stamp`) is shared
    /// by every date the transaction writes.
    func updateLearner(
        _ code: LearnerCode, _ change: (Database, Int64, DatabaseValue) throws -> Void
    ) throws(StoreError) {
        let stamp = StoredTime.value(now())
        try write { db in
            guard let learnerID = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM learner WHERE code = ?"), arguments: [code.rawValue])
            else { throw StoreError.unknownLearner(code: code.rawValue) }
            try change(db, learnerID, stamp)
            try db.cachedStatement(sql: "UPDATE learner SET lastActiveAt = ? WHERE id = ?")
                .execute(arguments: [stamp, learnerID])
        }
    }

    /// Creates the lesson's progress at step 0 with an unknown content version if the learner
    /// has none yet, and marks it active.
    private static func touchLesson(_ db: Database, _ learnerID: Int64, _ lessonID: String, _ stamp: DatabaseValue) throws {
        try db.cachedStatement(sql: """
            INSERT INTO lessonProgress (learnerId, lessonID, contentVersion, startedAt, resumeStepIndex, lastActiveAt)
            VALUES (?, ?, '', ?, 0, ?)
            ON CONFLICT (learnerId, lessonID) DO UPDATE SET lastActiveAt = excluded.lastActiveAt
            """).execute(arguments: [learnerID, lessonID, stamp, stamp])
    }

    /// Inserts one step event row (typed answers already filtered).
    private static func insertStep(_ db: Database, _ learnerID: Int64, _ lessonID: String, _ kept: StepRecord, _ stamp: DatabaseValue) throws {
        try db.cachedStatement(sql: """
            INSERT INTO stepEvent (learnerId, lessonID, stepIndex, stepID, attempts, hintsUsed, skipped,
                                   secondsSpent, completed, typedAnswers, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                learnerID, lessonID, kept.stepIndex, kept.stepID, kept.attempts, kept.hintsUsed,
                kept.skipped, kept.secondsSpent, kept.completed, StepEventRow.storedForm(of: kept.typedAnswers), stamp,
            ])
    }

    /// Creates the lesson's progress with an unknown content version if the learner has none
    /// yet, and sets its resume point (never below the first step).
    private static func upsertResumePoint(_ db: Database, _ learnerID: Int64, _ lessonID: String, _ stepIndex: Int, _ stamp: DatabaseValue) throws {
        try db.cachedStatement(sql: """
            INSERT INTO lessonProgress (learnerId, lessonID, contentVersion, startedAt, resumeStepIndex, lastActiveAt)
            VALUES (?, ?, '', ?, ?, ?)
            ON CONFLICT (learnerId, lessonID) DO UPDATE
            SET resumeStepIndex = excluded.resumeStepIndex, lastActiveAt = excluded.lastActiveAt
            """).execute(arguments: [learnerID, lessonID, stamp, max(0, stepIndex), stamp])
    }

    static func learnerRow(_ db: Database, _ code: LearnerCode) throws -> LearnerRow? {
        try LearnerRow.filter(Column("code") == code.rawValue).fetchOne(db)
    }

    static func requireLearner(_ db: Database, _ code: LearnerCode) throws -> (LearnerRow, Learner) {
        guard let row = try learnerRow(db, code), let learner = row.learner else {
            throw StoreError.unknownLearner(code: code.rawValue)
        }
        return (row, learner)
    }

    /// Deletes the learners and every row that refers to them. Foreign keys would cascade, but
    /// deleting explicitly keeps forgetting complete even if a future table forgets its cascade.
    /// Their lesson events are first made anonymous (see ``keepAnonymousCounts(_:learnerIDs:)``),
    /// so that reports of past periods still add up.
    static func deleteEverything(_ db: Database, learnerIDs: [Int64]) throws {
        guard !learnerIDs.isEmpty else { return }
        try keepAnonymousCounts(db, learnerIDs: learnerIDs)
        for table in ["liveStatus", "lessonEvent", "sessionLearner"] {
            try db.execute(
                sql: "DELETE FROM \(table) WHERE learnerId IN (\(learnerIDs.map { _ in "?" }.joined(separator: ",")))",
                arguments: StatementArguments(learnerIDs))
        }
        try StepEventRow.filter(learnerIDs.contains(Column("learnerId"))).deleteAll(db)
        try LessonProgressRow.filter(learnerIDs.contains(Column("learnerId"))).deleteAll(db)
        try LearnerRow.filter(learnerIDs.contains(Column("id"))).deleteAll(db)
    }

    /// Keeps what past reports counted about these learners, with nothing that leads back to
    /// them: each gets a random number that links only their own anonymous rows (never the
    /// code, nickname or row id); the days they were active; one more forgotten learner in
    /// each session they joined; and their lesson events, cut to the day, under that number.
    private static func keepAnonymousCounts(_ db: Database, learnerIDs: [Int64]) throws {
        guard try db.tableExists("forgottenLearnerDay") else { return }
        func dayStart(_ column: String) -> String { "substr(\(column), 1, 10) || ' 00:00:00.000'" }
        for learnerID in learnerIDs {
            var forgottenID = Int64.random(in: 1...Int64.max)
            while try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM forgottenLearnerDay WHERE forgottenId = ?) OR EXISTS (SELECT 1 FROM lessonEvent WHERE forgottenId = ?)",
                                    arguments: [forgottenID, forgottenID]) == true {
                forgottenID = Int64.random(in: 1...Int64.max)
            }
            try db.execute(sql: """
                INSERT OR IGNORE INTO forgottenLearnerDay (forgottenId, day)
                SELECT ?1, \(dayStart("at")) FROM (
                    SELECT recordedAt AS at FROM lessonEvent WHERE learnerId = ?2
                    UNION SELECT recordedAt AS at FROM stepEvent WHERE learnerId = ?2
                    UNION SELECT joinedAt AS at FROM sessionLearner WHERE learnerId = ?2
                )
                """, arguments: [forgottenID, learnerID])
            try db.execute(sql: """
                UPDATE tasterSession SET forgottenLearners = forgottenLearners + 1
                WHERE id IN (SELECT sessionId FROM sessionLearner WHERE learnerId = ?)
                """, arguments: [learnerID])
            try db.execute(sql: """
                UPDATE lessonEvent SET learnerId = NULL, forgottenId = ?, recordedAt = \(dayStart("recordedAt"))
                WHERE learnerId = ?
                """, arguments: [forgottenID, learnerID])
        }
    }

    /// Whether what the last forget or purge erased may still be in the WAL, because another
    /// terminal has been reading the whole time; it tries once more to empty the WAL first.
    /// The WAL is emptied at the latest when the other terminals close the file.
    public func erasedDataLingers() -> Bool {
        guard isPersistent else { return false }
        // A pause first, so this try never follows the last one of a forget back to back and
        // holds other terminals up for two attempts at once.
        usleep(50_000)
        return !tryToEmptyWAL()
    }

    /// How long a forget or purge keeps trying to empty the WAL while another terminal reads.
    static let walEmptyingBudget: TimeInterval = 2
    /// How long one attempt may hold up other terminals' saving, in milliseconds.
    static let walEmptyingAttemptMilliseconds = 100

    /// Copies the WAL into the database and empties it, trying again with growing pauses for
    /// ``walEmptyingBudget`` while a reader pins it. Each attempt waits for others at most
    /// ``walEmptyingAttemptMilliseconds``, and the pauses between attempts let them save, so
    /// no terminal is held up for the 5 s busy timeout.
    func emptyWAL() {
        guard isPersistent else { return }
        let deadline = Date().addingTimeInterval(Self.walEmptyingBudget)
        var pause: useconds_t = 20_000
        while !tryToEmptyWAL() && Date() < deadline {
            usleep(pause)
            pause = min(pause * 2, 200_000)
        }
    }

    /// One TRUNCATE checkpoint with a short busy timeout; true when the WAL is empty after it.
    private func tryToEmptyWAL() -> Bool {
        do {
            return try writer.writeWithoutTransaction { db in
                let usual = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 5_000
                try db.execute(sql: "PRAGMA busy_timeout = \(Self.walEmptyingAttemptMilliseconds)")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(usual)") }
                try db.checkpoint(.truncate)
                return true
            }
        } catch {
            return false
        }
    }
}
