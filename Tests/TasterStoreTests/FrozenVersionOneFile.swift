import Foundation
import GRDB

/// The progress file frozen at the first schema (`Tests/Fixtures/progress-v1`), copied into a
/// data folder for a test to open, so that no test builds "v1" with today's migrator.
enum FrozenVersionOneFile {
    /// The committed file.
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/progress-v1/progress-v1.sqlite")

    /// Copies the file into `folder` as its progress file; returns the copy's path.
    static func copy(into folder: URL, as name: String = "progress.sqlite") throws -> String {
        let copy = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: fixture, to: copy)
        return copy.path
    }

    /// The migration names the file at `path` records, in the order they were applied.
    static func migrations(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }
}
