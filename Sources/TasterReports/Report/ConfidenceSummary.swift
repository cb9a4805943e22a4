/// How confident learners said they felt, on the 1 to 5 scale: how many chose each rating and the average.
public struct ConfidenceSummary: Sendable, Equatable, Codable {
    /// `counts[r - 1]` answers chose rating r, for r from 1 to 5.
    public var counts: [Int]
    /// How many answers there were.
    public var answers: Int
    /// The average rating, to two decimal places; nil when nobody answered.
    public var average: Double?

    /// Summarises counts given as in ``ImpactData`` (missing ratings count as none; extra entries are ignored).
    public init(counts given: [Int]) {
        let counts = (0..<5).map { index in index < given.count ? max(0, given[index]) : 0 }
        self.counts = counts
        answers = counts.reduce(0, +)
        let total = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        average = answers == 0 ? nil : ConfidenceSummary.rounded(Double(total) / Double(answers))
    }

    /// A value rounded to two decimal places, so that reports agree with each other.
    static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
