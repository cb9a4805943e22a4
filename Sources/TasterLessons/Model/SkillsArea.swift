/// The UK Essential Digital Skills areas, plus money.
public enum SkillsArea: String, Sendable, CaseIterable, Codable {
    case foundation
    case communicating
    case handlingInformation = "handling-information"
    case transacting
    case problemSolving = "problem-solving"
    case beingSafe = "being-safe"
    case money

    /// The name a learner or volunteer reads.
    public var displayName: String {
        switch self {
        case .foundation: "Getting started"
        case .communicating: "Communicating"
        case .handlingInformation: "Finding and judging information"
        case .transacting: "Buying and filling in forms"
        case .problemSolving: "Solving problems"
        case .beingSafe: "Being safe online"
        case .money: "Money"
        }
    }
}
