/// How many learners in a session gave this start answer and this leaving answer, both: the
/// two answers of one person kept together, with nothing that says who, when or in what order.
///
/// A pair is made only when the learner's terminal still holds their start answer as they
/// leave (it keeps it in memory for the visit, never in the store), so the change in confidence
/// can compare the same people.
public struct ConfidencePair: Sendable, Equatable, Hashable, Codable {
    /// The rating, 1 to 5, given as the learner started.
    public var before: Int
    /// The rating, 1 to 5, given as the same learner left.
    public var after: Int
    /// How many learners gave this pair.
    public var count: Int

    /// Creates a pair count.
    public init(before: Int, after: Int, count: Int) {
        self.before = before
        self.after = after
        self.count = count
    }

    /// Pair counts with the same two ratings added together, in order of the start rating,
    /// then the leaving one; pairs outside 1 to 5 or counting none are left out.
    public static func summed(_ pairs: [ConfidencePair]) -> [ConfidencePair] {
        var totals: [[Int]: Int] = [:]
        for pair in pairs where (1...5).contains(pair.before) && (1...5).contains(pair.after) && pair.count > 0 {
            totals[[pair.before, pair.after], default: 0] += pair.count
        }
        return totals.keys.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
            .map { ConfidencePair(before: $0[0], after: $0[1], count: totals[$0] ?? 0) }
    }
}
