/// A failure reported by SQLite in the baseline writer.
struct RawSQLiteError: Error {
    /// SQLite's message.
    let message: String
}
