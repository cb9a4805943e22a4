import Foundation
import TasterStore

/// The store at library-service scale: each operation through taster's public API beside a
/// hand-written indexed SQL query of the same answer, on a three-year store and on one a tenth
/// its size, so growth with history shows as a ratio.
///
/// `TASTER_BENCH_SCALE` (such as 0.1) shrinks both stores, for trying the rows quickly.
enum ScaleBenchmark {
    /// One operation's times on one store: taster's and the SQL's, in seconds.
    struct Measured {
        var taster: Double
        var sql: Double
    }

    /// An operation measured at both sizes, with its targets.
    struct Operation {
        var name: String
        /// Whether taster must stay flat between the sizes (growth under 1.3).
        var mustBeFlat: Bool
        /// The largest taster / SQL ratio allowed on the big store, if any.
        var sqlRatioLimit: Double?
    }

    static let operations = [
        Operation(name: "code lookup and resume", mustBeFlat: true, sqlRatioLimit: nil),
        Operation(name: "one step recorded", mustBeFlat: true, sqlRatioLimit: nil),
        Operation(name: "one live-view snapshot", mustBeFlat: true, sqlRatioLimit: nil),
        Operation(name: "one-month report figures", mustBeFlat: true, sqlRatioLimit: nil),
        Operation(name: "all-time report figures", mustBeFlat: false, sqlRatioLimit: 2),
        Operation(name: "session list, first page", mustBeFlat: false, sqlRatioLimit: nil),
        Operation(name: "open store for a session, purge backlog", mustBeFlat: false, sqlRatioLimit: nil),
    ]

    /// Generates both stores in turn, measures each, and returns the rows.
    static func run(workDir: URL) throws -> [BenchRow] {
        let scale = ProcessInfo.processInfo.environment["TASTER_BENCH_SCALE"].flatMap(Double.init) ?? 1
        guard scale > 0, scale <= 1 else { throw BenchError(description: "TASTER_BENCH_SCALE must be a number above 0 and at most 1, such as 0.1") }
        let end = Date(timeIntervalSince1970: 1_796_083_200) // 2026-12-01 00:00 UTC
        var results: [[Measured]] = []
        var labels: [String] = []
        for (label, size) in [("3 years", scale), ("a tenth", scale / 10)] {
            let folder = workDir.appendingPathComponent("scale-\(label.replacingOccurrences(of: " ", with: "-"))")
            let started = DispatchTime.now().uptimeNanoseconds
            let store = try ScaleStore.generate(in: folder, scale: size, end: end)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let bytes = (try? FileManager.default.attributesOfItem(atPath: store.location.databaseFile.path)[.size] as? Int) ?? 0
            FileHandle.standardError.write(Data(String(
                format: "store of %@: %d learners, %d sessions, %d days, %.0f MB, generated in %.1f s\n",
                label, store.learnerCount, store.sessionCount, store.days, Double(bytes) / 1e6, seconds).utf8))
            results.append(try measure(store))
            labels.append("\(label), \(store.learnerCount) learners")
            try? FileManager.default.removeItem(at: folder)
        }
        var rows: [BenchRow] = []
        for (index, operation) in operations.enumerated() {
            let big = results[0][index]
            let small = results[1][index]
            let limit = operation.sqlRatioLimit
            rows.append(BenchRow(
                name: "\(operation.name) (\(labels[0]))", unit: "s", taster: big.taster, baseline: big.sql,
                baselineName: "hand-written indexed SQL", target: limit.map { "ratio <= \(Int($0))" } ?? "(none)",
                met: limit.map { big.taster <= $0 * big.sql } ?? true))
            rows.append(BenchRow(
                name: "\(operation.name) (\(labels[1]))", unit: "s", taster: small.taster, baseline: small.sql,
                baselineName: "hand-written indexed SQL", target: "(none)", met: true))
            rows.append(BenchRow(
                name: "\(operation.name): 3 years / a tenth", unit: "s", taster: big.taster, baseline: small.taster,
                baselineName: String(format: "taster on a tenth (SQL grows %.2fx)", small.sql > 0 ? big.sql / small.sql : 0),
                target: operation.mustBeFlat ? "ratio < 1.3" : "(none)",
                met: !operation.mustBeFlat || big.taster < 1.3 * small.taster))
        }
        return rows
    }

