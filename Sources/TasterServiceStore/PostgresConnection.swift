import CLibPQ
import Foundation

/// One connection to a PostgreSQL server through libpq, used synchronously, as the learner's
/// shell is: each call returns when the server has answered.
///
/// Not shared between threads: each terminal, and each thread of a test, opens its own.
public final class PostgresConnection {
    /// The oldest server taster supports: PostgreSQL 13 (`server_version_num`).
    public static let oldestSupportedServer = 130_000

    /// The address connected to.
    public let address: PostgresAddress
    private let handle: OpaquePointer
    /// libpq's functions (loaded on first use: see ``LibPQ``).
    private let pq: LibPQ

    /// Connects to `address`, waiting at most `connectTimeoutSeconds` unless the address sets its
    /// own `connect_timeout`, and refuses a server older than `oldestServer`.
    public init(
        address: PostgresAddress, connectTimeoutSeconds: Int = 5, oldestServer: Int = PostgresConnection.oldestSupportedServer
    ) throws(PostgresError) {
        self.address = address
        let pq = try LibPQ.shared()
        self.pq = pq
        var options = address.options
        if address.value(of: "connect_timeout") == nil { options.append(("connect_timeout", String(connectTimeoutSeconds))) }
        if address.value(of: "application_name") == nil { options.append(("application_name", "taster")) }
        let connection = Self.connect(options, pq)
        guard let connection, pq.status(connection) == CONNECTION_OK else {
            let detail = connection.flatMap { pq.errorMessage($0) }.map { String(cString: $0) } ?? "libpq could not start"
            if let connection { pq.finish(connection) }
            throw Self.connectionError(detail.trimmingTrailingNewlines, address: address)
        }
        // The server's notices (such as "relation already exists, skipping") would otherwise be
        // printed by libpq on standard error, in the middle of a learner's screen.
        _ = pq.setNoticeProcessor(connection, { _, _ in }, nil)
        // Checked before the connection is kept: once kept, `deinit` closes it.
        let version = Int(pq.serverVersion(connection))
        guard version >= oldestServer else {
            pq.finish(connection)
            throw .serverTooOld(address: address.description, version: version, needed: oldestServer)
        }
        handle = connection
    }

    deinit {
        pq.finish(handle)
    }

    /// The server's version as `server_version_num` gives it (150018 for 15.18).
    public var serverVersion: Int { Int(pq.serverVersion(handle)) }

    /// Runs one statement with `$1`, `$2`... filled from `parameters` (sent apart from the text,
    /// so no value is ever read as SQL), and returns its rows.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresRows {
        let result = Self.withCStrings(parameters) { values in
            pq.execParams(handle, sql, Int32(values.count), nil, values, nil, nil, 0)
        }
        guard let result else { throw .connectionLost(detail: lastError) }
        defer { pq.clear(result) }
        switch pq.resultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return PostgresRows(columns: [], rows: [])
        case PGRES_TUPLES_OK:
            return Self.rows(of: result, pq)
        default:
            let sqlState = pq.resultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let message = pq.resultErrorMessage(result).map { String(cString: $0) } ?? lastError
            // Every error the server sends has an SQLSTATE; one without is libpq's own, about the
            // connection (such as "server closed the connection unexpectedly").
            if pq.status(handle) != CONNECTION_OK || sqlState.isEmpty { throw .connectionLost(detail: message.trimmingTrailingNewlines) }
            throw .statementFailed(sqlState: sqlState, detail: message.trimmingTrailingNewlines)
        }
    }

    /// Runs `script`, which may hold several statements and takes no parameters: for a
    /// migration's fixed SQL only, never for anything built from a value.
    public func executeScript(_ script: String) throws(PostgresError) {
        guard let result = pq.exec(handle, script) else { throw .connectionLost(detail: lastError) }
        defer { pq.clear(result) }
        switch pq.resultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY, PGRES_TUPLES_OK:
            return
        default:
            let sqlState = pq.resultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let message = pq.resultErrorMessage(result).map { String(cString: $0) } ?? lastError
            // Every error the server sends has an SQLSTATE; one without is libpq's own, about the
            // connection (such as "server closed the connection unexpectedly").
            if pq.status(handle) != CONNECTION_OK || sqlState.isEmpty { throw .connectionLost(detail: message.trimmingTrailingNewlines) }
            throw .statementFailed(sqlState: sqlState, detail: message.trimmingTrailingNewlines)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    private var lastError: String {
        pq.errorMessage(handle).map { String(cString: $0) }?.trimmingTrailingNewlines ?? "the connection was lost"
    }

    private static func connect(_ options: [(keyword: String, value: String)], _ pq: LibPQ) -> OpaquePointer? {
        withCStrings(options.map(\.keyword)) { keywords in
            withCStrings(options.map(\.value)) { values in
                pq.connectdbParams(keywords + [nil], values + [nil], 0)
            }
        }
    }

    private static func connectionError(_ detail: String, address: PostgresAddress) -> PostgresError {
        let lowered = detail.lowercased()
        if lowered.contains("password authentication failed") || lowered.contains("no password supplied")
            || lowered.contains("authentication failed") {
            return .authenticationFailed(address: address.description)
        }
        return .unreachable(address: address.description, detail: detail)
    }

    private static func rows(of result: OpaquePointer, _ pq: LibPQ) -> PostgresRows {
        let columnCount = pq.nfields(result)
        let rowCount = pq.ntuples(result)
        let columns = (0..<columnCount).map { column in pq.fname(result, column).map { String(cString: $0) } ?? "" }
        let rows = (0..<rowCount).map { row in
            (0..<columnCount).map { column -> String? in
                pq.getisnull(result, row, column) == 1 ? nil : pq.getvalue(result, row, column).map { String(cString: $0) }
            }
        }
        return PostgresRows(columns: columns, rows: rows)
    }

    /// Calls `body` with C strings for `strings` (nil stays a null pointer), freed afterwards.
    private static func withCStrings<Result>(
        _ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> Result
    ) -> Result {
        let copies: [UnsafeMutablePointer<CChar>?] = strings.map { text in text.flatMap { strdup($0) } }
        defer { copies.forEach { free($0) } }
        return body(copies.map { copy in copy.map { UnsafePointer($0) } })
    }
}
