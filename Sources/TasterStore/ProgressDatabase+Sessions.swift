import Foundation
import GRDB

/// Taster sessions: starting and ending them, listing them, and counting learners' activity in
/// the one that is open.
extension ProgressDatabase: VolunteerSessions {
    /// The longest session name accepted.
    public static let sessionNameLimit = TasterSession.nameLimit

    /// Opens a session named `name` (trimmed, cleaned like a nickname). Only one can be open:
    /// starting another while one is open fails with ``SessionError/alreadyOpen(name:startedAt:)``.
    public func startSession(named name: String) throws(SessionError) -> TasterSession {
        let cleaned = Self.cleanSessionName(name)
        guard !cleaned.isEmpty else { throw .emptyName }
        guard cleaned.count <= Self.sessionNameLimit else { throw .nameTooLong(name: cleaned, limit: Self.sessionNameLimit) }
        let time = now()
        do {
            return try writer.write { db -> TasterSession in
                if let open = try Self.openSession(db) {
                    throw SessionError.alreadyOpen(name: open.name, startedAt: open.startedAt)
                }
                try db.execute(sql: "INSERT INTO tasterSession (name, startedAt) VALUES (?, ?)", arguments: [cleaned, StoredTime.value(time)])
                return TasterSession(id: db.lastInsertedRowID, name: cleaned, startedAt: time)
            }
        } catch let error as SessionError {
            throw error
        } catch {
            throw .store(StoreError.from(error, file: filePath))
        }
    }

    /// Closes the open session and returns its report; ``SessionError/noneOpen`` if none is open.
    /// Learners still at a terminal are left in the live view, no longer counted in a session.
    public func endSession() throws(SessionError) -> SessionReport {
        let time = now()
        do {
            return try writer.write { db -> SessionReport in
                guard var open = try Self.openSession(db) else { throw SessionError.noneOpen }
                try db.execute(sql: "UPDATE tasterSession SET endedAt = ? WHERE id = ?", arguments: [StoredTime.value(time), open.id])
                try db.execute(sql: "UPDATE liveStatus SET sessionId = NULL WHERE sessionId = ?", arguments: [open.id])
                open.endedAt = time
                return try Self.report(db, for: open)
            }
        } catch let error as SessionError {
            throw error
        } catch {
            throw .store(StoreError.from(error, file: filePath))
        }
    }

    /// The open session, if any.
    public func openSession() throws(StoreError) -> TasterSession? {
        try read { db in try Self.hasSessionTables(db) ? Self.openSession(db) : nil }
    }

    /// Every session with its report, newest first.
    public func sessionReports() throws(StoreError) -> [SessionReport] {
        try read { db in
            guard try Self.hasSessionTables(db) else { return [] }
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM tasterSession ORDER BY startedAt DESC, id DESC")
            return try rows.map { try Self.report(db, for: Self.session(from: $0)) }
        }
    }

    /// The newest `limit` sessions (every one when nil) with their learner counts, in one query:
    /// the sessions are read newest first through `tasterSession_on_startedAt`, stopping at the
    /// limit, and each count is a search of `sessionLearner`'s primary key. Listing used to ask
    /// four queries per session (16 s at 20,000 sessions).
    public func sessionList(limit: Int?) throws(StoreError) -> SessionListPage {
        try read { db in
            guard try Self.hasSessionTables(db) else { return SessionListPage(entries: [], totalCount: 0) }
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tasterSession") ?? 0
            let entries = try Row.fetchAll(db, sql: Self.sessionListSQL, arguments: [limit.map { max(0, $0) } ?? -1]).map { row in
                SessionListPage.Entry(session: Self.session(from: row), learnerCount: row["learnerCount"])
            }
            return SessionListPage(entries: entries, totalCount: total)
        }
    }

    /// The session list's one query; `LIMIT -1` means no limit.
    static let sessionListSQL = """
        SELECT s.id, s.name, s.startedAt, s.endedAt,
               (SELECT COUNT(*) FROM sessionLearner l WHERE l.sessionId = s.id) AS learnerCount
        FROM tasterSession s ORDER BY s.startedAt DESC, s.id DESC LIMIT ?
        """

