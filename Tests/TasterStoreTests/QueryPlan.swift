import GRDB

/// Reads SQLite's plan for a query, to show which tables it reads from start to end.
enum QueryPlan {
    /// The plan's detail lines, such as "SEARCH tasterSession USING INDEX ...".
    static func details(_ db: Database, _ sql: String, arguments: StatementArguments = []) throws -> [String] {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
    }

    /// The plan lines that scan one of `tables` (by name or by the alias the query gives it)
    /// whole, with or without an index: each grows with the whole history.
    static func fullScans(_ db: Database, _ sql: String, arguments: StatementArguments = [], of tables: [String]) throws -> [String] {
        try details(db, sql, arguments: arguments).filter { line in
            let words = line.split(separator: " ")
            return words.count >= 2 && words[0] == "SCAN" && tables.contains(String(words[1]))
        }
    }
}
