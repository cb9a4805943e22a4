import Foundation

/// Rows written as RFC 4180 CSV: comma-separated, CRLF line ends, and any field holding a comma,
/// a quote, a line break or leading or trailing spaces put in double quotes with quotes doubled.
public struct CSVTable: Sendable, Equatable {
    /// The header row.
    public var header: [String]
    /// The rows, each as long as the header.
    public var rows: [[String]]

    /// Creates a table.
    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// One field, quoted when it must be.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// Free text that a spreadsheet would otherwise run as a formula (starting `=`, `+`, `-`
    /// or `@`), given a leading apostrophe so that it shows as typed.
    public static func inertText(_ text: String) -> String {
        guard let first = text.first, "=+-@\t\r".contains(first) else { return text }
        return "'" + text
    }

    /// The whole table, ending with a line break.
    public var text: String {
        ([header] + rows).map { $0.map(CSVTable.field).joined(separator: ",") + "\r\n" }.joined()
    }
}
