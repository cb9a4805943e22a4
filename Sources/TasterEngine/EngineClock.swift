import Foundation

/// Where the engine gets the time from: the real clock, or a fixed one in tests.
public struct EngineClock: Sendable {
    /// The current instant.
    public var now: @Sendable () -> Date

    /// Creates a clock from a closure.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system clock.
    public static let live = EngineClock { Date() }

    /// A clock that always says `date`.
    public static func fixed(_ date: Date) -> EngineClock {
        EngineClock { date }
    }
}
