import Foundation

/// A clock for tests that only moves when told, in whole seconds so that dates survive a
/// database's millisecond precision unchanged.
public final class ManualClock: @unchecked Sendable {
    // Guards `current`: a store may read the clock from a background thread.
    private let lock = NSLock()
    private var current: Date

    /// A clock starting at a fixed moment (2025-06-15 16:26:40 UTC).
    public init(start: Date = Date(timeIntervalSince1970: 1_750_004_800)) {
        current = start
    }

    /// The current test time.
    public var now: Date {
        lock.withLock { current }
    }

    /// Moves the clock on.
    public func advance(days: Double = 0, seconds: Double = 0) {
        lock.withLock { current = current.addingTimeInterval(days * 86_400 + seconds) }
    }

    /// The clock as the closure the stores and the engine take.
    public var closure: @Sendable () -> Date { { [self] in self.now } }
}