    /// Lowers the learner's raised hand; false if no learner has the code or their hand was not raised.
    public func clearHand(code: LearnerCode) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: """
                UPDATE liveStatus SET handRaisedAt = NULL
                WHERE handRaisedAt IS NOT NULL AND learnerId = (SELECT id FROM learner WHERE code = ?)
                """, arguments: [code.rawValue])
            return db.changesCount > 0
        }
    }

    /// Lowers the hand and notes that a volunteer has seen to the learner; false if they are not on the live view.
    public func acknowledgeHelp(code: LearnerCode) throws(StoreError) -> Bool {
        let time = now()
        return try write { db in
            try db.execute(sql: """
                UPDATE liveStatus SET handRaisedAt = NULL, seenAt = ?, seenWrongAttempts = wrongAttempts
                WHERE learnerId = (SELECT id FROM learner WHERE code = ?)
                """, arguments: [StoredTime.value(time), code.rawValue])
            return db.changesCount > 0
        }
    }

    // MARK: - Recording (ProgressRecording)

    /// The open session that activity on this terminal counts towards (see ``ProgressRecording``).
    public func currentSession(pinnedTo pin: String?) throws(StoreError) -> TasterSession? {
        try read { db in try Self.currentSession(db, pin: pin) }
    }

    /// Records where the learner is, for the live view, and counts them in the current session.
    /// A raised hand stays up whatever the learner does (they were told to carry on while they
    /// wait) until a volunteer clears it; a volunteer's "seen" lasts only while they stay on the step.
    public func updateLiveStatus(code: LearnerCode, step: LiveStep?, sessionPin: String?) throws(StoreError) {
        try updateLearner(code) { db, learnerID, stamp in
            let sessionID = try Self.join(db, learnerID: learnerID, pin: sessionPin, stamp: stamp)
            try db.cachedStatement(sql: """
                INSERT INTO liveStatus (learnerId, sessionId, lessonID, lessonTitle, stepNumber, stepCount, stepStartedAt,
                                        wrongAttempts, hintsOnStep, handRaisedAt, lastActivityAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
                ON CONFLICT (learnerId) DO UPDATE
                SET sessionId = excluded.sessionId, lessonID = excluded.lessonID, lessonTitle = excluded.lessonTitle,
                    stepNumber = excluded.stepNumber, stepCount = excluded.stepCount, stepStartedAt = excluded.stepStartedAt,
                    wrongAttempts = excluded.wrongAttempts, hintsOnStep = excluded.hintsOnStep,
                    seenAt = CASE WHEN liveStatus.lessonID IS excluded.lessonID AND liveStatus.stepNumber IS excluded.stepNumber
                                  THEN liveStatus.seenAt ELSE NULL END,
                    lastActivityAt = excluded.lastActivityAt
                """).execute(arguments: [
                    learnerID, sessionID, step?.lessonID, step?.lessonTitle, step?.stepNumber, step?.stepCount,
                    StoredTime.value(step?.stepStartedAt), step?.wrongAttempts ?? 0, step?.hintsOnStep ?? 0, stamp,
                ])
        }
    }

    /// Marks the learner's hand raised on their current step (adding them to the live view if needed).
    public func raiseHand(code: LearnerCode) throws(StoreError) {
        try updateLearner(code) { db, learnerID, stamp in
            try db.execute(sql: """
                INSERT INTO liveStatus (learnerId, handRaisedAt, lastActivityAt) VALUES (?, ?, ?)
                ON CONFLICT (learnerId) DO UPDATE SET handRaisedAt = excluded.handRaisedAt, lastActivityAt = excluded.lastActivityAt
                """, arguments: [learnerID, stamp, stamp])
        }
    }

    /// Removes the learner from the live view.
    public func removeLiveStatus(code: LearnerCode) throws(StoreError) {
        try updateLearner(code) { db, learnerID, _ in
            try db.execute(sql: "DELETE FROM liveStatus WHERE learnerId = ?", arguments: [learnerID])
        }
    }

    /// Counts a lesson event in the current session (or in none).
    public func recordLessonEvent(code: LearnerCode, lessonID: String, kind: LessonEventKind, sessionPin: String?) throws(StoreError) {
        try updateLearner(code) { db, learnerID, stamp in
            let sessionID = try Self.join(db, learnerID: learnerID, pin: sessionPin, stamp: stamp)
            try db.cachedStatement(sql: "INSERT INTO lessonEvent (learnerId, sessionId, lessonID, kind, recordedAt) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [learnerID, sessionID, lessonID, kind.rawValue, stamp])
        }
    }

    /// Adds an anonymous confidence rating to the current session's counts (nothing records who,
    /// when or in what order).
    public func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool {
        guard (1...5).contains(rating) else { return false }
        return try write { db in
            guard let session = try Self.currentSession(db, pin: sessionPin) else { return false }
            try db.execute(
                sql: """
                    INSERT INTO confidenceCount (sessionId, moment, rating, count) VALUES (?, ?, ?, 1)
                    ON CONFLICT (sessionId, moment, rating) DO UPDATE SET count = count + 1
                    """,
                arguments: [session.id, moment.rawValue, rating])
            return true
        }
    }

    /// Notes that the learner is being asked the confidence question at `moment` in the current
    /// session; false when they were asked already (or no session is open).
    public func claimConfidenceQuestion(code: LearnerCode, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool {
        var claimed = false
        try updateLearner(code) { db, learnerID, stamp in
            guard let sessionID = try Self.join(db, learnerID: learnerID, pin: sessionPin, stamp: stamp) else { return }
            let column = moment == .before ? "askedBefore" : "askedAfter"
            try db.execute(
                sql: "UPDATE sessionLearner SET \(column) = 1 WHERE sessionId = ? AND learnerId = ? AND \(column) = 0",
                arguments: [sessionID, learnerID])
            claimed = db.changesCount > 0
        }
        return claimed
    }

    /// Notes that the learner is being asked the leaving question in the session `sessionID`,
    /// open or ended; false when they were asked already or were never counted in it. Unlike
    /// ``claimConfidenceQuestion(code:moment:sessionPin:)`` it never counts them in a session.
    public func claimLeavingConfidenceQuestion(code: LearnerCode, sessionID: Int64) throws(StoreError) -> Bool {
        var claimed = false
        try updateLearner(code) { db, learnerID, _ in
            try db.execute(
                sql: "UPDATE sessionLearner SET askedAfter = 1 WHERE sessionId = ? AND learnerId = ? AND askedAfter = 0",
                arguments: [sessionID, learnerID])
            claimed = db.changesCount > 0
        }
        return claimed
    }

    /// Adds an anonymous rating to the session's counts and, for a leaving rating with the
    /// learner's start rating, one to that pair's count, in one transaction (nothing records who,
    /// when or in what order).
    public func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionID: Int64, startRating: Int?) throws(StoreError) -> Bool {
        guard (1...5).contains(rating), startRating.map({ moment == .after && (1...5).contains($0) }) ?? true else { return false }
        return try write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM tasterSession WHERE id = ?", arguments: [sessionID]) != nil else { return false }
            try db.execute(
                sql: """
                    INSERT INTO confidenceCount (sessionId, moment, rating, count) VALUES (?, ?, ?, 1)
                    ON CONFLICT (sessionId, moment, rating) DO UPDATE SET count = count + 1
                    """,
                arguments: [sessionID, moment.rawValue, rating])
            if let startRating {
                try db.execute(
                    sql: """
                        INSERT INTO confidencePair (sessionId, ratingBefore, ratingAfter, count) VALUES (?, ?, ?, 1)
                        ON CONFLICT (sessionId, ratingBefore, ratingAfter) DO UPDATE SET count = count + 1
                        """,
                    arguments: [sessionID, startRating, rating])
            }
            return true
        }
    }

    // MARK: - Helpers

    /// A session name with control characters removed and spaces tidied.
    static func cleanSessionName(_ name: String) -> String {
        TasterSession.cleanName(name)
    }

    /// Whether the file has the session tables (a read-only view of an older file may not).
    static func hasSessionTables(_ db: Database) throws -> Bool {
        try db.tableExists("tasterSession")
    }

    /// The open session, found through the partial unique index `tasterSession_one_open`: the
    /// term `(endedAt IS NULL) = 1` names the index's own expression, so SQLite searches the index
    /// (which holds at most one row) instead of scanning every session ever held. This runs on
    /// every step, lesson event, confidence answer and live-view refresh.
    static let openSessionSQL = "SELECT * FROM tasterSession WHERE (endedAt IS NULL) = 1 AND endedAt IS NULL LIMIT 1"

    /// The open session, if any.
    static func openSession(_ db: Database) throws -> TasterSession? {
        try Row.fetchOne(db.cachedStatement(sql: openSessionSQL)).map(session(from:))
    }

    /// The open session that activity with this pin counts towards.
    static func currentSession(_ db: Database, pin: String?) throws -> TasterSession? {
        guard let open = try openSession(db) else { return nil }
        guard let pin else { return open }
        return open.name.caseInsensitiveCompare(cleanSessionName(pin)) == .orderedSame ? open : nil
    }

    /// Counts the learner in the current session, if there is one, and returns its id.
    private static func join(_ db: Database, learnerID: Int64, pin: String?, stamp: DatabaseValue) throws -> Int64? {
        guard let session = try currentSession(db, pin: pin) else { return nil }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO sessionLearner (sessionId, learnerId, joinedAt) VALUES (?, ?, ?)")
            .execute(arguments: [session.id, learnerID, stamp])
        return session.id
    }

    /// A session from a `tasterSession` row.
    static func session(from row: Row) -> TasterSession {
        TasterSession(id: row["id"], name: row["name"], startedAt: row["startedAt"], endedAt: row["endedAt"])
    }

    /// Who a lesson event belongs to, as SQL: the learner, or for a forgotten learner the random
    /// number their anonymous events share. "Lessons started" counts each person and lesson once.
    static let eventPerson = "COALESCE('l' || learnerId, 'f' || forgottenId)"

    /// Counts ratings 1 to 5 from `(rating, count)` rows.
    static func ratingCounts(_ rows: [Row]) -> [Int] {
        var counts = [0, 0, 0, 0, 0]
        for row in rows {
            let rating: Int = row["rating"]
            if (1...5).contains(rating) { counts[rating - 1] += row["count"] as Int }
        }
        return counts
    }

    /// The counts for one session.
    static func report(_ db: Database, for session: TasterSession) throws -> SessionReport {
        let learners = try Int.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM sessionLearner WHERE sessionId = ?1) + (SELECT forgottenLearners FROM tasterSession WHERE id = ?1)
            """, arguments: [session.id]) ?? 0
        let kinds = try Row.fetchAll(db, sql: """
            SELECT kind, CASE kind WHEN 'started' THEN COUNT(DISTINCT \(eventPerson) || ':' || lessonID) ELSE COUNT(*) END AS count
            FROM lessonEvent WHERE sessionId = ? GROUP BY kind
            """, arguments: [session.id])
        let count = { (kind: LessonEventKind) -> Int in
            kinds.first { ($0["kind"] as String) == kind.rawValue }.map { $0["count"] as Int } ?? 0
        }
        let confidence = { (moment: ConfidenceMoment) throws -> [Int] in
            ratingCounts(try Row.fetchAll(db, sql: """
                SELECT rating, SUM(count) AS count FROM confidenceCount WHERE sessionId = ? AND moment = ? GROUP BY rating
                """, arguments: [session.id, moment.rawValue]))
        }
        return SessionReport(
            session: session, learnerCount: learners, lessonsStarted: count(.started), lessonsCompleted: count(.completed),
            hintsUsed: count(.hint), solutionsShown: count(.solution), confidenceBefore: try confidence(.before), confidenceAfter: try confidence(.after))
    }

    // MARK: Export helpers

    /// The sessions a learner took part in, for their export.
    static func joinedSessions(_ db: Database, learnerID: Int64) throws -> [JoinedSession] {
        try Row.fetchAll(db, sql: """
            SELECT s.name, l.joinedAt FROM sessionLearner l JOIN tasterSession s ON s.id = l.sessionId
            WHERE l.learnerId = ? ORDER BY l.joinedAt, s.id
            """, arguments: [learnerID]).map { JoinedSession(sessionName: $0["name"], joinedAt: $0["joinedAt"]) }
    }

    /// A learner's lesson events, for their export.
    static func lessonEvents(_ db: Database, learnerID: Int64) throws -> [StoredLessonEvent] {
        try Row.fetchAll(db, sql: """
            SELECT e.lessonID, e.kind, e.recordedAt, s.name FROM lessonEvent e LEFT JOIN tasterSession s ON s.id = e.sessionId
            WHERE e.learnerId = ? ORDER BY e.id
            """, arguments: [learnerID]).compactMap { row in
            LessonEventKind(rawValue: row["kind"]).map {
                StoredLessonEvent(lessonID: row["lessonID"], kind: $0, recordedAt: row["recordedAt"], sessionName: row["name"])
            }
        }
    }

    /// A learner's live status, for their export.
    static func liveStatus(_ db: Database, learnerID: Int64) throws -> LiveStatus? {
        try Row.fetchOne(db, sql: """
            SELECT v.*, l.code, l.nickname, s.name AS sessionName FROM liveStatus v
            JOIN learner l ON l.id = v.learnerId LEFT JOIN tasterSession s ON s.id = v.sessionId
            WHERE v.learnerId = ?
            """, arguments: [learnerID]).flatMap(liveStatus(from:))
    }

    /// A live status from a `liveStatus` row joined with the learner's code, nickname and session name.
    static func liveStatus(from row: Row) -> LiveStatus? {
        guard let code = LearnerCode(row["code"] as String) else { return nil }
        var step: LiveStep?
        if let lessonID = row["lessonID"] as String?, let number = row["stepNumber"] as Int?, let count = row["stepCount"] as Int?,
           let started = StoredTime.date(row["stepStartedAt"]) {
            step = LiveStep(
                lessonID: lessonID, lessonTitle: row["lessonTitle"] ?? lessonID, stepNumber: number, stepCount: count,
                stepStartedAt: started, wrongAttempts: row["wrongAttempts"], hintsOnStep: row["hintsOnStep"])
        }
        // A file from before v8 has no seenAt column; reading it as never seen is right.
        let seen = (row["seenAt"] as Date?).map { LiveStatus.Seen(at: $0, wrongAttempts: row["seenWrongAttempts"] ?? 0) }
        return LiveStatus(
            code: code, nickname: row["nickname"], sessionName: row["sessionName"], step: step,
            handRaisedAt: row["handRaisedAt"], lastActivityAt: row["lastActivityAt"], seen: seen)
    }
}
