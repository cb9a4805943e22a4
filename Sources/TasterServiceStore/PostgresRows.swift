/// The rows a statement returned, as text (libpq's text format), NULL as nil.
public struct PostgresRows: Sendable, Equatable {
    /// The column names, in order.
    public let columns: [String]
    /// Each row's values, in column order.
    public let rows: [[String?]]

    /// Creates rows.
    public init(columns: [String], rows: [[String?]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The first row's first value: for statements that return one.
    public var single: String? { rows.first?.first ?? nil }
}
