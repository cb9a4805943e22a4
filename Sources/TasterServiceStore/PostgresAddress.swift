import CLibPQ
import Foundation

/// Where a PostgreSQL server is, in any form libpq reads: a URI (`postgresql://host/db`), a
/// key-value string (`host=... dbname=...`) or a service name (`service=taster`, looked up in
/// `pg_service.conf`). Passwords come from `.pgpass` or `PGPASSFILE`, as libpq arranges.
public struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
    /// The options libpq read from the address, in libpq's order, only those that were given.
    public let options: [(keyword: String, value: String)]

    /// Reads `text` with libpq's own parser; refuses an address that holds a password.
    public init(_ text: String) throws(PostgresError) {
        let pq = try LibPQ.shared()
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let parsed = pq.conninfoParse(text, &errorMessage) else {
            let detail = errorMessage.map { String(cString: $0) } ?? "it is not a PostgreSQL address"
            if let errorMessage { pq.freemem(errorMessage) }
            throw .addressNotUnderstood(detail: detail.trimmingTrailingNewlines)
        }
        defer { pq.conninfoFree(parsed) }
        var found: [(keyword: String, value: String)] = []
        var option = parsed
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val {
                found.append((String(cString: keyword), String(cString: value)))
            }
            option += 1
        }
        options = found
        if found.contains(where: { $0.keyword == "password" && !$0.value.isEmpty }) {
            throw .passwordInAddress(address: Self.redacted(found))
        }
    }

    /// The value given for `keyword`, if any.
    public func value(of keyword: String) -> String? {
        options.first { $0.keyword == keyword }?.value
    }

    /// The address as key-value text with any password left out: safe to print or log.
    public var description: String { Self.redacted(options) }

    public static func == (left: PostgresAddress, right: PostgresAddress) -> Bool {
        left.options.elementsEqual(right.options) { $0.keyword == $1.keyword && $0.value == $1.value }
    }

    private static func redacted(_ options: [(keyword: String, value: String)]) -> String {
        options.filter { $0.keyword != "password" }
            .map { "\($0.keyword)=\(quoted($0.value))" }
            .joined(separator: " ")
    }

    /// A value as libpq's key-value syntax writes it: quoted when it has spaces or quotes.
    private static func quoted(_ value: String) -> String {
        guard value.isEmpty || value.contains(where: { $0 == " " || $0 == "'" || $0 == "\\" }) else { return value }
        return "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}

extension String {
    /// The text without line ends at its end, as libpq's messages come.
    var trimmingTrailingNewlines: String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
