import Foundation
import TasterStore

/// `taster store copy` from and into a library service's store, for this store's branch: see
/// ``StoreCopying`` for the keys and how rows already there are merged. Learners and their
/// lessons belong to the whole service; sessions and events are this branch's.
extension ServiceProgressStore: StoreCopying {
    /// How many step events one statement inserts (twelve parameters each, well under the
    /// protocol's 65,535).
    static let stepBatch = 400

    /// The moment in a column as whole milliseconds, in SQL, for comparing with ``StoreCopyTime``.
    private static func milliseconds(_ column: String) -> String {
        "round(extract(epoch FROM \(column)) * 1000)::bigint"
    }

    /// Everything this branch holds for a copy, in one repeatable-read snapshot.
    public func copyContents(learners codes: Set<String>?) throws(StoreError) -> StoreContents {
        try read("copy contents") { transaction in
            let learnerRows: [PostgresRecord]
            let columns = "\(Self.learnerColumns), preferred_language"
            if let codes {
                learnerRows = try transaction.rows(
                    "SELECT \(columns) FROM learner WHERE code = ANY($1::text[]) ORDER BY id", [PostgresTextList(texts: codes.sorted())])
            } else {
                learnerRows = try transaction.rows("""
                    SELECT \(columns) FROM learner l
                    WHERE EXISTS (SELECT 1 FROM step_event WHERE learner_id = l.id AND branch = $1)
                       OR EXISTS (SELECT 1 FROM lesson_event WHERE learner_id = l.id AND branch = $1)
                       OR EXISTS (SELECT 1 FROM session_learner j JOIN taster_session s ON s.id = j.session_id
                                  WHERE j.learner_id = l.id AND s.branch = $1)
                    ORDER BY id
                    """, [branch])
            }
            var learners: [Int64: CopiedLearner] = [:]
            var order: [Int64] = []
            for row in learnerRows {
                guard let code = row.text("code"), let created = row.date("created_at"), let active = row.date("last_active_at") else { continue }
                learners[row.id("id")] = CopiedLearner(
                    code: code, nickname: row.text("nickname"), createdAt: created, lastActiveAt: active,
                    preferredLanguage: row.text("preferred_language"), lessons: [], steps: [])
                order.append(row.id("id"))
            }
            let ids = PostgresIDList(ids: order)
            for row in try transaction.rows(
                "SELECT learner_id, \(Self.lessonColumns) FROM lesson_progress WHERE learner_id = ANY($1::bigint[]) ORDER BY learner_id, lesson_id",
                [ids]) {
                guard let lessonID = row.text("lesson_id"), let started = row.date("started_at"), let active = row.date("last_active_at")
                else { continue }
                learners[row.id("learner_id")]?.lessons.append(LessonProgress(
                    lessonID: lessonID, contentVersion: row.text("content_version") ?? "", startedAt: started,
                    completedAt: row.date("completed_at"), completedContentVersion: row.text("completed_content_version"),
                    resumeStepIndex: row.int("resume_step_index"), lastActiveAt: active))
            }
            for row in try transaction.rows("""
                SELECT learner_id, lesson_id, step_index, step_id, attempts, hints_used, skipped, seconds_spent, completed, typed_answers,
                       extract(epoch FROM recorded_at) AS recorded_at
                FROM step_event WHERE branch = $1 AND learner_id = ANY($2::bigint[]) ORDER BY id
                """, [branch, ids]) {
                guard let step = Self.storedStep(from: row) else { continue }
                learners[row.id("learner_id")]?.steps.append(step)
            }
            let codeOf = learners.mapValues(\.code)
            var sessions: [Int64: CopiedSession] = [:]
            var sessionOrder: [Int64] = []
            for row in try transaction.rows("""
                SELECT id, name, extract(epoch FROM started_at) AS started_at, extract(epoch FROM ended_at) AS ended_at, forgotten_learners
                FROM taster_session WHERE branch = $1 ORDER BY id
                """, [branch]) {
                guard let started = row.date("started_at") else { continue }
                sessions[row.id("id")] = CopiedSession(
                    name: row.text("name") ?? "", startedAt: started, endedAt: row.date("ended_at"),
                    forgottenLearners: row.int("forgotten_learners"), joined: [], confidence: [], pairs: [])
                sessionOrder.append(row.id("id"))
            }
            for row in try transaction.rows("""
                SELECT j.session_id, j.learner_id, extract(epoch FROM j.joined_at) AS joined_at, j.asked_before, j.asked_after
                FROM session_learner j JOIN taster_session s ON s.id = j.session_id WHERE s.branch = $1 ORDER BY j.session_id, j.learner_id
                """, [branch]) {
                guard let code = codeOf[row.id("learner_id")], let joined = row.date("joined_at") else { continue }
                sessions[row.id("session_id")]?.joined.append(CopiedSession.Joined(
                    code: code, joinedAt: joined, askedBefore: row.bool("asked_before"), askedAfter: row.bool("asked_after")))
            }
            for row in try transaction.rows("""
                SELECT c.session_id, c.moment, c.rating, c.count FROM confidence_count c JOIN taster_session s ON s.id = c.session_id
                WHERE s.branch = $1 ORDER BY c.session_id, c.moment, c.rating
                """, [branch]) {
                sessions[row.id("session_id")]?.confidence.append(
                    CopiedSession.ConfidenceCount(moment: row.text("moment") ?? "", rating: row.int("rating"), count: row.int("count")))
            }
            for row in try transaction.rows("""
                SELECT p.session_id, p.rating_before, p.rating_after, p.count FROM confidence_pair p JOIN taster_session s ON s.id = p.session_id
                WHERE s.branch = $1 ORDER BY p.session_id, p.rating_before, p.rating_after
                """, [branch]) {
                sessions[row.id("session_id")]?.pairs.append(
                    CopiedSession.PairCount(before: row.int("rating_before"), after: row.int("rating_after"), count: row.int("count")))
            }
            var events: [CopiedLessonEvent] = []
            for row in try transaction.rows("""
                SELECT e.learner_id, e.forgotten_id, e.lesson_id, e.kind, extract(epoch FROM e.recorded_at) AS recorded_at,
                       extract(epoch FROM s.started_at) AS session_started_at
                FROM lesson_event e LEFT JOIN taster_session s ON s.id = e.session_id
                WHERE e.branch = $1 AND (e.learner_id IS NULL OR e.learner_id = ANY($2::bigint[])) ORDER BY e.id
                """, [branch, ids]) {
                guard let recorded = row.date("recorded_at"), let lessonID = row.text("lesson_id"), let kind = row.text("kind") else { continue }
                let learnerID = row.text("learner_id").flatMap { Int64($0) }
                events.append(CopiedLessonEvent(
                    learnerCode: learnerID.flatMap { codeOf[$0] }, forgottenID: row.text("forgotten_id").flatMap { Int64($0) },
                    sessionStartedAt: row.date("session_started_at"), lessonID: lessonID, kind: kind, recordedAt: recorded))
            }
            let days = try transaction.rows("""
                SELECT forgotten_id, extract(epoch FROM day) AS day FROM forgotten_learner_day WHERE branch = $1 ORDER BY forgotten_id, day
                """, [branch]).compactMap { row in row.date("day").map { CopiedForgottenDay(forgottenID: row.id("forgotten_id"), day: $0) } }
            return StoreContents(
                learners: order.compactMap { learners[$0] }, sessions: sessionOrder.compactMap { sessions[$0] },
                lessonEvents: events, forgottenDays: days)
        }
    }

