/// A list of texts, as a PostgreSQL array (`{"a","b"}`) for `= ANY($n::text[])`: each element
/// quoted, with `\` and `"` escaped, so no element is ever read as more than one.
struct PostgresTextList: PostgresValue {
    let texts: [String]
    var postgresText: String {
        "{" + texts.map { text in
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }.joined(separator: ",") + "}"
    }
}
