import Foundation
import TasterStore

/// A progress store generated to look like a library service's history, for the scale rows.
///
/// The full size is three years: 50,000 learners, 200,000 lesson starts, 3,000,000 step events
/// and 20,000 sessions. A `scale` of 0.1 is a tenth of the history at the same density (a tenth
/// of the days and of every count), so a month holds the same activity at both sizes and any
/// growth between them comes from history alone.
///
/// The file is created by taster's own migrations, then filled with plain SQL inserts through
/// prepared statements, one transaction per table, which takes seconds rather than the hours
/// the public API would.
struct ScaleStore {
    /// Lesson starts per learner: 200,000 / 50,000.
    static let lessonsPerLearner = 4
    /// Step events per lesson start: 3,000,000 / 200,000.
    static let stepsPerLesson = 15
    /// Learners at the end still in the live view of the open session.
    static let liveLearners = 10

    /// Where the store is.
    let location: DataLocation
    /// How many learners, sessions and days it holds.
    let learnerCount: Int
    let sessionCount: Int
    let days: Int
    /// The end of the generated history (exclusive); activity falls in the `days` before it.
    let end: Date
    /// A spread of learners' codes, for lookups.
    let sampleCodes: [LearnerCode]
    /// The learner ids of `sampleCodes`, in the same order.
    let sampleIDs: [Int64]

