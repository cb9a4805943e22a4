import Foundation
import GRDB
import Testing
@testable import TasterStore
import TasterTestSupport

/// Files that are not taster's, or were changed by hand, are told kindly, never in SQL.
@Suite("Someone else's file, or a damaged one", .ownThread)
struct ForeignAndDamagedFileTests {
    @Test("another program's SQLite file named progress.sqlite is refused and gets no tables of taster's")
    func someoneElsesFile() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("progress.sqlite")
        let other = try DatabaseQueue(path: file.path)
        try other.write { db in try db.execute(sql: "CREATE TABLE photos(id INTEGER PRIMARY KEY, caption TEXT)") }
        try other.close()
        #expect(throws: StoreError.corruptFile(file: file.path)) { _ = try ProgressDatabase.open(DataLocation(folder: folder)) }
        let check = try DatabaseQueue(path: file.path)
        let tables = try check.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(tables == ["photos"])
    }

    @Test("a table dropped by hand gives the damaged-file message, with no SQL in it", arguments: ["lessonProgress", "learner"])
    func droppedTable(table: String) throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("data")
        let store = try ProgressDatabase.open(DataLocation(folder: folder))
        let learner = try store.newLearner(nickname: nil)
        try store.writer.write { db in try db.execute(sql: "DROP TABLE \(table)") }
        do {
            try store.startLesson(code: learner.code, lessonID: "a", contentVersion: "1")
            try store.recordStep(code: learner.code, lessonID: "a", record: StepRecord(stepIndex: 0))
            _ = try store.progress(code: learner.code)
            Issue.record("no error after dropping \(table)")
        } catch {
            #expect(error == .corruptFile(file: folder.appendingPathComponent("progress.sqlite").path), "\(error)")
            for sql in ["SELECT", "INSERT", "UPDATE", "no such table"] {
                #expect(!error.message.contains(sql), "\(error.message)")
            }
        }
        try? store.close()
    }
}
