import Foundation
import GRDB

/// The retention purge that runs by itself: in small batches, at most once a day per store,
/// so that neither the learner starting nor another terminal saving ever waits for it long.
///
/// One transaction that erased a whole backlog held the write lock for seconds (14 s for the
/// default 180 days on a three-year store), which delayed the first question and made other
/// terminals' saves fail after their busy timeout. Each batch here is its own transaction,
/// sized to take about ``dailyPurgeBatchTarget`` seconds, with a pause after it in which any
/// waiting terminal gets the lock.
extension ProgressDatabase: StoreUpkeep {
    /// How long one purge batch should hold the write lock, in seconds.
    public static let dailyPurgeBatchTarget: TimeInterval = 0.05
    /// The pause between batches, in which other terminals' waiting writes go first.
    static let dailyPurgePause: TimeInterval = 0.03
    /// The name of the purge in `storeChore`.
    static let dailyPurgeChore = "retention-purge"

    /// Claims today's purge for this terminal: true if no terminal has started one today (UTC),
    /// and records that this one has. One small transaction; false on a read-only file.
    public func claimDailyPurge(now: Date) throws(StoreError) -> Bool {
        let today = Self.utcDay(now)
        return try write { db in
            try db.execute(sql: """
                INSERT INTO storeChore (chore, lastStartedOn) VALUES (?, ?)
                ON CONFLICT (chore) DO UPDATE SET lastStartedOn = excluded.lastStartedOn
                WHERE storeChore.lastStartedOn <> excluded.lastStartedOn
                """, arguments: [Self.dailyPurgeChore, today])
            return db.changesCount > 0
        }
    }

    /// Erases up to `limit` learners inactive since before `cutoff`, oldest first, in one
    /// transaction; returns how many were erased.
    public func purgeBatch(inactiveSince cutoff: Date, limit: Int) throws(StoreError) -> Int {
        try write { db in
            let ids = try Int64.fetchAll(db.cachedStatement(sql: Self.purgeBatchSQL), arguments: [StoredTime.value(cutoff), max(1, limit)])
            try Self.deleteEverything(db, learnerIDs: ids)
            return ids.count
        }
    }

    /// The learners a purge batch erases: searched through `learner_on_lastActiveAt`.
    static let purgeBatchSQL = "SELECT id FROM learner WHERE lastActiveAt < ? ORDER BY lastActiveAt LIMIT ?"

    /// Erases learners inactive for more than `days` days in batches, if no terminal has done
    /// so today; returns how many were erased (nil: another terminal had the day). Each batch is
    /// sized from the last one's time so that it holds the lock for about
    /// ``dailyPurgeBatchTarget``; `shouldStop` is asked between batches (a closing terminal
    /// stops early and the rest waits for tomorrow).
    @discardableResult
    public func runDailyPurge(
        inactiveForDays days: Int, now: Date, shouldStop: () -> Bool = { false }
    ) throws(StoreError) -> Int? {
        guard try claimDailyPurge(now: now) else { return nil }
        let cutoff = now.addingTimeInterval(-Double(max(0, days)) * 86_400)
        var batchSize = 8
        var erased = 0
        while !shouldStop() {
            let started = DispatchTime.now().uptimeNanoseconds
            let count = try purgeBatch(inactiveSince: cutoff, limit: batchSize)
            erased += count
            if count < batchSize { break }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            batchSize = Self.nextBatchSize(after: batchSize, took: seconds)
            Thread.sleep(forTimeInterval: Self.dailyPurgePause)
        }
        if erased > 0 { emptyWAL() }
        return erased
    }

    /// The next batch size: scaled towards the target time, never more than doubling or below one.
    static func nextBatchSize(after size: Int, took seconds: TimeInterval) -> Int {
        guard seconds > 0 else { return min(size * 2, 2_000) }
        let scaled = Double(size) * dailyPurgeBatchTarget / seconds
        return max(1, min(size * 2, min(2_000, Int(scaled))))
    }

    /// A day in UTC as "yyyy-MM-dd": the day part of the stored time (made without ICU).
    static func utcDay(_ date: Date) -> String {
        String(StoredTime.text(date).prefix(10))
    }
}