    /// Merges `contents` into this branch in one transaction: an error half way leaves the
    /// database as it was.
    public func absorb(_ contents: StoreContents) throws(StoreCopyError) {
        do {
            try transaction("copy into the service") { transaction in
                var learnerIDs: [String: Int64] = [:]
                for learner in contents.learners {
                    learnerIDs[learner.code] = try absorbLearner(transaction, learner)
                }
                var sessionIDs: [Int64: Int64] = [:]
                for session in contents.sessions {
                    sessionIDs[StoreCopyTime.key(session.startedAt)] = try absorbSession(transaction, session, learnerIDs: learnerIDs)
                }
                try absorbLessonEvents(transaction, contents.lessonEvents, learnerIDs: learnerIDs, sessionIDs: sessionIDs)
                for day in contents.forgottenDays {
                    try transaction.rows("""
                        INSERT INTO forgotten_learner_day (forgotten_id, branch, day) VALUES ($1, $2, to_timestamp($3)) ON CONFLICT DO NOTHING
                        """, [day.forgottenID, branch, day.day])
                }
            }
        } catch let error as StoreCopyError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.serverFailed(address: address.description, detail: "copy into the service: \(error)"))
        }
    }

    /// Adds or merges one learner, their lessons and their step events at this branch; returns
    /// their row id.
    private func absorbLearner(_ transaction: Transaction, _ learner: CopiedLearner) throws -> Int64 {
        guard let id = try transaction.row("""
            INSERT INTO learner (code, nickname, created_at, last_active_at, preferred_language)
            VALUES ($1, $2, to_timestamp($3), to_timestamp($4), $5)
            ON CONFLICT (code) DO UPDATE SET
                nickname = CASE WHEN excluded.last_active_at > learner.last_active_at THEN coalesce(excluded.nickname, learner.nickname)
                                ELSE coalesce(learner.nickname, excluded.nickname) END,
                preferred_language = CASE WHEN excluded.last_active_at > learner.last_active_at
                                          THEN coalesce(excluded.preferred_language, learner.preferred_language)
                                          ELSE coalesce(learner.preferred_language, excluded.preferred_language) END,
                created_at = least(learner.created_at, excluded.created_at),
                last_active_at = greatest(learner.last_active_at, excluded.last_active_at)
            RETURNING id
            """, [learner.code, learner.nickname, learner.createdAt, learner.lastActiveAt, learner.preferredLanguage])?.id("id")
        else { throw StoreError.unknownLearner(code: learner.code) }
        for lesson in learner.lessons {
            try transaction.rows("""
                INSERT INTO lesson_progress AS p (learner_id, lesson_id, content_version, started_at, completed_at, completed_content_version,
                                                  resume_step_index, last_active_at)
                VALUES ($1, $2, $3, to_timestamp($4), to_timestamp($5), $6, $7, to_timestamp($8))
                ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
                    content_version = CASE WHEN excluded.last_active_at > p.last_active_at THEN excluded.content_version ELSE p.content_version END,
                    resume_step_index = CASE WHEN excluded.last_active_at > p.last_active_at THEN excluded.resume_step_index
                                             ELSE p.resume_step_index END,
                    completed_at = CASE WHEN excluded.completed_at IS NOT NULL AND (p.completed_at IS NULL OR excluded.completed_at > p.completed_at)
                                        THEN excluded.completed_at ELSE p.completed_at END,
                    completed_content_version = CASE WHEN excluded.completed_at IS NOT NULL
                                                          AND (p.completed_at IS NULL OR excluded.completed_at > p.completed_at)
                                                     THEN excluded.completed_content_version ELSE p.completed_content_version END,
                    started_at = least(p.started_at, excluded.started_at),
                    last_active_at = greatest(p.last_active_at, excluded.last_active_at)
                """, [
                    id, lesson.lessonID, lesson.contentVersion, lesson.startedAt, lesson.completedAt, lesson.completedContentVersion,
                    lesson.resumeStepIndex, lesson.lastActiveAt,
                ])
        }
        let present = try transaction.rows("""
            SELECT lesson_id, step_index, extract(epoch FROM recorded_at) AS recorded_at FROM step_event WHERE learner_id = $1 AND branch = $2
            """, [id, branch]).compactMap { row -> StepKey? in
                guard let lessonID = row.text("lesson_id"), let recorded = row.date("recorded_at") else { return nil }
                return StepKey(StoredStep(lessonID: lessonID, recordedAt: recorded, step: StepRecord(stepIndex: row.int("step_index"))))
            }
        var remaining = StoreContents.tally(present)
        let missing = learner.steps.filter { !StoreContents.take(StepKey($0), from: &remaining) }
        var start = 0
        while start < missing.count {
            let batch = missing[start..<min(start + Self.stepBatch, missing.count)]
            var values: [String] = []
            var parameters: [(any PostgresValue)?] = [id, branch]
            for stored in batch {
                let first = parameters.count + 1
                values.append("($1, $2, " + (first..<first + 10).map { $0 == first + 9 ? "to_timestamp($\($0))" : "$\($0)" }.joined(separator: ", ") + ")")
                let step = stored.step
                parameters += [
                    stored.lessonID, step.stepIndex, step.stepID, step.attempts, step.hintsUsed, step.skipped, step.secondsSpent,
                    step.completed, Self.storedForm(of: step.typedAnswers), stored.recordedAt,
                ] as [(any PostgresValue)?]
            }
            // Only placeholders are joined into the SQL; every value goes as a parameter.
            try transaction.rows("""
                INSERT INTO step_event (learner_id, branch, lesson_id, step_index, step_id, attempts, hints_used, skipped, seconds_spent,
                                        completed, typed_answers, recorded_at)
                VALUES \(values.joined(separator: ", "))
                """, parameters)
            start += Self.stepBatch
        }
        return id
    }

    /// Adds or merges one session of this branch, who joined and its confidence counts; returns
    /// its row id.
    private func absorbSession(_ transaction: Transaction, _ session: CopiedSession, learnerIDs: [String: Int64]) throws -> Int64 {
        let id: Int64
        if let existing = try transaction.row(
            "SELECT id FROM taster_session WHERE branch = $1 AND \(Self.milliseconds("started_at")) = $2",
            [branch, StoreCopyTime.key(session.startedAt)]) {
            id = existing.id("id")
            try transaction.rows("""
                UPDATE taster_session SET ended_at = coalesce(ended_at, to_timestamp($2)), forgotten_learners = greatest(forgotten_learners, $3)
                WHERE id = $1
                """, [id, session.endedAt, session.forgottenLearners])
        } else {
            if session.endedAt == nil,
               let open = try transaction.row("SELECT name FROM taster_session WHERE branch = $1 AND ended_at IS NULL", [branch])?.text("name") {
                throw StoreCopyError.bothHaveOpenSessions(copied: session.name, there: open)
            }
            id = try transaction.row("""
                INSERT INTO taster_session (branch, name, started_at, ended_at, forgotten_learners)
                VALUES ($1, $2, to_timestamp($3), to_timestamp($4), $5) RETURNING id
                """, [branch, session.name, session.startedAt, session.endedAt, session.forgottenLearners])?.id("id") ?? 0
        }
        for joined in session.joined {
            guard let learnerID = learnerIDs[joined.code] else { continue }
            try transaction.rows("""
                INSERT INTO session_learner AS j (session_id, learner_id, joined_at, asked_before, asked_after)
                VALUES ($1, $2, to_timestamp($3), $4, $5)
                ON CONFLICT (session_id, learner_id) DO UPDATE SET
                    joined_at = least(j.joined_at, excluded.joined_at),
                    asked_before = j.asked_before OR excluded.asked_before,
                    asked_after = j.asked_after OR excluded.asked_after
                """, [id, learnerID, joined.joinedAt, joined.askedBefore, joined.askedAfter])
        }
        for count in session.confidence {
            try transaction.rows("""
                INSERT INTO confidence_count AS c (session_id, moment, rating, count) VALUES ($1, $2, $3, $4)
                ON CONFLICT (session_id, moment, rating) DO UPDATE SET count = greatest(c.count, excluded.count)
                """, [id, count.moment, count.rating, count.count])
        }
        for pair in session.pairs {
            try transaction.rows("""
                INSERT INTO confidence_pair AS c (session_id, rating_before, rating_after, count) VALUES ($1, $2, $3, $4)
                ON CONFLICT (session_id, rating_before, rating_after) DO UPDATE SET count = greatest(c.count, excluded.count)
                """, [id, pair.before, pair.after, pair.count])
        }
        return id
    }

    /// Adds the lesson events not already at this branch.
    private func absorbLessonEvents(
        _ transaction: Transaction, _ events: [CopiedLessonEvent], learnerIDs: [String: Int64], sessionIDs: [Int64: Int64]
    ) throws {
        let present = try transaction.rows("""
            SELECT l.code, e.forgotten_id, e.lesson_id, e.kind, extract(epoch FROM e.recorded_at) AS recorded_at
            FROM lesson_event e LEFT JOIN learner l ON l.id = e.learner_id WHERE e.branch = $1
            """, [branch]).compactMap { row -> LessonEventKey? in
                guard let lessonID = row.text("lesson_id"), let kind = row.text("kind"), let recorded = row.date("recorded_at") else { return nil }
                return LessonEventKey(CopiedLessonEvent(
                    learnerCode: row.text("code"), forgottenID: row.text("forgotten_id").flatMap { Int64($0) }, sessionStartedAt: nil,
                    lessonID: lessonID, kind: kind, recordedAt: recorded))
            }
        var remaining = StoreContents.tally(present)
        for event in events where !StoreContents.take(LessonEventKey(event), from: &remaining) {
            let learnerID = event.learnerCode.flatMap { learnerIDs[$0] }
            if event.learnerCode != nil && learnerID == nil { continue }
            try transaction.rows("""
                INSERT INTO lesson_event (learner_id, forgotten_id, branch, session_id, lesson_id, kind, recorded_at)
                VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7))
                """, [
                    learnerID, event.forgottenID, branch, event.sessionStartedAt.flatMap { sessionIDs[StoreCopyTime.key($0)] },
                    event.lessonID, event.kind, event.recordedAt,
                ])
        }
    }
}
