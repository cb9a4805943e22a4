import Foundation

/// The store's own chores: the retention purge that runs by itself once a day, and closing.
///
/// Every backend implements each requirement itself; there are no default bodies.
public protocol StoreUpkeep: Sendable {
    /// Erases learners inactive for more than `days` days before `now`, if no terminal has
    /// done so today (UTC); returns how many were erased, or nil when another terminal had the
    /// day. `shouldStop` is asked between batches, for a backend that erases in batches.
    @discardableResult
    func runDailyPurge(inactiveForDays days: Int, now: Date, shouldStop: () -> Bool) throws(StoreError) -> Int?
    /// Lets go of the store now rather than when the last reference goes; later calls may fail.
    func close() throws(StoreError)
}
