import Foundation

/// Writes an impact report as JSON with sorted keys, for other tools.
struct ReportJSONRenderer {
    /// The report as JSON.
    func render(_ report: ImpactReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
