import Foundation
import GRDB

/// The volunteers' live view and impact figures: reading only.
extension ProgressDatabase: VolunteerWatching {
    /// Opens the progress file for reading only, for the live view: nothing is created,
    /// migrated or changed. A file from a newer taster is refused like ``open(_:recordTypedAnswers:busyTimeout:now:)``
    /// refuses it; a file from before sessions existed reads as having none.
    public static func openForReading(
        _ location: DataLocation, busyTimeout: TimeInterval = 5, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> ProgressDatabase {
        let path = location.databaseFile.path
        let sharing = try FolderSharing.of(location.folder)
        try sharing.check(location.databaseFile)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "taster.progress.reading"
        do {
            return try openReadOnly(path: path, location: location, configuration: configuration, now: now)
        } catch {
            let problem = StoreError.from(error, file: path)
            // On a full disk SQLite cannot make the shared-memory file a reader needs. When the
            // WAL holds nothing, everything is in the main file, and reading it as it stands
            // (immutable: no shared memory, no locks) shows the same as a normal read would.
            guard problem == .diskFull(file: path), walIsEmpty(location) else { throw problem }
            do {
                let unchanging = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1"
                return try openReadOnly(path: unchanging, location: location, configuration: configuration, now: now)
            } catch {
                throw problem
            }
        }
    }

    private static func openReadOnly(
        path: String, location: DataLocation, configuration: Configuration, now: @escaping @Sendable () -> Date
    ) throws -> ProgressDatabase {
        try refuseNewerVersion(path: path, configuration: configuration, migrator: ProgressSchema.migrator())
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return ProgressDatabase(writer: queue, location: location, recordTypedAnswers: false, now: now)
    }

    /// Whether the progress file's WAL is missing or empty, so the main file holds everything.
    private static func walIsEmpty(_ location: DataLocation) -> Bool {
        let wal = location.databaseFile.path + "-wal"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: wal) else { return true }
        return (attributes[.size] as? NSNumber)?.intValue == 0
    }

    /// Who is at a terminal now: the learners counted in the open session, or, with none open,
    /// everyone active in the last two hours. Sorted by the name shown, so rows keep their places.
    public func liveBoard() throws(StoreError) -> LiveBoard {
        let time = now()
        return try read { db in
            guard try Self.hasSessionTables(db) else { return LiveBoard(session: nil, learners: [], takenAt: time) }
            let session = try Self.openSession(db)
            let base = """
                SELECT v.*, l.code, l.nickname, s.name AS sessionName FROM liveStatus v
                JOIN learner l ON l.id = v.learnerId LEFT JOIN tasterSession s ON s.id = v.sessionId
                """
            let rows: [Row]
            if let session {
                rows = try Row.fetchAll(db, sql: base + " WHERE v.sessionId = ?", arguments: [session.id])
            } else {
                rows = try Row.fetchAll(db, sql: base + " WHERE v.lastActivityAt >= ?", arguments: [StoredTime.value(time.addingTimeInterval(-LiveBoard.recentWindow))])
            }
            let learners = rows.compactMap(Self.liveStatus(from:))
                // Each learner's sort key is made once, not in every comparison (see the service store).
                .map { (key: ($0.displayName.lowercased(), $0.code.rawValue), status: $0) }
                .sorted { $0.key < $1.key }
                .map(\.status)
            let ended = session == nil
                ? try Row.fetchOne(db, sql: "SELECT * FROM tasterSession WHERE endedAt IS NOT NULL ORDER BY startedAt DESC, id DESC LIMIT 1")
                    .map(Self.session(from:))
                : nil
            return LiveBoard(session: session, learners: learners, takenAt: time, endedSession: ended)
        }
    }

    /// Branches belong to a library service's store; this one has none.
    public func serviceImpact(since: Date?, until: Date?, branch: String?) throws(StoreError) -> ServiceImpact {
        throw .branchesNeedAService
    }

