import Foundation

/// Moments compared across stores: both keep times to the millisecond, so a moment is the same
/// in both when its whole milliseconds since 1970 are.
public enum StoreCopyTime {
    /// The moment as whole milliseconds since 1970, rounded as both stores round.
    public static func key(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
