import Foundation

/// A value sent to the server as a statement parameter, in PostgreSQL's text form: always
/// apart from the SQL (``PostgresConnection/execute(_:_:)`` sends `$1`, `$2`... separately), so
/// no value is ever read as SQL.
protocol PostgresValue {
    /// The value as text for the server.
    var postgresText: String { get }
}

extension String: PostgresValue {
    var postgresText: String { self }
}

extension Int: PostgresValue {
    var postgresText: String { String(self) }
}

extension Int64: PostgresValue {
    var postgresText: String { String(self) }
}

extension Bool: PostgresValue {
    var postgresText: String { self ? "true" : "false" }
}

/// A moment, sent as seconds since 1970 to the millisecond (`1750004800.123`), which the SQL
/// turns into a `timestamptz` with `to_timestamp($n)`. Arithmetic only: formatting a date as
/// calendar text would load ICU, as ``PostgresRecord/date(_:)`` explains.
extension Date: PostgresValue {
    var postgresText: String {
        let milliseconds = Int64((timeIntervalSince1970 * 1000).rounded())
        let remainder = milliseconds % 1000
        let (seconds, part) = remainder < 0 ? (milliseconds / 1000 - 1, remainder + 1000) : (milliseconds / 1000, remainder)
        let digits = String(part)
        return "\(seconds)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}

/// A list of row ids, as a PostgreSQL array (`{1,2,3}`) for `= ANY($n::bigint[])`.
struct PostgresIDList: PostgresValue {
    let ids: [Int64]
    var postgresText: String { "{" + ids.map(String.init).joined(separator: ",") + "}" }
}

/// Bytes, as hexadecimal text for `decode($n, 'hex')`.
struct PostgresHex: PostgresValue {
    let data: Data
    var postgresText: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(data.count * 2)
        for byte in data {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes of hexadecimal text, or nil when it is not hexadecimal.
    static func bytes(_ text: String) -> Data? {
        let characters = Array(text.utf8)
        guard characters.count % 2 == 0 else { return nil }
        func nibble(_ character: UInt8) -> UInt8? {
            switch character {
            case 0x30...0x39: character - 0x30
            case 0x61...0x66: character - 0x61 + 10
            case 0x41...0x46: character - 0x41 + 10
            default: nil
            }
        }
        var data = Data(capacity: characters.count / 2)
        var index = 0
        while index < characters.count {
            guard let high = nibble(characters[index]), let low = nibble(characters[index + 1]) else { return nil }
            data.append(high << 4 | low)
            index += 2
        }
        return data
    }
}

/// One row a statement returned, read by column name.
struct PostgresRecord {
    let columns: [String: Int]
    let values: [String?]

    /// The column's text, nil for NULL or a column the row lacks.
    func text(_ column: String) -> String? {
        columns[column].flatMap { values[$0] }
    }

    /// The column as an integer (0 for NULL, so counts of nothing read as zero).
    func int(_ column: String) -> Int {
        text(column).flatMap { Int($0) } ?? 0
    }

    /// The column as an integer, nil for NULL.
    func optionalInt(_ column: String) -> Int? {
        text(column).flatMap { Int($0) }
    }

    /// The column as a row id.
    func id(_ column: String) -> Int64 {
        text(column).flatMap { Int64($0) } ?? 0
    }

    /// The column as a boolean (`t` in PostgreSQL's text form).
    func bool(_ column: String) -> Bool {
        text(column) == "t"
    }

    /// A moment the SQL gave as `extract(epoch FROM column)`: seconds since 1970, rounded to the
    /// millisecond as the SQLite store rounds. Read with arithmetic, since Foundation's calendar
    /// formatting loads ICU (megabytes of memory and time at the first save) on Linux.
    func date(_ column: String) -> Date? {
        text(column).flatMap { Double($0) }.map { Date(timeIntervalSince1970: ($0 * 1000).rounded() / 1000) }
    }
}

extension PostgresRows {
    /// The rows, each readable by column name.
    var records: [PostgresRecord] {
        var index: [String: Int] = [:]
        for (position, name) in columns.enumerated() where index[name] == nil { index[name] = position }
        return rows.map { PostgresRecord(columns: index, values: $0) }
    }
}
