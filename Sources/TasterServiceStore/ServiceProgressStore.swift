import Foundation
import TasterStore

/// Learners and their progress on a library service's PostgreSQL server: the service backend
/// of ``ProgressStore``, opened for one branch.
///
/// Learners, their lessons and resume points belong to the whole service, so a learner can
/// carry on at any branch. Sessions, step events, lesson events and the live view carry this
/// store's branch; the session commands, the live board and the impact figures see this
/// branch only.
///
/// Discipline, as for the embedded store: every operation is one named write or read, one
/// transaction, with every value sent as a parameter (`$1`...), never spliced into the SQL. One
/// connection, used by one caller at a time (a lock guards it); a connection that broke is
/// replaced at the next operation, and an operation whose `BEGIN` found it broken is tried once
/// more on a new one, since nothing of it had reached the server.
public final class ServiceProgressStore: ProgressRecording, @unchecked Sendable {
    /// True: progress is on the server.
    public var isPersistent: Bool { true }
    /// Nil: this store is what it was opened as.
    public var unsavedReason: StoreError? { nil }
    /// Whether typed free-text answers are kept.
    public let recordsTypedAnswers: Bool
    /// The server.
    public let address: PostgresAddress
    /// This terminal's branch.
    public let branch: String

    /// The clock used for every date stored.
    let now: @Sendable () -> Date
    /// Guards ``connection``.
    private let lock = NSLock()
    /// The open connection, nil after it broke or the store was closed.
    private var connection: PostgresConnection?
    /// How long a connection attempt may take, in seconds.
    private let connectTimeout: Int

    init(address: PostgresAddress, branch: String, connection: PostgresConnection, recordTypedAnswers: Bool,
         connectTimeout: Int, now: @escaping @Sendable () -> Date) {
        self.address = address
        self.branch = branch
        self.connection = connection
        self.recordsTypedAnswers = recordTypedAnswers
        self.connectTimeout = connectTimeout
        self.now = now
    }

    /// Connects to `address`, brings the schema up to date (under the migrator's advisory lock,
    /// so terminals starting together on a new database do not race) and opens the store for
    /// `branch`. A database set up by a newer taster is refused untouched.
    public static func open(
        _ address: PostgresAddress, branch: String, recordTypedAnswers: Bool = false, connectTimeout: Int = 5,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> ServiceProgressStore {
        let connection = try connect(address, timeout: connectTimeout)
        do {
            try ServiceSchema.migrator.migrate(connection)
        } catch {
            switch error {
            case .databaseIsNewer: throw .serverNewerSchema(address: address.description)
            case .notAllowedToUpdate: throw .serverSchemaBehind(address: address.description)
            case .server(let problem): throw storeError(problem, address: address)
            }
        }
        return ServiceProgressStore(
            address: address, branch: branch, connection: connection, recordTypedAnswers: recordTypedAnswers,
            connectTimeout: connectTimeout, now: now)
    }

    /// Connects, translating libpq's failures.
    static func connect(_ address: PostgresAddress, timeout: Int) throws(StoreError) -> PostgresConnection {
        do {
            return try PostgresConnection(address: address, connectTimeoutSeconds: timeout)
        } catch {
            throw storeError(error, address: address)
        }
    }

    /// A connection problem or failed statement as the store's error, the address without any password.
    public static func storeError(_ error: PostgresError, address: PostgresAddress) -> StoreError {
        let shown = address.description
        switch error {
        case .clientMissing(let detail):
            return .serverFailed(address: shown, detail: "libpq, PostgreSQL's client library (Debian's libpq5), could not be loaded: \(detail)")
        case .addressNotUnderstood(let detail): return .serverFailed(address: shown, detail: detail)
        case .passwordInAddress(let redacted): return .serverRefusedLogIn(address: redacted)
        case .unreachable(_, let detail): return .serverUnreachable(address: shown, detail: firstLine(detail))
        case .authenticationFailed: return .serverRefusedLogIn(address: shown)
        case .serverTooOld(_, let version, let needed): return .serverTooOld(address: shown, version: version, needed: needed)
        case .connectionLost(let detail): return .serverUnreachable(address: shown, detail: firstLine(detail))
        case .statementFailed(PostgresError.insufficientPrivilege, _):
            return .serverNotAllowed(address: shown)
        case .statementFailed(let sqlState, let detail):
            return .serverFailed(address: shown, detail: "SQLSTATE \(sqlState): \(firstLine(detail))")
        }
    }

    /// libpq's first line: the reason, without the statement's position or context.
    private static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n", omittingEmptySubsequences: true).first ?? Substring(text))
    }

