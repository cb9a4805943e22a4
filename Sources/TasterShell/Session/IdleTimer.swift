import Foundation

/// Notices a learner who walked away: first a warning, then the end of their session.
public final class IdleTimer: @unchecked Sendable {
    /// Where the timer is.
    public enum Stage: Equatable, Sendable {
        case active, warningDue, warned, expired
    }

    private let lock = NSLock()
    private let warnAfter: TimeInterval
    private let endAfter: TimeInterval
    private let now: @Sendable () -> Date
    private var lastActivity: Date
    private var warned = false
    private var armed = true

    /// A timer that warns after `warnAfter` seconds without input and ends after `endAfter`.
    public init(warnAfter: TimeInterval, endAfter: TimeInterval, now: @escaping @Sendable () -> Date = { Date() }) {
        self.warnAfter = warnAfter
        self.endAfter = max(endAfter, warnAfter)
        self.now = now
        lastActivity = now()
    }

    /// The learner did something.
    public func touch() {
        lock.withLock {
            lastActivity = now()
            warned = false
        }
    }

    /// Whether a learner is at the terminal: with nobody there (the welcome screen), there is
    /// nobody to warn and no session to close, so the timer stays quiet.
    public func setLearnerPresent(_ present: Bool) {
        lock.withLock {
            armed = present
            lastActivity = now()
            warned = false
        }
    }

    /// When to warn, for a session that closes after `endAfter` seconds: a minute before the
    /// end, but never sooner than halfway (so a one-minute timeout does not warn at once).
    public static func warningTime(endAfter: TimeInterval) -> TimeInterval {
        max(endAfter - 60, endAfter / 2)
    }

    /// The current stage.
    public var stage: Stage {
        lock.withLock {
            guard armed else { return .active }
            let idle = now().timeIntervalSince(lastActivity)
            if idle >= endAfter { return .expired }
            if idle >= warnAfter { return warned ? .warned : .warningDue }
            return .active
        }
    }

    /// Whether a read should stop now to warn or to end.
    public var readShouldStop: Bool {
        let current = stage
        return current == .warningDue || current == .expired
    }

    /// Records that the warning was shown.
    public func markWarned() {
        lock.withLock { warned = true }
    }

    /// Seconds left before the session ends.
    public var secondsLeft: Int {
        lock.withLock { max(0, Int(endAfter - now().timeIntervalSince(lastActivity))) }
    }
}
