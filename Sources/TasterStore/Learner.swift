import Foundation

/// A learner as the store knows them: a code, an optional nickname and two dates. Nothing else.
public struct Learner: Sendable, Equatable, Codable {
    /// The pseudonymous code the learner resumes with.
    public var code: LearnerCode
    /// An optional display name the learner chose, already cleaned by ``Nickname/clean(_:)``.
    public var nickname: String?
    /// When the learner was created.
    public var createdAt: Date
    /// When anything was last recorded for the learner; retention is measured from here.
    public var lastActiveAt: Date

    /// Creates a learner value.
    public init(code: LearnerCode, nickname: String?, createdAt: Date, lastActiveAt: Date) {
        self.code = code
        self.nickname = nickname
        self.createdAt = createdAt
        self.lastActiveAt = lastActiveAt
    }
}
