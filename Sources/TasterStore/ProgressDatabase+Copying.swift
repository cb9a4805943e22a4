import Foundation
import GRDB

/// `taster store copy` from and into the embedded file: see ``StoreCopying`` for the keys and
/// how rows already there are merged.
extension ProgressDatabase: StoreCopying {
    /// Whether the file has every migration this taster knows: a file from an older taster is
    /// read by a copy only once this taster has opened it (and brought it up to date).
    public func hasCurrentSchema() throws(StoreError) -> Bool {
        try read { db in try ProgressSchema.migrator().hasCompletedMigrations(db) }
    }

    /// Everything in the file for a copy, in one read.
    public func copyContents(learners codes: Set<String>?) throws(StoreError) -> StoreContents {
        try read { db in
            var learners: [Int64: CopiedLearner] = [:]
            var order: [Int64] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, code, nickname, createdAt, lastActiveAt, preferredLanguage FROM learner ORDER BY id") {
                let code: String = row["code"]
                if let codes, !codes.contains(code) { continue }
                guard let created = StoredTime.date(row["createdAt"]), let active = StoredTime.date(row["lastActiveAt"]) else { continue }
                let id: Int64 = row["id"]
                learners[id] = CopiedLearner(
                    code: code, nickname: row["nickname"], createdAt: created, lastActiveAt: active,
                    preferredLanguage: row["preferredLanguage"], lessons: [], steps: [])
                order.append(id)
            }
            for lesson in try LessonProgressRow.order(Column("learnerId"), Column("lessonID")).fetchAll(db) where learners[lesson.learnerId] != nil {
                learners[lesson.learnerId]?.lessons.append(lesson.progress)
            }
            for step in try StepEventRow.order(Column("id")).fetchAll(db) where learners[step.learnerId] != nil {
                learners[step.learnerId]?.steps.append(step.storedStep)
            }
            let codeOf = learners.mapValues(\.code)
            var sessions: [Int64: CopiedSession] = [:]
            var sessionOrder: [Int64] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, name, startedAt, endedAt, forgottenLearners FROM tasterSession ORDER BY id") {
                guard let started = StoredTime.date(row["startedAt"]) else { continue }
                let id: Int64 = row["id"]
                sessions[id] = CopiedSession(
                    name: row["name"], startedAt: started, endedAt: StoredTime.date(row["endedAt"]),
                    forgottenLearners: row["forgottenLearners"], joined: [], confidence: [], pairs: [])
                sessionOrder.append(id)
            }
            for row in try Row.fetchAll(db, sql: "SELECT sessionId, learnerId, joinedAt, askedBefore, askedAfter FROM sessionLearner ORDER BY sessionId, learnerId") {
                guard let code = codeOf[row["learnerId"]], let joined = StoredTime.date(row["joinedAt"]) else { continue }
                sessions[row["sessionId"]]?.joined.append(
                    CopiedSession.Joined(code: code, joinedAt: joined, askedBefore: row["askedBefore"], askedAfter: row["askedAfter"]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT sessionId, moment, rating, count FROM confidenceCount ORDER BY sessionId, moment, rating") {
                sessions[row["sessionId"]]?.confidence.append(CopiedSession.ConfidenceCount(moment: row["moment"], rating: row["rating"], count: row["count"]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT sessionId, ratingBefore, ratingAfter, count FROM confidencePair ORDER BY sessionId, ratingBefore, ratingAfter") {
                sessions[row["sessionId"]]?.pairs.append(CopiedSession.PairCount(before: row["ratingBefore"], after: row["ratingAfter"], count: row["count"]))
            }
            var events: [CopiedLessonEvent] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT e.learnerId, e.forgottenId, e.lessonID, e.kind, e.recordedAt, s.startedAt AS sessionStartedAt
                FROM lessonEvent e LEFT JOIN tasterSession s ON s.id = e.sessionId ORDER BY e.id
                """) {
                let learnerID: Int64? = row["learnerId"]
                let code = learnerID.flatMap { codeOf[$0] }
                // A learner's event goes with the learner; a forgotten learner's with the store.
                if learnerID != nil && code == nil { continue }
                guard let recorded = StoredTime.date(row["recordedAt"]) else { continue }
                events.append(CopiedLessonEvent(
                    learnerCode: code, forgottenID: row["forgottenId"], sessionStartedAt: StoredTime.date(row["sessionStartedAt"]),
                    lessonID: row["lessonID"], kind: row["kind"], recordedAt: recorded))
            }
            let days = try Row.fetchAll(db, sql: "SELECT forgottenId, day FROM forgottenLearnerDay ORDER BY forgottenId, day").compactMap { row in
                StoredTime.date(row["day"]).map { CopiedForgottenDay(forgottenID: row["forgottenId"], day: $0) }
            }
            return StoreContents(
                learners: order.compactMap { learners[$0] }, sessions: sessionOrder.compactMap { sessions[$0] },
                lessonEvents: events, forgottenDays: days)
        }
    }

    /// Merges `contents` into the file in one write transaction.
    public func absorb(_ contents: StoreContents) throws(StoreCopyError) {
        do {
            try writer.write { db in
            var learnerIDs: [String: Int64] = [:]
            for learner in contents.learners {
                learnerIDs[learner.code] = try Self.absorbLearner(db, learner)
            }
            var sessionIDs: [Int64: Int64] = [:]
            for session in contents.sessions {
                let id = try Self.absorbSession(db, session, learnerIDs: learnerIDs)
                sessionIDs[StoreCopyTime.key(session.startedAt)] = id
            }
            try Self.absorbLessonEvents(db, contents.lessonEvents, learnerIDs: learnerIDs, sessionIDs: sessionIDs)
            for day in contents.forgottenDays {
                try db.execute(sql: "INSERT OR IGNORE INTO forgottenLearnerDay (forgottenId, day) VALUES (?, ?)",
                               arguments: [day.forgottenID, StoredTime.value(day.day)])
            }
            }
        } catch let error as StoreCopyError {
            throw error
        } catch {
            throw .store(StoreError.from(error, file: filePath))
        }
    }

    /// Adds or merges one learner, their lessons and their step events; returns their row id.
    private static func absorbLearner(_ db: Database, _ learner: CopiedLearner) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO learner (code, nickname, createdAt, lastActiveAt, preferredLanguage) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET
                nickname = CASE WHEN excluded.lastActiveAt > learner.lastActiveAt THEN coalesce(excluded.nickname, learner.nickname)
                                ELSE coalesce(learner.nickname, excluded.nickname) END,
                preferredLanguage = CASE WHEN excluded.lastActiveAt > learner.lastActiveAt
                                         THEN coalesce(excluded.preferredLanguage, learner.preferredLanguage)
                                         ELSE coalesce(learner.preferredLanguage, excluded.preferredLanguage) END,
                createdAt = min(learner.createdAt, excluded.createdAt),
                lastActiveAt = max(learner.lastActiveAt, excluded.lastActiveAt)
            """, arguments: [learner.code, learner.nickname, StoredTime.value(learner.createdAt), StoredTime.value(learner.lastActiveAt), learner.preferredLanguage])
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE code = ?", arguments: [learner.code]) else {
            throw StoreError.unknownLearner(code: learner.code)
        }
        for lesson in learner.lessons {
            try db.execute(sql: """
                INSERT INTO lessonProgress (learnerId, lessonID, contentVersion, startedAt, completedAt, completedContentVersion,
                                            resumeStepIndex, lastActiveAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (learnerId, lessonID) DO UPDATE SET
                    contentVersion = CASE WHEN excluded.lastActiveAt > lessonProgress.lastActiveAt THEN excluded.contentVersion
                                          ELSE lessonProgress.contentVersion END,
                    resumeStepIndex = CASE WHEN excluded.lastActiveAt > lessonProgress.lastActiveAt THEN excluded.resumeStepIndex
                                           ELSE lessonProgress.resumeStepIndex END,
                    completedAt = CASE WHEN excluded.completedAt IS NOT NULL
                                            AND (lessonProgress.completedAt IS NULL OR excluded.completedAt > lessonProgress.completedAt)
                                       THEN excluded.completedAt ELSE lessonProgress.completedAt END,
                    completedContentVersion = CASE WHEN excluded.completedAt IS NOT NULL
                                            AND (lessonProgress.completedAt IS NULL OR excluded.completedAt > lessonProgress.completedAt)
                                       THEN excluded.completedContentVersion ELSE lessonProgress.completedContentVersion END,
                    startedAt = min(lessonProgress.startedAt, excluded.startedAt),
                    lastActiveAt = max(lessonProgress.lastActiveAt, excluded.lastActiveAt)
                """, arguments: [
                    id, lesson.lessonID, lesson.contentVersion, StoredTime.value(lesson.startedAt), StoredTime.value(lesson.completedAt),
                    lesson.completedContentVersion, lesson.resumeStepIndex, StoredTime.value(lesson.lastActiveAt),
                ])
        }
        let present = try Row.fetchAll(db, sql: "SELECT lessonID, stepIndex, recordedAt FROM stepEvent WHERE learnerId = ?", arguments: [id])
            .compactMap { row -> StepKey? in
                StoredTime.date(row["recordedAt"]).map {
                    StepKey(StoredStep(lessonID: row["lessonID"], recordedAt: $0, step: StepRecord(stepIndex: row["stepIndex"])))
                }
            }
        var remaining = StoreContents.tally(present)
        let insert = try db.cachedStatement(sql: """
            INSERT INTO stepEvent (learnerId, lessonID, stepIndex, stepID, attempts, hintsUsed, skipped, secondsSpent, completed,
                                   typedAnswers, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for stored in learner.steps where !StoreContents.take(StepKey(stored), from: &remaining) {
            let step = stored.step
            try insert.execute(arguments: [
                id, stored.lessonID, step.stepIndex, step.stepID, step.attempts, step.hintsUsed, step.skipped, step.secondsSpent,
                step.completed, StepEventRow.storedForm(of: step.typedAnswers), StoredTime.value(stored.recordedAt),
            ])
        }
        return id
    }

    /// Adds or merges one session, who joined and its confidence counts; returns its row id.
    private static func absorbSession(_ db: Database, _ session: CopiedSession, learnerIDs: [String: Int64]) throws -> Int64 {
        let started = StoredTime.value(session.startedAt)
        let id: Int64
        if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM tasterSession WHERE startedAt = ?", arguments: [started]) {
            id = existing
            try db.execute(sql: """
                UPDATE tasterSession SET endedAt = coalesce(endedAt, ?), forgottenLearners = max(forgottenLearners, ?) WHERE id = ?
                """, arguments: [StoredTime.value(session.endedAt), session.forgottenLearners, id])
        } else {
            if session.endedAt == nil, let open = try String.fetchOne(db, sql: "SELECT name FROM tasterSession WHERE endedAt IS NULL") {
                throw StoreCopyError.bothHaveOpenSessions(copied: session.name, there: open)
            }
            try db.execute(sql: "INSERT INTO tasterSession (name, startedAt, endedAt, forgottenLearners) VALUES (?, ?, ?, ?)",
                           arguments: [session.name, started, StoredTime.value(session.endedAt), session.forgottenLearners])
            id = db.lastInsertedRowID
        }
        for joined in session.joined {
            guard let learnerID = learnerIDs[joined.code] else { continue }
            try db.execute(sql: """
                INSERT INTO sessionLearner (sessionId, learnerId, joinedAt, askedBefore, askedAfter) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (sessionId, learnerId) DO UPDATE SET
                    joinedAt = min(sessionLearner.joinedAt, excluded.joinedAt),
                    askedBefore = max(sessionLearner.askedBefore, excluded.askedBefore),
                    askedAfter = max(sessionLearner.askedAfter, excluded.askedAfter)
                """, arguments: [id, learnerID, StoredTime.value(joined.joinedAt), joined.askedBefore, joined.askedAfter])
        }
        for count in session.confidence {
            try db.execute(sql: """
                INSERT INTO confidenceCount (sessionId, moment, rating, count) VALUES (?, ?, ?, ?)
                ON CONFLICT (sessionId, moment, rating) DO UPDATE SET count = max(confidenceCount.count, excluded.count)
                """, arguments: [id, count.moment, count.rating, count.count])
        }
        for pair in session.pairs {
            try db.execute(sql: """
                INSERT INTO confidencePair (sessionId, ratingBefore, ratingAfter, count) VALUES (?, ?, ?, ?)
                ON CONFLICT (sessionId, ratingBefore, ratingAfter) DO UPDATE SET count = max(confidencePair.count, excluded.count)
                """, arguments: [id, pair.before, pair.after, pair.count])
        }
        return id
    }

    /// Adds the lesson events not already there.
    private static func absorbLessonEvents(
        _ db: Database, _ events: [CopiedLessonEvent], learnerIDs: [String: Int64], sessionIDs: [Int64: Int64]
    ) throws {
        let present = try Row.fetchAll(db, sql: """
            SELECT l.code, e.forgottenId, e.lessonID, e.kind, e.recordedAt FROM lessonEvent e LEFT JOIN learner l ON l.id = e.learnerId
            """).compactMap { row -> LessonEventKey? in
                StoredTime.date(row["recordedAt"]).map {
                    LessonEventKey(CopiedLessonEvent(
                        learnerCode: row["code"], forgottenID: row["forgottenId"], sessionStartedAt: nil, lessonID: row["lessonID"],
                        kind: row["kind"], recordedAt: $0))
                }
            }
        var remaining = StoreContents.tally(present)
        for event in events where !StoreContents.take(LessonEventKey(event), from: &remaining) {
            let learnerID = event.learnerCode.flatMap { learnerIDs[$0] }
            if event.learnerCode != nil && learnerID == nil { continue }
            try db.execute(sql: """
                INSERT INTO lessonEvent (learnerId, forgottenId, sessionId, lessonID, kind, recordedAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [
                    learnerID, event.forgottenID, event.sessionStartedAt.flatMap { sessionIDs[StoreCopyTime.key($0)] },
                    event.lessonID, event.kind, StoredTime.value(event.recordedAt),
                ])
        }
    }
}
