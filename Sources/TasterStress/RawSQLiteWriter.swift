import Foundation
import GRDBSQLite

/// The baseline for benchmarks: the same rows and the same settings as the progress store
/// (WAL, `synchronous = NORMAL`, `secure_delete = ON`, 5 s busy timeout), written straight
/// through the SQLite C API with prepared statements and no Swift layers on top.
final class RawSQLiteWriter {
    private var connection: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    /// Opens or creates `path` and makes the tables if they are missing. Like the store, it holds
    /// an exclusive `flock` on `progress.lock` beside the file meanwhile: switching a fresh file
    /// to WAL from several processes at once otherwise fails with "database is locked", because
    /// SQLite does not wait (busy timeout) where waiting could deadlock.
    init(path: String) throws(RawSQLiteError) {
        let lockPath = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("progress.lock").path
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0, flock(lock, LOCK_EX) == 0 else {
            throw RawSQLiteError(message: "cannot lock \(lockPath): \(String(cString: strerror(errno)))")
        }
        defer {
            flock(lock, LOCK_UN)
            close(lock)
        }
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &connection, flags, nil) == SQLITE_OK else {
            throw RawSQLiteError(message: "open failed: \(lastMessage)")
        }
        sqlite3_busy_timeout(connection, 5_000)
        try execute("PRAGMA journal_mode = WAL")
        try execute("PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON")
        try execute("BEGIN IMMEDIATE")
        try execute("""
            CREATE TABLE IF NOT EXISTS learner (
                id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL UNIQUE, nickname TEXT,
                createdAt DATETIME NOT NULL, lastActiveAt DATETIME NOT NULL);
            CREATE TABLE IF NOT EXISTS lessonProgress (
                learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE, lessonID TEXT NOT NULL,
                contentVersion TEXT NOT NULL, startedAt DATETIME NOT NULL, completedAt DATETIME,
                completedContentVersion TEXT, resumeStepIndex INTEGER NOT NULL DEFAULT 0,
                lastActiveAt DATETIME NOT NULL, PRIMARY KEY (learnerId, lessonID));
            CREATE TABLE IF NOT EXISTS stepEvent (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE, lessonID TEXT NOT NULL,
                stepIndex INTEGER NOT NULL, stepID TEXT, attempts INTEGER NOT NULL, hintsUsed INTEGER NOT NULL,
                skipped BOOLEAN NOT NULL, secondsSpent INTEGER NOT NULL, completed BOOLEAN NOT NULL,
                typedAnswers TEXT, recordedAt DATETIME NOT NULL);
            CREATE INDEX IF NOT EXISTS stepEvent_on_learnerId_lessonID ON stepEvent(learnerId, lessonID);
            COMMIT
            """)
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(connection)
    }

    /// Adds a learner and a started lesson; returns nothing, the code identifies them.
    func addLearner(code: String, lessonID: String) throws(RawSQLiteError) {
        try transaction { () throws(RawSQLiteError) in
            try run("INSERT INTO learner (code, createdAt, lastActiveAt) VALUES (?, \(Self.nowSQL), \(Self.nowSQL))", [code])
            try run("""
                INSERT INTO lessonProgress (learnerId, lessonID, contentVersion, startedAt, lastActiveAt)
                VALUES ((SELECT id FROM learner WHERE code = ?), ?, '1', \(Self.nowSQL), \(Self.nowSQL))
                """, [code, lessonID])
        }
    }

    /// One step event, with the same statements the store runs for `recordStep`: find the
    /// learner, find the lesson, touch the lesson, insert the event, touch the learner.
    func recordStep(code: String, lessonID: String, stepIndex: Int) throws(RawSQLiteError) {
        try transaction { () throws(RawSQLiteError) in
            let learnerID = try queryInt("SELECT id FROM learner WHERE code = ?", [code])
            _ = try queryInt("SELECT resumeStepIndex FROM lessonProgress WHERE learnerId = ? AND lessonID = ?", [learnerID, lessonID])
            try run("UPDATE lessonProgress SET lastActiveAt = \(Self.nowSQL) WHERE learnerId = ? AND lessonID = ?", [learnerID, lessonID])
            try run("""
                INSERT INTO stepEvent (learnerId, lessonID, stepIndex, stepID, attempts, hintsUsed, skipped,
                    secondsSpent, completed, typedAnswers, recordedAt)
                VALUES (?, ?, ?, NULL, 1, 0, 0, 3, 1, NULL, \(Self.nowSQL))
                """, [learnerID, lessonID, stepIndex])
            try run("UPDATE learner SET lastActiveAt = \(Self.nowSQL) WHERE id = ?", [learnerID])
        }
    }

    /// How many step events the learner has.
    func stepCount(code: String) throws(RawSQLiteError) -> Int {
        try queryInt("SELECT COUNT(*) FROM stepEvent WHERE learnerId = (SELECT id FROM learner WHERE code = ?)", [code])
    }

    private static let nowSQL = "strftime('%Y-%m-%d %H:%M:%f', 'now')"

    private var lastMessage: String { String(cString: sqlite3_errmsg(connection)) }

    private func transaction(_ body: () throws(RawSQLiteError) -> Void) throws(RawSQLiteError) {
        try execute("BEGIN IMMEDIATE")
        do {
            try body()
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    private func execute(_ sql: String) throws(RawSQLiteError) {
        guard sqlite3_exec(connection, sql, nil, nil, nil) == SQLITE_OK else {
            throw RawSQLiteError(message: lastMessage)
        }
    }

    private func prepared(_ sql: String, _ values: [Any]) throws(RawSQLiteError) -> OpaquePointer {
        let statement: OpaquePointer
        if let cached = statements[sql] {
            statement = cached
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        } else {
            var fresh: OpaquePointer?
            guard sqlite3_prepare_v2(connection, sql, -1, &fresh, nil) == SQLITE_OK, let fresh else {
                throw RawSQLiteError(message: lastMessage)
            }
            statements[sql] = fresh
            statement = fresh
        }
        for (offset, value) in values.enumerated() {
            let position = Int32(offset + 1)
            switch value {
            case let number as Int: sqlite3_bind_int64(statement, position, Int64(number))
            case let text as String: sqlite3_bind_text(statement, position, text, -1, Self.transient)
            default: throw RawSQLiteError(message: "cannot bind \(value)")
            }
        }
        return statement
    }

    private func run(_ sql: String, _ values: [Any]) throws(RawSQLiteError) {
        let statement = try prepared(sql, values)
        guard sqlite3_step(statement) == SQLITE_DONE else { throw RawSQLiteError(message: lastMessage) }
    }

    private func queryInt(_ sql: String, _ values: [Any]) throws(RawSQLiteError) -> Int {
        let statement = try prepared(sql, values)
        guard sqlite3_step(statement) == SQLITE_ROW else { throw RawSQLiteError(message: "no row: \(lastMessage)") }
        let value = Int(sqlite3_column_int64(statement, 0))
        sqlite3_reset(statement)
        return value
    }

    /// SQLite's SQLITE_TRANSIENT: copy bound text immediately.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
