import Foundation

/// How the YAML 1.2 core schema (the one editors and the lesson schema use) reads a plain,
/// unquoted value: as a number, true/false or nothing, rather than as text. Taster reads lessons
/// the same way, so a file means the same to an editor, to the schema and to lint.
enum CoreSchema {
    private static let patterns: [(ProblemKind, NSRegularExpression)] = [
        (ProblemKind.valueNull, "^(~|null|Null|NULL)?$"),
        (ProblemKind.valueBoolean, "^(true|True|TRUE|false|False|FALSE)$"),
        (ProblemKind.valueNumber, "^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$"),
        (ProblemKind.valueNumber, "^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\\.(inf|Inf|INF)$|^\\.(nan|NaN|NAN)$"),
    ].map { (kind: ProblemKind, pattern: String) in (kind, try! NSRegularExpression(pattern: pattern)) }

    /// A number, true or false, or nothing (null) when a plain value is not text; nil for text.
    static func nonTextKind(of plain: String) -> ProblemKind? {
        let range = NSRange(plain.startIndex..., in: plain)
        return patterns.first { $0.1.firstMatch(in: plain, range: range) != nil }?.0
    }
}
