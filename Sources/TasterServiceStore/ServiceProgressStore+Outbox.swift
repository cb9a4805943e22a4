import Foundation
import TasterStore

/// Taking the events a terminal kept in its outbox while this server could not be reached.
extension ServiceProgressStore: OutboxReceiving {
    /// Applies `events` in order in one transaction. Each event's id goes into `outbox_receipt`
    /// with `ON CONFLICT DO NOTHING`; an event whose id is already there was applied before and
    /// is passed over, so a batch sent twice changes nothing the second time. Each change is
    /// stamped with the time it happened at the terminal.
    public func receive(_ events: [OutboxEvent]) throws(StoreError) {
        guard !events.isEmpty else { return }
        try write("receive outbox") { transaction in
            for event in events {
                let fresh = try transaction.row("""
                    INSERT INTO outbox_receipt (event_id, received_on) VALUES ($1::uuid, current_date)
                    ON CONFLICT (event_id) DO NOTHING RETURNING event_id
                    """, [event.id.uuidString])
                guard fresh != nil else { continue }
                try apply(event, in: transaction)
            }
        }
    }

    /// One event's change. The learner is created when the server has no one with the code (a
    /// new learner whose code was made at the terminal), and marked active at the event's time.
    private func apply(_ event: OutboxEvent, in transaction: Transaction) throws {
        let stamp = event.at
        try transaction.rows("""
            INSERT INTO learner (code, nickname, created_at, last_active_at) VALUES ($1, NULL, to_timestamp($2), to_timestamp($2))
            ON CONFLICT (code) DO UPDATE SET last_active_at = greatest(learner.last_active_at, excluded.last_active_at)
            """, [event.code.rawValue, stamp])
        let learnerID = try Self.requireLearner(transaction, event.code).id
        switch event.change {
        case .learnerArrived:
            break
        case .startLesson(let lessonID, let contentVersion):
            try transaction.rows("""
                INSERT INTO lesson_progress (learner_id, lesson_id, content_version, started_at, resume_step_index, last_active_at)
                VALUES ($1, $2, $3, to_timestamp($4), 0, to_timestamp($4))
                ON CONFLICT (learner_id, lesson_id) DO UPDATE
                SET content_version = excluded.content_version, last_active_at = excluded.last_active_at
                """, [learnerID, lessonID, contentVersion, stamp])
        case .recordStep(let lessonID, let record, let resumeAt):
            let kept = recordsTypedAnswers ? record : Self.withoutTypedAnswers(record)
            try Self.touchLesson(transaction, learnerID, lessonID, stamp)
            try insertStep(transaction, learnerID, lessonID, kept, stamp)
            if let resumeAt { try Self.upsertResumePoint(transaction, learnerID, lessonID, resumeAt, stamp) }
        case .setResumePoint(let lessonID, let stepIndex):
            try Self.upsertResumePoint(transaction, learnerID, lessonID, stepIndex, stamp)
        case .completeLesson(let lessonID, let contentVersion):
            try Self.markCompleted(transaction, learnerID, lessonID, contentVersion, stamp)
        case .lessonEvent(let lessonID, let kind, let sessionPin):
            let sessionID = try join(transaction, learnerID: learnerID, pin: sessionPin, stamp: stamp)
            try transaction.rows("""
                INSERT INTO lesson_event (learner_id, branch, session_id, lesson_id, kind, recorded_at)
                VALUES ($1, $2, $3, $4, $5, to_timestamp($6))
                """, [learnerID, branch, sessionID, lessonID, kind.rawValue, stamp])
        }
    }
}