    /// Every operation on one store, in the order of ``operations``.
    static func measure(_ store: ScaleStore) throws -> [Measured] {
        let path = store.location.databaseFile.path
        let sql = try BenchSQLite(path: path)
        try sql.execute("PRAGMA synchronous = NORMAL")
        let database = try ProgressDatabase.open(store.location)
        defer { try? database.close() }
        var measured: [Measured] = []
        let codes = store.sampleCodes

        // Code lookup and resume: the learner by code, then their lessons.
        let findLearner = try sql.prepare("SELECT id, code, nickname, createdAt, lastActiveAt FROM learner WHERE code = ?")
        let lessonsOf = try sql.prepare("SELECT * FROM lessonProgress WHERE learnerId = ?")
        var turn = 0
        let lookupTaster = try median(runs: codes.count) {
            let code = codes[turn % codes.count]; turn += 1
            guard try database.learner(code: code) != nil else { throw BenchError(description: "the generated learner \(code) was not found") }
            _ = try database.progress(code: code)
        }
        turn = 0
        let lookupSQL = try median(runs: codes.count) {
            let rows = try findLearner.rows([.text(codes[turn % codes.count].rawValue)]); turn += 1
            try lessonsOf.run([rows[0][0]])
        }
        measured.append(Measured(taster: lookupTaster, sql: lookupSQL))

        // One step: the event, the lesson's resume point and the learner's activity, in one transaction.
        turn = 0
        let stepTaster = try median(runs: codes.count) {
            let code = codes[turn % codes.count]; turn += 1
            try database.recordStep(code: code, lessonID: "lesson-1", record: StepRecord(stepIndex: 3, attempts: 1, secondsSpent: 30, completed: true), resumeAt: 4)
        }
        let openSessionID = try sql.prepare("SELECT id FROM tasterSession WHERE endedAt IS NULL")
        let touchLearner = try sql.prepare("UPDATE learner SET lastActiveAt = ? WHERE id = ?")
        let join = try sql.prepare("INSERT OR IGNORE INTO sessionLearner (sessionId, learnerId, joinedAt) VALUES (?, ?, ?)")
        let insertStep = try sql.prepare("""
            INSERT INTO stepEvent (learnerId, lessonID, stepIndex, stepID, attempts, hintsUsed, skipped, secondsSpent, completed, typedAnswers, recordedAt)
            VALUES (?, 'lesson-1', 3, NULL, 1, 0, 0, 30, 1, NULL, ?)
            """)
        let resume = try sql.prepare("""
            INSERT INTO lessonProgress (learnerId, lessonID, contentVersion, startedAt, resumeStepIndex, lastActiveAt) VALUES (?, 'lesson-1', 'v1', ?, 4, ?)
            ON CONFLICT (learnerId, lessonID) DO UPDATE SET resumeStepIndex = 4, lastActiveAt = excluded.lastActiveAt
            """)
        let clock = TimeText(end: Date(), days: 2)
        turn = 0
        let stepSQL = try median(runs: codes.count) {
            let stamp = BenchSQLite.Value.text(clock.text(Date()))
            try sql.execute("BEGIN IMMEDIATE")
            let id = try findLearner.rows([.text(codes[turn % codes.count].rawValue)])[0][0]; turn += 1
            try touchLearner.run([stamp, id])
            if let session = try openSessionID.rows([]).first { try join.run([session[0], id, stamp]) }
            try insertStep.run([id, stamp])
            try resume.run([id, stamp, stamp])
            try sql.execute("COMMIT")
        }
        measured.append(Measured(taster: stepTaster, sql: stepSQL))

        // One live-view snapshot, read as the watching volunteer reads it.
        let watcher = try ProgressDatabase.openForReading(store.location)
        defer { try? watcher.close() }
        var shown = 0
        let liveTaster = try median(runs: 21) { shown = try watcher.liveBoard().learners.count }
        let live = try sql.prepare("""
            SELECT v.*, l.code, l.nickname, s.name FROM liveStatus v JOIN learner l ON l.id = v.learnerId
            LEFT JOIN tasterSession s ON s.id = v.sessionId
            WHERE v.sessionId = (SELECT id FROM tasterSession WHERE endedAt IS NULL)
            """)
        var listed = 0
        let liveSQL = try median(runs: 21) { listed = try live.rows([]).count }
        guard shown == listed, shown > 0 else { throw BenchError(description: "the live view showed \(shown) learners and its SQL \(listed); the rows would not be fair") }
        measured.append(Measured(taster: liveTaster, sql: liveSQL))

        // A one-month report's figures, then all time's.
        let monthStart = store.end.addingTimeInterval(-30 * 86_400)
        measured.append(try report(database, sql, since: monthStart, until: store.end))
        measured.append(try report(database, sql, since: nil, until: nil))

        // The first page of the session list.
        let page = try sql.prepare("""
            SELECT s.id, s.name, s.startedAt, s.endedAt, (SELECT COUNT(*) FROM sessionLearner l WHERE l.sessionId = s.id)
            FROM tasterSession s ORDER BY s.startedAt DESC, s.id DESC LIMIT 20
            """)
        let sessionCount = try sql.prepare("SELECT COUNT(*) FROM tasterSession")
        let listTaster = try median(runs: 21) { _ = try database.sessionList(limit: 20) }
        let listSQL = try median(runs: 21) { try page.run([]); try sessionCount.run([]) }
        measured.append(Measured(taster: listTaster, sql: listSQL))

        // Opening the store for a session with most learners past the 180-day purge: the purge
        // now runs in the background after the first screen, so the learner waits for the open.
        let openTaster = try median(runs: 11) {
            let opened = try ProgressDatabase.open(store.location)
            _ = try opened.openSession()
            try opened.close()
        }
        let openSQL = try median(runs: 11) {
            let connection = try BenchSQLite(path: path)
            try connection.execute("PRAGMA journal_mode = WAL")
            _ = try connection.rows("SELECT id FROM tasterSession WHERE endedAt IS NULL")
        }
        measured.append(Measured(taster: openTaster, sql: openSQL))
        return measured
    }

