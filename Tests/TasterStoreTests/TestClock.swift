import Foundation

/// A clock for tests that only moves when told, in whole seconds so that dates survive the
/// database's millisecond precision unchanged.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// A clock starting at a fixed moment (2025-06-15 16:26:40 UTC).
    init(start: Date = Date(timeIntervalSince1970: 1_750_004_800)) {
        current = start
    }

    /// The current test time.
    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves the clock on.
    func advance(days: Double = 0, seconds: Double = 0) {
        lock.lock()
        defer { lock.unlock() }
        current = current.addingTimeInterval(days * 86_400 + seconds)
    }

    /// The clock as the closure the stores take.
    var closure: @Sendable () -> Date { { [self] in self.now } }
}
