/// The regular expressions authors write to accept free-text answers.
///
/// A backtracking matcher (such as Swift's `Regex`) can take minutes on a line of a few dozen
/// characters for patterns like `(a|a)*b`, and no list of dangerous shapes is ever complete. So
/// taster matches with its own ``PatternMachine``, which follows every path at once: the work is
/// at most the line's length times the pattern's size, for every pattern. A pattern is only tried
/// on a line of at most ``longestLineMatched`` characters.
public enum AnswerPattern {
    /// The longest line a pattern is tried on; a right answer is never this long.
    public static let longestLineMatched = 300

    /// Why `pattern` cannot be used, as a fact for the author, or nil when it is a usable pattern.
    public static func problemFact(with pattern: String) -> ProblemFact? {
        do {
            _ = try PatternMachine(pattern)
            return nil
        } catch {
            return ProblemFact(.badPattern, ["pattern": .text(pattern), "reason": .phrase(error.reason)])
        }
    }

    /// Whether `pattern` matches all of `text`, ignoring case. A pattern with a problem, or a
    /// line longer than ``longestLineMatched``, matches nothing.
    public static func matchesWhole(_ text: String, pattern: String) -> Bool {
        var steps = 0
        return matchesWhole(text, pattern: pattern, steps: &steps)
    }

    /// As ``matchesWhole(_:pattern:)``, counting in `steps` the work done.
    static func matchesWhole(_ text: String, pattern: String, steps: inout Int) -> Bool {
        guard text.count <= longestLineMatched, let machine = try? PatternMachine(pattern) else { return false }
        return machine.matchesWhole(Array(text), steps: &steps)
    }
}
