/// When a learner was asked how confident they feel.
public enum ConfidenceMoment: String, Sendable, Equatable, Codable, CaseIterable {
    /// As they started, after saying who they are.
    case before
    /// As they left.
    case after
}