    // MARK: - Transactions

    /// One transaction's view of the connection: statements with parameters.
    struct Transaction {
        let connection: PostgresConnection

        /// Runs `sql` with `parameters` as `$1`, `$2`..., and returns its rows.
        @discardableResult
        func rows(_ sql: String, _ parameters: [(any PostgresValue)?] = []) throws(PostgresError) -> [PostgresRecord] {
            try connection.execute(sql, parameters.map { $0?.postgresText }).records
        }

        /// The first row, if any.
        func row(_ sql: String, _ parameters: [(any PostgresValue)?] = []) throws(PostgresError) -> PostgresRecord? {
            try rows(sql, parameters).first
        }

        /// The first row's first value as an integer (0 when there is none).
        func count(_ sql: String, _ parameters: [(any PostgresValue)?] = []) throws(PostgresError) -> Int {
            try connection.execute(sql, parameters.map { $0?.postgresText }).single.flatMap { Int($0) } ?? 0
        }
    }

    /// Runs `body` as the one transaction of the operation `name`: committed when it returns,
    /// rolled back when it throws. Errors that are not the server's (a ``SessionError``, an
    /// unknown learner) pass through as they are.
    func transaction<T>(_ name: String, readOnly: Bool = false, _ body: (Transaction) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        var attempt = 0
        while true {
            attempt += 1
            let connection: PostgresConnection
            if let open = self.connection {
                connection = open
            } else {
                connection = try Self.connect(address, timeout: connectTimeout)
                self.connection = connection
            }
            do {
                // Repeatable read for reading: a live board or a report is one consistent
                // snapshot, however many statements it takes.
                try connection.execute(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN")
            } catch {
                self.connection = nil
                if case .connectionLost = error, attempt == 1 { continue }
                throw Self.storeError(error, address: address)
            }
            do {
                let result = try body(Transaction(connection: connection))
                try connection.execute("COMMIT")
                return result
            } catch let error as PostgresError {
                if case .connectionLost = error { self.connection = nil } else { _ = try? connection.execute("ROLLBACK") }
                throw Self.storeError(error, address: address)
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// A write named `name`, in one transaction, with errors as ``StoreError``.
    func write<T>(_ name: String, _ body: (Transaction) throws -> T) throws(StoreError) -> T {
        do {
            return try transaction(name, body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .serverFailed(address: address.description, detail: "\(name): \(error)")
        }
    }

    /// A read named `name`, in one read-only transaction, with errors as ``StoreError``.
    func read<T>(_ name: String, _ body: (Transaction) throws -> T) throws(StoreError) -> T {
        do {
            return try transaction(name, readOnly: true, body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .serverFailed(address: address.description, detail: "\(name): \(error)")
        }
    }

    /// One write that finds the learner, marks them active now and lets `change` write with
    /// their row id. The clock is read once and shared by every date the transaction writes.
    func updateLearner(_ name: String, _ code: LearnerCode, _ change: (Transaction, Int64, Date) throws -> Void) throws(StoreError) {
        let stamp = now()
        try write(name) { transaction in
            guard let learnerID = try transaction.row(
                "UPDATE learner SET last_active_at = to_timestamp($2) WHERE code = $1 RETURNING id", [code.rawValue, stamp])?.id("id")
            else { throw StoreError.unknownLearner(code: code.rawValue) }
            try change(transaction, learnerID, stamp)
        }
    }

    // MARK: - Learners

    /// The columns of a learner, times as seconds since 1970.
    static let learnerColumns = """
        id, code, nickname, extract(epoch FROM created_at) AS created_at, extract(epoch FROM last_active_at) AS last_active_at
        """

    /// A learner from a row of ``learnerColumns``; nil if the code no longer parses (a bug).
    static func learner(from row: PostgresRecord) -> Learner? {
        guard let code = row.text("code").flatMap(LearnerCode.init), let created = row.date("created_at"),
              let active = row.date("last_active_at") else { return nil }
        return Learner(code: code, nickname: row.text("nickname"), createdAt: created, lastActiveAt: active)
    }

    /// The learner's row id and value, or nil.
    static func learnerRow(_ transaction: Transaction, _ code: LearnerCode) throws -> (id: Int64, learner: Learner)? {
        guard let row = try transaction.row("SELECT \(learnerColumns) FROM learner WHERE code = $1", [code.rawValue]),
              let learner = learner(from: row) else { return nil }
        return (row.id("id"), learner)
    }

    /// The learner's row id and value, or ``StoreError/unknownLearner(code:)``.
    static func requireLearner(_ transaction: Transaction, _ code: LearnerCode) throws -> (id: Int64, learner: Learner) {
        guard let found = try learnerRow(transaction, code) else { throw StoreError.unknownLearner(code: code.rawValue) }
        return found
    }

    /// Creates a learner with a fresh random code and an optional nickname (cleaned).
    public func newLearner(nickname: String?) throws(StoreError) -> Learner {
        let time = now()
        let cleaned = Nickname.clean(nickname)
        return try write("new learner") { transaction in
            while true {
                let code = LearnerCode.generate()
                let inserted = try transaction.row("""
                    INSERT INTO learner (code, nickname, created_at, last_active_at) VALUES ($1, $2, to_timestamp($3), to_timestamp($3))
                    ON CONFLICT (code) DO NOTHING RETURNING id
                    """, [code.rawValue, cleaned, time])
                if inserted != nil { return Learner(code: code, nickname: cleaned, createdAt: time, lastActiveAt: time) }
            }
        }
    }

    /// The learner with this code, or nil.
    public func learner(code: LearnerCode) throws(StoreError) -> Learner? {
        try read("learner") { transaction in try Self.learnerRow(transaction, code)?.learner }
    }

    /// Changes or removes the learner's nickname (cleaned).
    public func setNickname(code: LearnerCode, nickname: String?) throws(StoreError) {
        let cleaned = Nickname.clean(nickname)
        try updateLearner("set nickname", code) { transaction, learnerID, _ in
            try transaction.rows("UPDATE learner SET nickname = $2 WHERE id = $1", [learnerID, cleaned])
        }
    }

    /// Marks the learner active now.
    public func touch(code: LearnerCode) throws(StoreError) {
        try updateLearner("touch", code) { _, _, _ in }
    }

    /// Keeps the language the learner chose (nil forgets it).
    public func setPreferredLanguage(code: LearnerCode, language: String?) throws(StoreError) {
        try updateLearner("set preferred language", code) { transaction, learnerID, _ in
            try transaction.rows("UPDATE learner SET preferred_language = $2 WHERE id = $1", [learnerID, language])
        }
    }

    /// The language the learner chose last, or nil.
    public func preferredLanguage(code: LearnerCode) throws(StoreError) -> String? {
        try read("preferred language") { transaction in
            guard let row = try transaction.row("SELECT preferred_language FROM learner WHERE code = $1", [code.rawValue]) else {
                throw StoreError.unknownLearner(code: code.rawValue)
            }
            return row.text("preferred_language")
        }
    }

    // MARK: - Lessons and steps

    /// Records that the learner opened a lesson at this content version.
    public func startLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        try updateLearner("start lesson", code) { transaction, learnerID, stamp in
            try transaction.rows("""
                INSERT INTO lesson_progress (learner_id, lesson_id, content_version, started_at, resume_step_index, last_active_at)
                VALUES ($1, $2, $3, to_timestamp($4), 0, to_timestamp($4))
                ON CONFLICT (learner_id, lesson_id) DO UPDATE
                SET content_version = excluded.content_version, last_active_at = excluded.last_active_at
                """, [learnerID, lessonID, contentVersion, stamp])
        }
    }

    /// Stores one step event at this branch; typed answers are dropped unless ``recordsTypedAnswers``.
    public func recordStep(code: LearnerCode, lessonID: String, record: StepRecord) throws(StoreError) {
        let kept = recordsTypedAnswers ? record : Self.withoutTypedAnswers(record)
        try updateLearner("record step", code) { transaction, learnerID, stamp in
            try Self.touchLesson(transaction, learnerID, lessonID, stamp)
            try insertStep(transaction, learnerID, lessonID, kept, stamp)
        }
    }

    /// Stores one step event and sets the step to continue from, in one transaction.
    public func recordStep(code: LearnerCode, lessonID: String, record: StepRecord, resumeAt nextStepIndex: Int) throws(StoreError) {
        let kept = recordsTypedAnswers ? record : Self.withoutTypedAnswers(record)
        try updateLearner("record step and resume point", code) { transaction, learnerID, stamp in
            try Self.touchLesson(transaction, learnerID, lessonID, stamp)
            try insertStep(transaction, learnerID, lessonID, kept, stamp)
            try Self.upsertResumePoint(transaction, learnerID, lessonID, nextStepIndex, stamp)
        }
    }

    /// Sets the step to continue the lesson from.
    public func setResumePoint(code: LearnerCode, lessonID: String, stepIndex: Int) throws(StoreError) {
        try updateLearner("set resume point", code) { transaction, learnerID, stamp in
            try Self.upsertResumePoint(transaction, learnerID, lessonID, stepIndex, stamp)
        }
    }

    /// Records that the learner finished the lesson; the resume point goes back to the first step.
    public func completeLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        try updateLearner("complete lesson", code) { transaction, learnerID, stamp in
            try Self.markCompleted(transaction, learnerID, lessonID, contentVersion, stamp)
        }
    }

    /// Marks the lesson completed at this content version, with the resume point back at the
    /// first step, creating its progress if the learner has none (an outbox may send this first).
    static func markCompleted(_ transaction: Transaction, _ learnerID: Int64, _ lessonID: String, _ contentVersion: String, _ stamp: Date) throws {
        try transaction.rows("""
            INSERT INTO lesson_progress (learner_id, lesson_id, content_version, started_at, completed_at,
                                         completed_content_version, resume_step_index, last_active_at)
            VALUES ($1, $2, $3, to_timestamp($4), to_timestamp($4), $3, 0, to_timestamp($4))
            ON CONFLICT (learner_id, lesson_id) DO UPDATE
            SET content_version = excluded.content_version, completed_at = excluded.completed_at,
                completed_content_version = excluded.completed_content_version, resume_step_index = 0,
                last_active_at = excluded.last_active_at
            """, [learnerID, lessonID, contentVersion, stamp])
    }

    /// The record with its typed answers removed.
    static func withoutTypedAnswers(_ record: StepRecord) -> StepRecord {
        var copy = record
        copy.typedAnswers = []
        return copy
    }

    /// Creates the lesson's progress at step 0 with an unknown content version if the learner
    /// has none yet, and marks it active.
    static func touchLesson(_ transaction: Transaction, _ learnerID: Int64, _ lessonID: String, _ stamp: Date) throws {
        try transaction.rows("""
            INSERT INTO lesson_progress (learner_id, lesson_id, content_version, started_at, resume_step_index, last_active_at)
            VALUES ($1, $2, '', to_timestamp($3), 0, to_timestamp($3))
            ON CONFLICT (learner_id, lesson_id) DO UPDATE SET last_active_at = excluded.last_active_at
            """, [learnerID, lessonID, stamp])
    }

    /// Inserts one step event row at this branch (typed answers already filtered).
    func insertStep(_ transaction: Transaction, _ learnerID: Int64, _ lessonID: String, _ kept: StepRecord, _ stamp: Date) throws {
        try transaction.rows("""
            INSERT INTO step_event (learner_id, branch, lesson_id, step_index, step_id, attempts, hints_used, skipped,
                                    seconds_spent, completed, typed_answers, recorded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, to_timestamp($12))
            """, [
                learnerID, branch, lessonID, kept.stepIndex, kept.stepID, kept.attempts, kept.hintsUsed, kept.skipped,
                kept.secondsSpent, kept.completed, Self.storedForm(of: kept.typedAnswers), stamp,
            ])
    }

    /// Creates the lesson's progress if needed and sets its resume point (never below the first step).
    static func upsertResumePoint(_ transaction: Transaction, _ learnerID: Int64, _ lessonID: String, _ stepIndex: Int, _ stamp: Date) throws {
        try transaction.rows("""
            INSERT INTO lesson_progress (learner_id, lesson_id, content_version, started_at, resume_step_index, last_active_at)
            VALUES ($1, $2, '', to_timestamp($3), $4, to_timestamp($3))
            ON CONFLICT (learner_id, lesson_id) DO UPDATE
            SET resume_step_index = excluded.resume_step_index, last_active_at = excluded.last_active_at
            """, [learnerID, lessonID, stamp, max(0, stepIndex)])
    }

    /// Typed answers as stored: NULL when there are none, else a JSON array of strings (as the
    /// embedded store keeps them).
    static func storedForm(of typedAnswers: [String]) -> String? {
        guard !typedAnswers.isEmpty, let data = try? JSONEncoder().encode(typedAnswers) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - Reading

    /// The columns of a lesson's progress, times as seconds since 1970.
    static let lessonColumns = """
        lesson_id, content_version, extract(epoch FROM started_at) AS started_at, extract(epoch FROM completed_at) AS completed_at,
        completed_content_version, resume_step_index, extract(epoch FROM last_active_at) AS last_active_at
        """

    /// The learner's lessons.
    static func lessons(_ transaction: Transaction, learnerID: Int64) throws -> [LessonProgress] {
        try transaction.rows("SELECT \(lessonColumns) FROM lesson_progress WHERE learner_id = $1", [learnerID]).compactMap { row in
            guard let lessonID = row.text("lesson_id"), let started = row.date("started_at"), let active = row.date("last_active_at")
            else { return nil }
            return LessonProgress(
                lessonID: lessonID, contentVersion: row.text("content_version") ?? "", startedAt: started,
                completedAt: row.date("completed_at"), completedContentVersion: row.text("completed_content_version"),
                resumeStepIndex: row.int("resume_step_index"), lastActiveAt: active)
        }
    }

    /// The learner's lessons, most recently active first.
    public func progress(code: LearnerCode) throws(StoreError) -> LearnerProgress {
        try read("progress") { transaction in
            let (learnerID, learner) = try Self.requireLearner(transaction, code)
            return LearnerProgress(learner: learner, lessons: try Self.lessons(transaction, learnerID: learnerID))
        }
    }

    /// What is stored about the learner, or nil.
    public func summary(code: LearnerCode) throws(StoreError) -> LearnerSummary? {
        try read("summary") { transaction in
            guard let (learnerID, learner) = try Self.learnerRow(transaction, code) else { return nil }
            let lessons = try Self.lessons(transaction, learnerID: learnerID)
            let steps = try transaction.row("""
                SELECT count(*) AS steps, coalesce(sum(json_array_length(typed_answers::json)), 0) AS answers
                FROM step_event WHERE learner_id = $1
                """, [learnerID])
            return LearnerSummary(
                learner: learner, lessonsStarted: lessons.count, lessonsCompleted: lessons.filter(\.isCompleted).count,
                stepsRecorded: steps?.int("steps") ?? 0, typedAnswersStored: steps?.int("answers") ?? 0)
        }
    }

    /// All of the learner's data as pretty JSON with sorted keys.
    public func export(code: LearnerCode) throws(StoreError) -> Data {
        let time = now()
        let document = try read("export") { transaction in
            let (learnerID, learner) = try Self.requireLearner(transaction, code)
            let steps = try transaction.rows("""
                SELECT lesson_id, step_index, step_id, attempts, hints_used, skipped, seconds_spent, completed, typed_answers,
                       extract(epoch FROM recorded_at) AS recorded_at
                FROM step_event WHERE learner_id = $1 ORDER BY id
                """, [learnerID]).compactMap(Self.storedStep(from:))
            return ProgressExport(
                exportedAt: time, learner: learner, lessons: try Self.lessons(transaction, learnerID: learnerID), steps: steps,
                sessions: try Self.joinedSessions(transaction, learnerID: learnerID),
                lessonEvents: try Self.lessonEvents(transaction, learnerID: learnerID),
                liveStatus: try Self.liveStatus(transaction, learnerID: learnerID),
                preferredLanguage: try transaction.row("SELECT preferred_language FROM learner WHERE id = $1", [learnerID])?.text("preferred_language"))
        }
        return try document.jsonData()
    }

    /// A stored step from a `step_event` row.
    static func storedStep(from row: PostgresRecord) -> StoredStep? {
        guard let lessonID = row.text("lesson_id"), let recorded = row.date("recorded_at") else { return nil }
        let answers = row.text("typed_answers").flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        let record = StepRecord(
            stepIndex: row.int("step_index"), stepID: row.text("step_id"), attempts: row.int("attempts"),
            hintsUsed: row.int("hints_used"), skipped: row.bool("skipped"), secondsSpent: row.int("seconds_spent"),
            completed: row.bool("completed"), typedAnswers: answers)
        return StoredStep(lessonID: lessonID, recordedAt: recorded, step: record)
    }

    // MARK: - Privacy and retention

    /// Deletes every row about the learner in one transaction; false if there was no such learner.
    public func forget(code: LearnerCode) throws(StoreError) -> Bool {
        try write("forget") { transaction in
            guard let (learnerID, _) = try Self.learnerRow(transaction, code) else { return false }
            try Self.deleteEverything(transaction, learnerIDs: [learnerID])
            return true
        }
    }

    /// Deletes (or lists, with `dryRun`) learners inactive for more than `days` days before `now`.
    public func purge(inactiveForDays days: Int, now: Date, dryRun: Bool) throws(StoreError) -> [PurgedLearner] {
        let cutoff = now.addingTimeInterval(-Double(max(0, days)) * 86_400)
        return try write(dryRun ? "purge dry run" : "purge") { transaction in
            let rows = try transaction.rows(
                "SELECT \(Self.learnerColumns) FROM learner WHERE last_active_at < to_timestamp($1) ORDER BY last_active_at, code",
                [cutoff])
            if !dryRun { try Self.deleteEverything(transaction, learnerIDs: rows.map { $0.id("id") }) }
            return rows.compactMap(Self.learner(from:)).map {
                PurgedLearner(code: $0.code, nickname: $0.nickname, lastActiveAt: $0.lastActiveAt)
            }
        }
    }

    /// False: once a forget or purge commits, no terminal can read the rows again. (PostgreSQL
    /// reuses the space of deleted rows after its autovacuum; `docs/deployment.md` says so.)
    public func erasedDataLingers() -> Bool { false }

    /// Deletes the learners and every row that refers to them, after keeping what past reports
    /// counted as anonymous rows (see ``keepAnonymousCounts(_:learnerID:)``).
    static func deleteEverything(_ transaction: Transaction, learnerIDs: [Int64]) throws {
        guard !learnerIDs.isEmpty else { return }
        for learnerID in learnerIDs { try keepAnonymousCounts(transaction, learnerID: learnerID) }
        let ids = PostgresIDList(ids: learnerIDs)
        try transaction.rows("DELETE FROM live_status WHERE learner_id = ANY($1::bigint[])", [ids])
        try transaction.rows("DELETE FROM lesson_event WHERE learner_id = ANY($1::bigint[])", [ids])
        try transaction.rows("DELETE FROM session_learner WHERE learner_id = ANY($1::bigint[])", [ids])
        try transaction.rows("DELETE FROM step_event WHERE learner_id = ANY($1::bigint[])", [ids])
        try transaction.rows("DELETE FROM lesson_progress WHERE learner_id = ANY($1::bigint[])", [ids])
        try transaction.rows("DELETE FROM learner WHERE id = ANY($1::bigint[])", [ids])
    }

    /// Keeps what past reports counted about a learner, with nothing that leads back to them: a
    /// random number that links only their own anonymous rows; the days (UTC) they were active
    /// at each branch; one more forgotten learner in each session they joined; and their lesson
    /// events, cut to the day, under that number.
    static func keepAnonymousCounts(_ transaction: Transaction, learnerID: Int64) throws {
        var forgottenID = Int64.random(in: 1...Int64.max)
        while try transaction.row("""
            SELECT 1 FROM forgotten_learner_day WHERE forgotten_id = $1
            UNION ALL SELECT 1 FROM lesson_event WHERE forgotten_id = $1 LIMIT 1
            """, [forgottenID]) != nil {
            forgottenID = Int64.random(in: 1...Int64.max)
        }
        try transaction.rows("""
            INSERT INTO forgotten_learner_day (forgotten_id, branch, day)
            SELECT DISTINCT $1::bigint, branch, date_trunc('day', at, 'UTC') FROM (
                SELECT branch, recorded_at AS at FROM lesson_event WHERE learner_id = $2
                UNION ALL SELECT branch, recorded_at FROM step_event WHERE learner_id = $2
                UNION ALL SELECT s.branch, j.joined_at FROM session_learner j JOIN taster_session s ON s.id = j.session_id
                    WHERE j.learner_id = $2
            ) AS active
            ON CONFLICT DO NOTHING
            """, [forgottenID, learnerID])
        try transaction.rows("""
            UPDATE taster_session SET forgotten_learners = forgotten_learners + 1
            WHERE id IN (SELECT session_id FROM session_learner WHERE learner_id = $1)
            """, [learnerID])
        try transaction.rows("""
            UPDATE lesson_event SET learner_id = NULL, forgotten_id = $1, recorded_at = date_trunc('day', recorded_at, 'UTC')
            WHERE learner_id = $2
            """, [forgottenID, learnerID])
    }

    /// Lets go of the connection now; a later operation connects again.
    public func close() throws(StoreError) {
        lock.withLock { connection = nil }
    }
}
