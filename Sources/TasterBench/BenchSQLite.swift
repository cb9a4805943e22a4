import Foundation
import GRDBSQLite

/// A plain SQLite connection through the C API: generates benchmark stores and runs the
/// hand-written queries that taster's figures are measured beside.
final class BenchSQLite {
    /// A value to bind or read.
    enum Value: Equatable {
        case integer(Int64)
        case text(String)
        case null
    }

    private var handle: OpaquePointer?

    /// Opens an existing file for reading and writing, waiting up to 5 s for other writers.
    init(path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            throw BenchError(description: "cannot open \(path): \(String(cString: sqlite3_errmsg(handle)))")
        }
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements that return nothing.
    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw BenchError(description: "SQLite refused \u{201C}\(sql)\u{201D}: \(String(cString: sqlite3_errmsg(handle)))")
        }
    }

    /// A prepared statement, kept for many runs.
    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw BenchError(description: "SQLite cannot prepare \u{201C}\(sql)\u{201D}: \(String(cString: sqlite3_errmsg(handle)))")
        }
        return Statement(pointer: statement, handle: handle, sql: sql)
    }

    /// The rows of one query, run once.
    func rows(_ sql: String, _ values: [Value] = []) throws -> [[Value]] {
        try prepare(sql).rows(values)
    }

    /// One prepared statement.
    final class Statement {
        private let pointer: OpaquePointer
        private let handle: OpaquePointer?
        private let sql: String
        /// SQLite's SQLITE_TRANSIENT: copy bound text immediately.
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        init(pointer: OpaquePointer, handle: OpaquePointer?, sql: String) {
            self.pointer = pointer
            self.handle = handle
            self.sql = sql
        }

        deinit { sqlite3_finalize(pointer) }

        /// Runs the statement with `values` and returns its rows.
        @discardableResult
        func rows(_ values: [Value]) throws -> [[Value]] {
            sqlite3_reset(pointer)
            sqlite3_clear_bindings(pointer)
            for (index, value) in values.enumerated() {
                let position = Int32(index + 1)
                switch value {
                case .integer(let number): sqlite3_bind_int64(pointer, position, number)
                case .text(let text): sqlite3_bind_text(pointer, position, text, -1, Self.transient)
                case .null: sqlite3_bind_null(pointer, position)
                }
            }
            var result: [[Value]] = []
            while true {
                let status = sqlite3_step(pointer)
                if status == SQLITE_DONE { break }
                guard status == SQLITE_ROW else {
                    throw BenchError(description: "SQLite failed running \u{201C}\(sql)\u{201D}: \(String(cString: sqlite3_errmsg(handle)))")
                }
                var row: [Value] = []
                for column in 0..<sqlite3_column_count(pointer) {
                    switch sqlite3_column_type(pointer, column) {
                    case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(pointer, column)))
                    case SQLITE_NULL: row.append(.null)
                    default: row.append(.text(String(cString: sqlite3_column_text(pointer, column))))
                    }
                }
                result.append(row)
            }
            sqlite3_reset(pointer)
            return result
        }

        /// Runs the statement with `values`, ignoring any rows.
        func run(_ values: [Value]) throws {
            try rows(values)
        }
    }
}

extension BenchSQLite.Value {
    /// The integer, or 0.
    var integer: Int64 {
        if case .integer(let number) = self { return number }
        return 0
    }

    /// The text, or "".
    var text: String {
        if case .text(let text) = self { return text }
        return ""
    }
}
