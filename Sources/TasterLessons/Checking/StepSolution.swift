/// A step's solution, shown after its last hint or when it is skipped, as facts: the layer that
/// shows it words it in the learner's language. The author's own `solution:` is used as written.
public enum StepSolution: Sendable, Equatable {
    /// The author's solution, as written.
    case written(String)
    /// The right options, each as its number and text; `anyOne` when any one of them will do.
    case choice(options: [NumberedText], anyOne: Bool)
    /// One of the accepted answers.
    case oneAnswer(String)
    /// The right value, written for its unit (`£12.50`, `15%`).
    case number(String)
    /// The exact text of a typing drill.
    case typeExactly(String)
    /// Advice on making a passphrase (never a password): at least `minWords` words and
    /// `minLength` characters.
    case passphrase(minWords: Int, minLength: Int)
    /// The right order as the numbers shown (`3 1 2`), and the items in that order, each with
    /// its number.
    case order(numbers: String, items: [NumberedText])
}
