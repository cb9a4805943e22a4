/// The plain-word commands a learner can type at any step. The words that mean each one are the
/// catalogue's, per language (``CommandWords``).
public enum LearnerCommand: String, Sendable, CaseIterable {
    case help, hint, volunteer, back, skip, `repeat`, menu, progress, quit
}
