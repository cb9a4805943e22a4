import Foundation
import TasterStore

/// Taster sessions at this branch: starting and ending them, listing them, counting learners'
/// activity in the one that is open, and the live view's rows.
extension ServiceProgressStore: VolunteerSessions {
    /// Opens a session at this branch. Only one can be open per branch, which the database
    /// enforces (`taster_session_one_open_per_branch`), so two volunteers starting at once
    /// cannot both succeed.
    public func startSession(named name: String) throws(SessionError) -> TasterSession {
        let cleaned = TasterSession.cleanName(name)
        guard !cleaned.isEmpty else { throw .emptyName }
        guard cleaned.count <= TasterSession.nameLimit else { throw .nameTooLong(name: cleaned, limit: TasterSession.nameLimit) }
        let time = now()
        do {
            return try transaction("start session") { transaction -> TasterSession in
                if let open = try openSession(transaction) {
                    throw SessionError.alreadyOpen(name: open.name, startedAt: open.startedAt)
                }
                let row = try transaction.row(
                    "INSERT INTO taster_session (branch, name, started_at) VALUES ($1, $2, to_timestamp($3)) RETURNING id",
                    [branch, cleaned, time])
                return TasterSession(id: row?.id("id") ?? 0, name: cleaned, startedAt: time)
            }
        } catch let error as SessionError {
            throw error
        } catch StoreError.serverFailed(_, let detail) where detail.hasPrefix("SQLSTATE \(PostgresError.uniqueViolation)") {
            // Another volunteer's session at this branch was started between the check and the insert.
            guard let open = try? openSession() else { throw .store(.serverFailed(address: address.description, detail: detail)) }
            throw .alreadyOpen(name: open.name, startedAt: open.startedAt)
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.serverFailed(address: address.description, detail: "start session: \(error)"))
        }
    }

    /// Closes this branch's open session and returns its report; learners still at a terminal
    /// stay in the live view, no longer counted in a session.
    public func endSession() throws(SessionError) -> SessionReport {
        let time = now()
        do {
            return try transaction("end session") { transaction -> SessionReport in
                guard var open = try openSession(transaction) else { throw SessionError.noneOpen }
                try transaction.rows("UPDATE taster_session SET ended_at = to_timestamp($2) WHERE id = $1", [open.id, time])
                try transaction.rows("UPDATE live_status SET session_id = NULL WHERE session_id = $1", [open.id])
                open.endedAt = time
                return try Self.report(transaction, for: open)
            }
        } catch let error as SessionError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.serverFailed(address: address.description, detail: "end session: \(error)"))
        }
    }

    /// This branch's open session, if any.
    public func openSession() throws(StoreError) -> TasterSession? {
        try read("open session") { transaction in try openSession(transaction) }
    }

    /// Every session at this branch with its report, newest first.
    public func sessionReports() throws(StoreError) -> [SessionReport] {
        try read("session reports") { transaction in
            try transaction.rows(
                "SELECT \(Self.sessionColumns) FROM taster_session WHERE branch = $1 ORDER BY started_at DESC, id DESC", [branch])
                .compactMap(Self.session(from:))
                .map { try Self.report(transaction, for: $0) }
        }
    }

    /// The newest `limit` sessions at this branch (every one when nil) with their learner counts.
    public func sessionList(limit: Int?) throws(StoreError) -> SessionListPage {
        try read("session list") { transaction in
            let total = try transaction.count("SELECT count(*) FROM taster_session WHERE branch = $1", [branch])
            // LIMIT NULL is no limit.
            let entries = try transaction.rows("""
                SELECT \(Self.sessionColumns),
                       (SELECT count(*) FROM session_learner l WHERE l.session_id = s.id) AS learner_count
                FROM taster_session s WHERE s.branch = $1 ORDER BY s.started_at DESC, s.id DESC LIMIT $2
                """, [branch, limit.map { max(0, $0) }]).compactMap { row in
                Self.session(from: row).map { SessionListPage.Entry(session: $0, learnerCount: row.int("learner_count")) }
            }
            return SessionListPage(entries: entries, totalCount: total)
        }
    }

    /// Lowers the raised hand of a learner on this branch's live view; false if no learner has
    /// the code or their hand was not raised.
    public func clearHand(code: LearnerCode) throws(StoreError) -> Bool {
        try write("clear hand") { transaction in
            try transaction.row("""
                UPDATE live_status SET hand_raised_at = NULL
                WHERE hand_raised_at IS NOT NULL AND branch = $2 AND learner_id = (SELECT id FROM learner WHERE code = $1)
                RETURNING learner_id
                """, [code.rawValue, branch]) != nil
        }
    }

    /// Lowers the hand and notes that a volunteer has seen to the learner; false if they are not
    /// on this branch's live view.
    public func acknowledgeHelp(code: LearnerCode) throws(StoreError) -> Bool {
        let time = now()
        return try write("acknowledge help") { transaction in
            try transaction.row("""
                UPDATE live_status SET hand_raised_at = NULL, seen_at = to_timestamp($3), seen_wrong_attempts = wrong_attempts
                WHERE branch = $2 AND learner_id = (SELECT id FROM learner WHERE code = $1)
                RETURNING learner_id
                """, [code.rawValue, branch, time]) != nil
        }
    }

    // MARK: - Recording (ProgressRecording)

    /// The open session at this branch that activity on this terminal counts towards.
    public func currentSession(pinnedTo pin: String?) throws(StoreError) -> TasterSession? {
        try read("current session") { transaction in try currentSession(transaction, pin: pin) }
    }

    /// Records where the learner is, at this branch, and counts them in the current session. A
    /// raised hand stays up until a volunteer clears it; a volunteer's "seen" lasts only while
    /// they stay on the step.
    public func updateLiveStatus(code: LearnerCode, step: LiveStep?, sessionPin: String?) throws(StoreError) {
        try updateLearner("update live status", code) { transaction, learnerID, stamp in
            let sessionID = try join(transaction, learnerID: learnerID, pin: sessionPin, stamp: stamp)
            // Through a function with the owner's rights (service-6-terminal-writes): the upsert
            // reads the row it replaces, and the terminal role may not read the live view.
            try transaction.rows("""
                SELECT taster_update_live_status($1, $2, $3, $4, $5, $6, $7, to_timestamp($8), $9, $10, to_timestamp($11))
                """, [
                    learnerID, branch, sessionID, step?.lessonID, step?.lessonTitle, step?.stepNumber, step?.stepCount,
                    step?.stepStartedAt, step?.wrongAttempts ?? 0, step?.hintsOnStep ?? 0, stamp,
                ])
        }
    }

    /// Marks the learner's hand raised on their current step (adding them to the live view if needed).
    public func raiseHand(code: LearnerCode) throws(StoreError) {
        try updateLearner("raise hand", code) { transaction, learnerID, stamp in
            try transaction.rows("SELECT taster_raise_hand($1, $2, to_timestamp($3))", [learnerID, branch, stamp])
        }
    }

    /// Removes the learner from the live view.
    public func removeLiveStatus(code: LearnerCode) throws(StoreError) {
        try updateLearner("remove live status", code) { transaction, learnerID, _ in
            try transaction.rows("SELECT taster_remove_live_status($1)", [learnerID])
        }
    }

    /// Counts a lesson event at this branch, in the current session (or in none).
    public func recordLessonEvent(code: LearnerCode, lessonID: String, kind: LessonEventKind, sessionPin: String?) throws(StoreError) {
        try updateLearner("record lesson event", code) { transaction, learnerID, stamp in
            let sessionID = try join(transaction, learnerID: learnerID, pin: sessionPin, stamp: stamp)
            try transaction.rows("""
                INSERT INTO lesson_event (learner_id, branch, session_id, lesson_id, kind, recorded_at)
                VALUES ($1, $2, $3, $4, $5, to_timestamp($6))
                """, [learnerID, branch, sessionID, lessonID, kind.rawValue, stamp])
        }
    }

    /// Adds an anonymous confidence rating to the current session's counts.
    public func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool {
        guard (1...5).contains(rating) else { return false }
        return try write("record confidence") { transaction in
            guard let session = try currentSession(transaction, pin: sessionPin) else { return false }
            try transaction.rows("SELECT taster_count_confidence($1, $2, $3)", [session.id, moment.rawValue, rating])
            return true
        }
    }

    /// Notes that the learner is being asked the confidence question at `moment` in the current
    /// session; false when they were asked already (or no session is open).
    public func claimConfidenceQuestion(code: LearnerCode, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool {
        var claimed = false
        try updateLearner("claim confidence question", code) { transaction, learnerID, stamp in
            guard let sessionID = try join(transaction, learnerID: learnerID, pin: sessionPin, stamp: stamp) else { return }
            claimed = try Self.claim(transaction, sessionID: sessionID, learnerID: learnerID, moment: moment)
        }
        return claimed
    }

    /// Notes that the learner is being asked the leaving question in the session `sessionID`,
    /// open or ended; false when they were asked already or were never counted in it. Unlike
    /// ``claimConfidenceQuestion(code:moment:sessionPin:)`` it never counts them in a session.
    public func claimLeavingConfidenceQuestion(code: LearnerCode, sessionID: Int64) throws(StoreError) -> Bool {
        var claimed = false
        try updateLearner("claim leaving confidence question", code) { transaction, learnerID, _ in
            claimed = try Self.claim(transaction, sessionID: sessionID, learnerID: learnerID, moment: .after)
        }
        return claimed
    }

    /// Adds an anonymous rating to the counts of the session `sessionID` (open or ended, of this
    /// branch) and, for a leaving rating with the learner's start rating, one to that pair's
    /// count, in one transaction (nothing records who, when or in what order).
    public func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionID: Int64, startRating: Int?) throws(StoreError) -> Bool {
        guard (1...5).contains(rating), startRating.map({ moment == .after && (1...5).contains($0) }) ?? true else { return false }
        return try write("record confidence in a session") { transaction in
            guard try transaction.row("SELECT 1 FROM taster_session WHERE id = $1 AND branch = $2", [sessionID, branch]) != nil else { return false }
            try transaction.rows("SELECT taster_count_confidence($1, $2, $3)", [sessionID, moment.rawValue, rating])
            if let startRating {
                try transaction.rows("SELECT taster_count_confidence_pair($1, $2, $3)", [sessionID, startRating, rating])
            }
            return true
        }
    }

    // MARK: - Helpers

    /// The columns of a session, times as seconds since 1970.
    static let sessionColumns = "id, name, extract(epoch FROM started_at) AS started_at, extract(epoch FROM ended_at) AS ended_at"

    /// A session from a row of ``sessionColumns``.
    static func session(from row: PostgresRecord) -> TasterSession? {
        guard let name = row.text("name"), let started = row.date("started_at") else { return nil }
        return TasterSession(id: row.id("id"), name: name, startedAt: started, endedAt: row.date("ended_at"))
    }

    /// This branch's open session, found through `taster_session_one_open_per_branch`.
    func openSession(_ transaction: Transaction) throws -> TasterSession? {
        try transaction.row(
            "SELECT \(Self.sessionColumns) FROM taster_session WHERE branch = $1 AND ended_at IS NULL", [branch])
            .flatMap(Self.session(from:))
    }

    /// The open session that activity with this pin counts towards.
    func currentSession(_ transaction: Transaction, pin: String?) throws -> TasterSession? {
        guard let open = try openSession(transaction) else { return nil }
        guard let pin else { return open }
        return open.name.caseInsensitiveCompare(TasterSession.cleanName(pin)) == .orderedSame ? open : nil
    }

    /// Counts the learner in the current session, if there is one, and returns its id.
    func join(_ transaction: Transaction, learnerID: Int64, pin: String?, stamp: Date) throws -> Int64? {
        guard let session = try currentSession(transaction, pin: pin) else { return nil }
        // No conflict target: naming one needs the right to read its columns, which the
        // terminal role does not have; the primary key is the table's only unique constraint.
        try transaction.rows("""
            INSERT INTO session_learner (session_id, learner_id, joined_at) VALUES ($1, $2, to_timestamp($3))
            ON CONFLICT DO NOTHING
            """, [session.id, learnerID, stamp])
        return session.id
    }

    /// Marks the confidence question at `moment` asked of the learner in the session, through
    /// the owner's function (the terminal role may not read `session_learner`); false when it
    /// was asked already or they were never counted in the session.
    static func claim(_ transaction: Transaction, sessionID: Int64, learnerID: Int64, moment: ConfidenceMoment) throws -> Bool {
        try transaction.row(
            "SELECT taster_claim_confidence_question($1, $2, $3) AS claimed", [sessionID, learnerID, moment.rawValue])?
            .bool("claimed") == true
    }

    /// Counts ratings 1 to 5 from rows of `rating` and `count`.
    static func ratingCounts(_ rows: [PostgresRecord]) -> [Int] {
        var counts = [0, 0, 0, 0, 0]
        for row in rows {
            let rating = row.int("rating")
            if (1...5).contains(rating) { counts[rating - 1] += row.int("count") }
        }
        return counts
    }

    /// The counts for one session. "Started" counts each person and lesson once: a learner by
    /// their row id, a forgotten learner by the random number their anonymous events share.
    static func report(_ transaction: Transaction, for session: TasterSession) throws -> SessionReport {
        let learners = try transaction.count("""
            SELECT (SELECT count(*) FROM session_learner WHERE session_id = $1)
                 + (SELECT forgotten_learners FROM taster_session WHERE id = $1)
            """, [session.id])
        let kinds = try transaction.rows("""
            SELECT kind, CASE kind WHEN 'started'
                THEN count(DISTINCT coalesce('l' || learner_id, 'f' || forgotten_id) || ':' || lesson_id) ELSE count(*) END AS count
            FROM lesson_event WHERE session_id = $1 GROUP BY kind
            """, [session.id])
        func count(_ kind: LessonEventKind) -> Int {
            kinds.first { $0.text("kind") == kind.rawValue }?.int("count") ?? 0
        }
        let confidence = try transaction.rows("""
            SELECT moment, rating, sum(count) AS count FROM confidence_count WHERE session_id = $1 GROUP BY moment, rating
            """, [session.id])
        return SessionReport(
            session: session, learnerCount: learners, lessonsStarted: count(.started), lessonsCompleted: count(.completed),
            hintsUsed: count(.hint), solutionsShown: count(.solution),
            confidenceBefore: ratingCounts(confidence.filter { $0.text("moment") == ConfidenceMoment.before.rawValue }),
            confidenceAfter: ratingCounts(confidence.filter { $0.text("moment") == ConfidenceMoment.after.rawValue }))
    }

    // MARK: Export helpers

    /// The sessions a learner took part in, at any branch, for their export.
    static func joinedSessions(_ transaction: Transaction, learnerID: Int64) throws -> [JoinedSession] {
        try transaction.rows("""
            SELECT s.name, extract(epoch FROM l.joined_at) AS joined_at FROM session_learner l
            JOIN taster_session s ON s.id = l.session_id
            WHERE l.learner_id = $1 ORDER BY l.joined_at, s.id
            """, [learnerID]).compactMap { row in
            guard let name = row.text("name"), let joined = row.date("joined_at") else { return nil }
            return JoinedSession(sessionName: name, joinedAt: joined)
        }
    }

    /// A learner's lesson events, at any branch, for their export.
    static func lessonEvents(_ transaction: Transaction, learnerID: Int64) throws -> [StoredLessonEvent] {
        try transaction.rows("""
            SELECT e.lesson_id, e.kind, extract(epoch FROM e.recorded_at) AS recorded_at, s.name
            FROM lesson_event e LEFT JOIN taster_session s ON s.id = e.session_id
            WHERE e.learner_id = $1 ORDER BY e.id
            """, [learnerID]).compactMap { row in
            guard let lessonID = row.text("lesson_id"), let kind = row.text("kind").flatMap(LessonEventKind.init(rawValue:)),
                  let recorded = row.date("recorded_at") else { return nil }
            return StoredLessonEvent(lessonID: lessonID, kind: kind, recordedAt: recorded, sessionName: row.text("name"))
        }
    }

    /// The live view's columns, joined with the learner's code and nickname and the session's name.
    static let liveStatusSelect = """
        SELECT l.code, l.nickname, s.name AS session_name, v.lesson_id, v.lesson_title, v.step_number, v.step_count,
               extract(epoch FROM v.step_started_at) AS step_started_at, v.wrong_attempts, v.hints_on_step,
               extract(epoch FROM v.hand_raised_at) AS hand_raised_at, extract(epoch FROM v.last_activity_at) AS last_activity_at,
               extract(epoch FROM v.seen_at) AS seen_at, v.seen_wrong_attempts
        FROM live_status v JOIN learner l ON l.id = v.learner_id LEFT JOIN taster_session s ON s.id = v.session_id
        """

    /// A learner's live status, for their export.
    static func liveStatus(_ transaction: Transaction, learnerID: Int64) throws -> LiveStatus? {
        try transaction.row(liveStatusSelect + " WHERE v.learner_id = $1", [learnerID]).flatMap(liveStatus(from:))
    }

    /// A live status from a row of ``liveStatusSelect``.
    static func liveStatus(from row: PostgresRecord) -> LiveStatus? {
        guard let code = row.text("code").flatMap(LearnerCode.init), let active = row.date("last_activity_at") else { return nil }
        var step: LiveStep?
        if let lessonID = row.text("lesson_id"), let number = row.optionalInt("step_number"), let count = row.optionalInt("step_count"),
           let started = row.date("step_started_at") {
            step = LiveStep(
                lessonID: lessonID, lessonTitle: row.text("lesson_title") ?? lessonID, stepNumber: number, stepCount: count,
                stepStartedAt: started, wrongAttempts: row.int("wrong_attempts"), hintsOnStep: row.int("hints_on_step"))
        }
        let seen = row.date("seen_at").map { LiveStatus.Seen(at: $0, wrongAttempts: row.int("seen_wrong_attempts")) }
        return LiveStatus(
            code: code, nickname: row.text("nickname"), sessionName: row.text("session_name"), step: step,
            handRaisedAt: row.date("hand_raised_at"), lastActivityAt: active, seen: seen)
    }
}