    /// Creates the store in `folder` at `scale` of the full size.
    static func generate(in folder: URL, scale: Double, end: Date) throws -> ScaleStore {
        let learnerCount = max(100, Int(50_000 * scale))
        let sessionCount = max(40, Int(20_000 * scale))
        let days = max(60, Int(1_095 * scale))
        let location = DataLocation(folder: folder)
        try? FileManager.default.removeItem(at: folder)
        try ProgressDatabase.open(location).close()

        let clock = TimeText(end: end, days: days)
        let firstSecond = Int(end.timeIntervalSince1970) - days * 86_400
        let sessionSpacing = days * 86_400 / sessionCount
        func sessionStart(_ index: Int) -> Int { firstSecond + index * sessionSpacing }

        var generator = SystemRandomNumberGenerator()
        var seen = Set<String>()
        var codes: [String] = []
        codes.reserveCapacity(learnerCount)
        while codes.count < learnerCount {
            let code = LearnerCode.generate(using: &generator).rawValue
            if seen.insert(code).inserted { codes.append(code) }
        }

        let sql = try BenchSQLite(path: location.databaseFile.path)
        try sql.execute("PRAGMA synchronous = OFF; BEGIN")
        let insertSession = try sql.prepare("INSERT INTO tasterSession (id, name, startedAt, endedAt) VALUES (?, ?, ?, ?)")
        for index in 0..<sessionCount {
            let start = sessionStart(index)
            let ended: BenchSQLite.Value = index == sessionCount - 1 ? .null : .text(clock.text(start + 7_200))
            try insertSession.run([.integer(Int64(index + 1)), .text("Session \(index + 1)"), .text(clock.text(start)), ended])
        }
        let insertLearner = try sql.prepare("INSERT INTO learner (id, code, nickname, createdAt, lastActiveAt) VALUES (?, ?, NULL, ?, ?)")
        let insertJoin = try sql.prepare("INSERT OR IGNORE INTO sessionLearner (sessionId, learnerId, joinedAt) VALUES (?, ?, ?)")
        let insertProgress = try sql.prepare("""
            INSERT INTO lessonProgress (learnerId, lessonID, contentVersion, startedAt, completedAt, completedContentVersion, resumeStepIndex, lastActiveAt)
            VALUES (?, ?, 'v1', ?, ?, ?, ?, ?)
            """)
        let insertLessonEvent = try sql.prepare("INSERT INTO lessonEvent (learnerId, sessionId, lessonID, kind, recordedAt) VALUES (?, ?, ?, ?, ?)")
        let insertStep = try sql.prepare("""
            INSERT INTO stepEvent (learnerId, lessonID, stepIndex, stepID, attempts, hintsUsed, skipped, secondsSpent, completed, typedAnswers, recordedAt)
            VALUES (?, ?, ?, NULL, ?, ?, 0, 60, 1, NULL, ?)
            """)
        let insertConfidence = try sql.prepare("""
            INSERT INTO confidenceCount (sessionId, moment, rating, count) VALUES (?, ?, ?, 1)
            ON CONFLICT (sessionId, moment, rating) DO UPDATE SET count = count + 1
            """)
        for index in 0..<learnerCount {
            let id = Int64(index + 1)
            let session = index * sessionCount / learnerCount
            let sessionID = BenchSQLite.Value.integer(Int64(session + 1))
            let arrived = sessionStart(session) + (index % 10) * 60
            let lessonSpacing = 900
            let lastActive = arrived + (lessonsPerLearner - 1) * lessonSpacing + (stepsPerLesson - 1) * 60
            try insertLearner.run([.integer(id), .text(codes[index]), .text(clock.text(arrived)), .text(clock.text(lastActive))])
            try insertJoin.run([sessionID, .integer(id), .text(clock.text(arrived))])
            for lesson in 0..<lessonsPerLearner {
                let lessonID = BenchSQLite.Value.text("lesson-\((index + lesson) % 20)")
                let started = arrived + lesson * lessonSpacing
                let finished = started + (stepsPerLesson - 1) * 60
                let completes = lesson % 2 == 0
                try insertProgress.run([
                    .integer(id), lessonID, .text(clock.text(started)), completes ? .text(clock.text(finished)) : .null,
                    completes ? .text("v1") : .null, .integer(completes ? 0 : Int64(stepsPerLesson)), .text(clock.text(finished)),
                ])
                try insertLessonEvent.run([.integer(id), sessionID, lessonID, .text("started"), .text(clock.text(started))])
                if completes { try insertLessonEvent.run([.integer(id), sessionID, lessonID, .text("completed"), .text(clock.text(finished))]) }
                if lesson == 1 { try insertLessonEvent.run([.integer(id), sessionID, lessonID, .text("hint"), .text(clock.text(started + 120))]) }
                for step in 0..<stepsPerLesson {
                    try insertStep.run([.integer(id), lessonID, .integer(Int64(step)), .integer(Int64(1 + step % 3)),
                                        .integer(step == 2 && lesson == 1 ? 1 : 0), .text(clock.text(started + step * 60))])
                }
            }
            try insertConfidence.run([sessionID, .text("before"), .integer(Int64(1 + index % 5))])
            try insertConfidence.run([sessionID, .text("after"), .integer(Int64(min(5, 2 + index % 5)))])
        }
        // The newest learners are at terminals in the open session, as during a real session.
        let openSession = Int64(sessionCount)
        let insertLive = try sql.prepare("""
            INSERT INTO liveStatus (learnerId, sessionId, lessonID, lessonTitle, stepNumber, stepCount, stepStartedAt, lastActivityAt)
            VALUES (?, ?, 'lesson-1', 'Lesson 1', 3, 15, ?, ?)
            """)
        let liveStart = Int(end.timeIntervalSince1970) - 600
        for index in (learnerCount - liveLearners)..<learnerCount {
            try insertJoin.run([.integer(openSession), .integer(Int64(index + 1)), .text(clock.text(liveStart))])
            try insertLive.run([.integer(Int64(index + 1)), .integer(openSession), .text(clock.text(liveStart)), .text(clock.text(liveStart))])
        }
        try sql.execute("COMMIT; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)")

        let sampleIndexes = stride(from: 0, to: learnerCount, by: max(1, learnerCount / 200)).map { $0 }
        return ScaleStore(
            location: location, learnerCount: learnerCount, sessionCount: sessionCount, days: days, end: end,
            sampleCodes: sampleIndexes.compactMap { LearnerCode(codes[$0]) }, sampleIDs: sampleIndexes.map { Int64($0 + 1) })
    }
}

/// Stored times (`2026-11-30 06:55:13.000`, UTC) made cheaply for millions of rows: each day's
/// text is made once, the time of day from a table of two-digit numbers.
struct TimeText {
    private let firstDay: Int
    private let dayTexts: [String]
    private let twoDigits = (0..<100).map { $0 < 10 ? "0\($0)" : "\($0)" }

    /// Times from `days` days before `end` up to a day after it.
    init(end: Date, days: Int) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        let endDay = Int(end.timeIntervalSince1970) / 86_400
        firstDay = endDay - days - 1
        dayTexts = (firstDay...(endDay + 2)).map { formatter.string(from: Date(timeIntervalSince1970: Double($0 * 86_400))) }
    }

    /// The stored text of a moment, in whole seconds since 1970.
    func text(_ second: Int) -> String {
        let day = second / 86_400
        let inDay = second % 86_400
        return dayTexts[day - firstDay] + " " + twoDigits[inDay / 3_600] + ":" + twoDigits[inDay / 60 % 60] + ":" + twoDigits[inDay % 60] + ".000"
    }

    /// The stored text of a date.
    func text(_ date: Date) -> String { text(Int(date.timeIntervalSince1970)) }
}
