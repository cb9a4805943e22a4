extension NumberQuestion {
    /// An example of what to type at this step, written as its unit asks (pence only for money,
    /// a decimal only when the answer has one), that is never the right answer or a known wrong
    /// one, so that the example gives nothing away. The prompt and the advice for a number that
    /// cannot be read use the same one.
    public var example: String {
        let whole = value.rounded() == value && tolerance < 1
        let candidates: [(value: Double, written: String)] = switch unit {
        case .pounds: [(12.50, "12.50"), (7.25, "7.25"), (30.75, "30.75")]
        case .percent: [(12.5, "12.5"), (7.5, "7.5"), (30.5, "30.5")]
        case .plain: whole ? [(12, "12"), (7, "7"), (30, "30")] : [(12.5, "12.5"), (7.5, "7.5"), (30.5, "30.5")]
        }
        let taken = [value] + wrong.map(\.value)
        let chosen = candidates.first { candidate in
            taken.allSatisfy { abs($0 - candidate.value) > max(tolerance, 0.001) }
        } ?? candidates[0]
        return chosen.written
    }
}
