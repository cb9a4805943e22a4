import Foundation

/// A day a forgotten learner was active, kept under the random number forgetting gave them so
/// that reports of past periods still count them.
public struct CopiedForgottenDay: Sendable, Equatable, Hashable {
    /// The forgotten learner's random number.
    public var forgottenID: Int64
    /// The day (its first moment, UTC).
    public var day: Date

    /// Creates a day.
    public init(forgottenID: Int64, day: Date) {
        self.forgottenID = forgottenID
        self.day = day
    }
}