    /// An impact report's figures through taster beside the hand-written queries of the same
    /// answer; the learner counts must agree. A learner active in a period was last active in
    /// it or later, so the SQL starts from `learner_on_lastActiveAt`.
    static func report(_ database: ProgressDatabase, _ sql: BenchSQLite, since: Date?, until: Date?) throws -> Measured {
        let clock = TimeText(end: until ?? Date(), days: 3_000)
        let from = BenchSQLite.Value.text(since.map { clock.text($0) } ?? "0000-01-01")
        let to = BenchSQLite.Value.text(until.map { clock.text($0) } ?? "9999-12-31")
        let sessions = try sql.prepare("""
            SELECT s.id, s.name, s.startedAt, s.endedAt, COUNT(j.learnerId) FROM tasterSession s
            LEFT JOIN sessionLearner j ON j.sessionId = s.id
            WHERE s.startedAt >= ?1 AND s.startedAt < ?2 GROUP BY s.id ORDER BY s.startedAt, s.id
            """)
        let learners = try sql.prepare("""
            SELECT COUNT(*) FROM learner l WHERE l.lastActiveAt >= ?1 AND (
                EXISTS (SELECT 1 FROM stepEvent e WHERE e.learnerId = l.id AND e.recordedAt >= ?1 AND e.recordedAt < ?2)
                OR EXISTS (SELECT 1 FROM lessonEvent e WHERE e.learnerId = l.id AND e.recordedAt >= ?1 AND e.recordedAt < ?2)
                OR EXISTS (SELECT 1 FROM sessionLearner j WHERE j.learnerId = l.id AND j.joinedAt >= ?1 AND j.joinedAt < ?2))
            """)
        let lessons = try sql.prepare("SELECT lessonID, kind, COUNT(*) FROM lessonEvent WHERE recordedAt >= ?1 AND recordedAt < ?2 GROUP BY lessonID, kind")
        let confidence = try sql.prepare("""
            SELECT c.moment, c.rating, SUM(c.count) FROM tasterSession s JOIN confidenceCount c ON c.sessionId = s.id
            WHERE s.startedAt >= ?1 AND s.startedAt < ?2 GROUP BY c.moment, c.rating
            """)
        var tasterCount = 0
        let runs = since == nil ? 3 : 5
        let tasterSeconds = try best(runs: runs) { tasterCount = try database.impactData(since: since, until: until).learnerCount }
        var sqlCount = 0
        let sqlSeconds = try best(runs: runs) {
            try sessions.run([from, to])
            sqlCount = Int(try learners.rows([from, to])[0][0].integer)
            try lessons.run([from, to])
            try confidence.run([from, to])
        }
        guard tasterCount == sqlCount, tasterCount > 0 else {
            throw BenchError(description: "the report counted \(tasterCount) learners and its SQL \(sqlCount); the rows would not be fair")
        }
        return Measured(taster: tasterSeconds, sql: sqlSeconds)
    }

    /// The median of `runs` runs of `work`, in seconds.
    static func median(runs: Int, _ work: () throws -> Void) throws -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[times.count / 2]
    }

    /// The fastest of `runs` runs of `work`, in seconds.
    static func best(runs: Int, _ work: () throws -> Void) throws -> Double {
        try Timing.best(of: runs, work)
    }
}
