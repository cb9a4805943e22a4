/// Who reads a command's messages: the same fact is told differently to each.
enum Audience: Sendable {
    /// A learner at the terminal, in the middle of a lesson or about to start one.
    case learner
    /// A volunteer or member of staff running a session or looking after learners' data.
    case volunteer
    /// A lesson author checking or trying lesson files.
    case author
}
