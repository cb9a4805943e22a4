import Foundation

/// A session a learner took part in, as their export shows it.
public struct JoinedSession: Sendable, Equatable, Codable {
    /// The session's name.
    public var sessionName: String
    /// When the learner was first active in it.
    public var joinedAt: Date

    /// Creates a visit value.
    public init(sessionName: String, joinedAt: Date) {
        self.sessionName = sessionName
        self.joinedAt = joinedAt
    }
}
