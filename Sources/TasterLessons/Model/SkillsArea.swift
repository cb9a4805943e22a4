/// The UK Essential Digital Skills areas, plus money.
public enum SkillsArea: String, Sendable, CaseIterable, Codable {
    case foundation
    case communicating
    case handlingInformation = "handling-information"
    case transacting
    case problemSolving = "problem-solving"
    case beingSafe = "being-safe"
    case money
    // The name a learner or volunteer reads is the catalogue's (`Catalogue.name(of:)`).
}