    /// The figures for an impact report: sessions started in the period, different learners
    /// active, per-lesson starts, completions and hints, and confidence answers given in the
    /// period's sessions. `since` is inclusive, `until` exclusive; nil means no limit.
    public func impactData(since: Date?, until: Date?) throws(StoreError) -> ImpactData {
        try read { db in
            func period(_ column: String) -> (sql: String, arguments: StatementArguments) {
                var conditions = ["1"]
                var arguments = StatementArguments()
                if let since { conditions.append("\(column) >= ?"); arguments += [StoredTime.value(since)] }
                if let until { conditions.append("\(column) < ?"); arguments += [StoredTime.value(until)] }
                return (conditions.joined(separator: " AND "), arguments)
            }
            guard try Self.hasSessionTables(db) else {
                return ImpactData(since: since, until: until, sessions: [], learnerCount: 0, lessons: [],
                                  confidenceBefore: [0, 0, 0, 0, 0], confidenceAfter: [0, 0, 0, 0, 0])
            }
            let started = period("startedAt")
            let sessions = try Row.fetchAll(db, sql: """
                SELECT s.*, (SELECT COUNT(*) FROM sessionLearner l WHERE l.sessionId = s.id) + s.forgottenLearners AS learnerCount
                FROM tasterSession s WHERE \(started.sql) ORDER BY s.startedAt, s.id
                """, arguments: started.arguments).map { row in
                ImpactData.SessionSummary(name: row["name"], startedAt: row["startedAt"], endedAt: row["endedAt"], learnerCount: row["learnerCount"])
            }
            // Different learners active. For all time, every learner's own rows are asked
            // whether there is one at all: one index search per learner and table, where
            // gathering every step event of the history into one DISTINCT took most of an
            // all-time report's time. A period with an end or a start reads its range of the
            // time indexes instead, so its cost follows the period, not the learners ever seen.
            // (Events only name learners who still exist: forgetting clears the column, and the
            // foreign keys cascade; forgotten learners are counted from their days below.)
            let learnerCount: Int
            if since == nil && until == nil {
                learnerCount = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM learner l WHERE EXISTS (SELECT 1 FROM stepEvent e WHERE e.learnerId = l.id)
                        OR EXISTS (SELECT 1 FROM lessonEvent e WHERE e.learnerId = l.id)
                        OR EXISTS (SELECT 1 FROM sessionLearner j WHERE j.learnerId = l.id)
                    """) ?? 0
            } else {
                let active = period("at")
                learnerCount = try Int.fetchOne(db, sql: """
                    SELECT COUNT(DISTINCT learnerId) FROM (
                        SELECT learnerId, recordedAt AS at FROM lessonEvent
                        UNION ALL SELECT learnerId, recordedAt AS at FROM stepEvent
                        UNION ALL SELECT learnerId, joinedAt AS at FROM sessionLearner
                    ) WHERE \(active.sql)
                    """, arguments: active.arguments) ?? 0
            }
            let forgottenDays = period("day")
            let forgottenCount = try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT forgottenId) FROM forgottenLearnerDay WHERE \(forgottenDays.sql)
                """, arguments: forgottenDays.arguments) ?? 0
            let recorded = period("recordedAt")
            var lessons: [String: ImpactData.LessonActivity] = [:]
            // "Started" counts people, as ``eventPerson`` says, but as two counts of integers
            // (learners, then forgotten learners' numbers) rather than one of built strings:
            // the same figure, without making a string for every event of the period.
            for row in try Row.fetchAll(db, sql: """
                SELECT lessonID, kind, CASE kind
                    WHEN 'started' THEN COUNT(DISTINCT learnerId) + COUNT(DISTINCT CASE WHEN learnerId IS NULL THEN forgottenId END)
                    ELSE COUNT(*) END AS count
                FROM lessonEvent WHERE \(recorded.sql) GROUP BY lessonID, kind
                """, arguments: recorded.arguments) {
                let lessonID: String = row["lessonID"]
                var activity = lessons[lessonID] ?? ImpactData.LessonActivity(lessonID: lessonID, started: 0, completed: 0, hintsUsed: 0, solutionsShown: 0)
                let count: Int = row["count"]
                switch LessonEventKind(rawValue: row["kind"]) {
                case .started?: activity.started += count
                case .completed?: activity.completed += count
                case .hint?: activity.hintsUsed += count
                case .solution?: activity.solutionsShown += count
                case nil: break
                }
                lessons[lessonID] = activity
            }
            // Both moments in one pass over the period's sessions.
            let inSessions = period("s.startedAt")
            var confidence: [ConfidenceMoment: [Row]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT c.moment, c.rating, SUM(c.count) AS count FROM confidenceCount c JOIN tasterSession s ON s.id = c.sessionId
                WHERE \(inSessions.sql) GROUP BY c.moment, c.rating
                """, arguments: inSessions.arguments) {
                if let moment = ConfidenceMoment(rawValue: row["moment"]) { confidence[moment, default: []].append(row) }
            }
            // A file opened for reading that a taster before v9 made has no pair table.
            let pairs = try db.tableExists("confidencePair") ? try Row.fetchAll(db, sql: """
                SELECT p.ratingBefore, p.ratingAfter, SUM(p.count) AS count FROM confidencePair p JOIN tasterSession s ON s.id = p.sessionId
                WHERE \(inSessions.sql) GROUP BY p.ratingBefore, p.ratingAfter
                """, arguments: inSessions.arguments).map {
                ConfidencePair(before: $0["ratingBefore"], after: $0["ratingAfter"], count: $0["count"])
            } : []
            return ImpactData(
                since: since, until: until, sessions: sessions, learnerCount: learnerCount + forgottenCount,
                lessons: lessons.values.sorted { $0.lessonID < $1.lessonID },
                confidenceBefore: Self.ratingCounts(confidence[.before] ?? []), confidenceAfter: Self.ratingCounts(confidence[.after] ?? []),
                confidencePairs: ConfidencePair.summed(pairs))
        }
    }
}
