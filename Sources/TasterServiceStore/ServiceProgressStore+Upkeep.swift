import Foundation
import TasterStore

/// The retention purge that runs by itself, once a day (UTC) for the whole service, in small
/// batches so that no terminal's save waits on it for long.
extension ServiceProgressStore: StoreUpkeep {
    /// The name of the purge in `store_chore`.
    static let dailyPurgeChore = "retention-purge"
    /// How many learners one purge batch erases.
    static let dailyPurgeBatchSize = 200

    /// Claims today's purge for this terminal: true if no terminal of the service has started
    /// one today (UTC), and records that this one has.
    func claimDailyPurge(now: Date) throws(StoreError) -> Bool {
        try write("claim daily purge") { transaction in
            try transaction.row("""
                INSERT INTO store_chore (chore, last_started_on) VALUES ($1, (to_timestamp($2) AT TIME ZONE 'UTC')::date)
                ON CONFLICT (chore) DO UPDATE SET last_started_on = excluded.last_started_on
                WHERE store_chore.last_started_on <> excluded.last_started_on
                RETURNING chore
                """, [Self.dailyPurgeChore, now]) != nil
        }
    }

    /// Erases up to `limit` learners inactive since before `cutoff`, oldest first, in one
    /// transaction; returns how many. Learners another terminal's batch holds are skipped.
    func purgeBatch(inactiveSince cutoff: Date, limit: Int) throws(StoreError) -> Int {
        try write("daily purge batch") { transaction in
            let ids = try transaction.rows("""
                SELECT id FROM learner WHERE last_active_at < to_timestamp($1) ORDER BY last_active_at LIMIT $2
                FOR UPDATE SKIP LOCKED
                """, [cutoff, max(1, limit)]).map { $0.id("id") }
            try Self.deleteEverything(transaction, learnerIDs: ids)
            return ids.count
        }
    }

    /// Erases learners inactive for more than `days` days in batches, if no terminal has done
    /// so today; returns how many were erased (nil: another terminal had the day).
    @discardableResult
    public func runDailyPurge(inactiveForDays days: Int, now: Date, shouldStop: () -> Bool) throws(StoreError) -> Int? {
        guard try claimDailyPurge(now: now) else { return nil }
        let cutoff = now.addingTimeInterval(-Double(max(0, days)) * 86_400)
        var erased = 0
        while !shouldStop() {
            let count = try purgeBatch(inactiveSince: cutoff, limit: Self.dailyPurgeBatchSize)
            erased += count
            if count < Self.dailyPurgeBatchSize { break }
        }
        return erased
    }
}
