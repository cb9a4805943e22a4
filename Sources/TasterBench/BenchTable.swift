import Foundation

/// Prints benchmark rows as one table and saves them as JSON.
enum BenchTable {
    /// Prints the table to standard output.
    static func print(_ rows: [BenchRow]) {
        let nameWidth = max(10, rows.map(\.name.count).max() ?? 0)
        let header = "figure".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  taster      baseline    ratio   target                           baseline is"
        Swift.print(header)
        Swift.print(String(repeating: "-", count: header.count + 10))
        for row in rows {
            let line = row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                + "  " + format(row.taster, row.unit).padding(toLength: 10, withPad: " ", startingAt: 0)
                + "  " + format(row.baseline, row.unit).padding(toLength: 10, withPad: " ", startingAt: 0)
                + "  " + String(format: "%5.2fx", row.ratio)
                + "  " + (row.met ? "met     " : "NOT MET ") + row.target.padding(toLength: 26, withPad: " ", startingAt: 0)
                + " " + row.baselineName
            Swift.print(line)
        }
    }

    /// Writes the rows as JSON.
    static func writeJSON(_ rows: [BenchRow], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        struct Saved: Encodable {
            var date: String
            var rows: [Row]
            struct Row: Encodable {
                var name: String, unit: String, taster: Double, baseline: Double, ratio: Double, baselineName: String, target: String, met: Bool
            }
        }
        let saved = Saved(date: ISO8601DateFormatter().string(from: Date()), rows: rows.map {
            .init(name: $0.name, unit: $0.unit, taster: $0.taster, baseline: $0.baseline, ratio: $0.ratio, baselineName: $0.baselineName, target: $0.target, met: $0.met)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(saved).write(to: url)
    }

    private static func format(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "s": value < 0.01 ? String(format: "%.2f ms", value * 1000) : String(format: "%.3f s", value)
        case "ms": String(format: "%.3f ms", value)
        case "µs": String(format: "%.0f µs", value)
        case "MiB": String(format: "%.1f MiB", value)
        default: String(format: "%.0f %@", value, unit)
        }
    }
}
