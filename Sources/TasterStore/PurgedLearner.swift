import Foundation

/// A learner removed by a retention purge, or who would be in a dry run.
public struct PurgedLearner: Sendable, Equatable, Codable {
    /// Their code.
    public var code: LearnerCode
    /// Their nickname, if they had one.
    public var nickname: String?
    /// When they were last active.
    public var lastActiveAt: Date

    /// Creates a purged-learner value.
    public init(code: LearnerCode, nickname: String?, lastActiveAt: Date) {
        self.code = code
        self.nickname = nickname
        self.lastActiveAt = lastActiveAt
    }
}
