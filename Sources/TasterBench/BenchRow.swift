/// One figure of the benchmark table: taster's value beside a baseline measured in the same run.
struct BenchRow: Codable {
    /// What is measured.
    var name: String
    /// The unit of both values.
    var unit: String
    /// Taster's value.
    var taster: Double
    /// The baseline's value.
    var baseline: Double
    /// What the baseline is.
    var baselineName: String
    /// The target, in words, such as "ratio <= 1.5".
    var target: String
    /// Whether the target was met.
    var met: Bool

    /// taster / baseline.
    var ratio: Double { baseline > 0 ? taster / baseline : .infinity }
}
