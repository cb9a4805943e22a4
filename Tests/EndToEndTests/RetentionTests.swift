import Foundation
import Testing
import TasterTestSupport

/// The start-up purge needs no passphrase, so `TASTER_RETENTION_DAYS` alone cannot erase
/// recent learners, and what it erased is said.
@Suite("Retention at start-up", .ownThread)
struct RetentionTests {
    static func sqlite(_ file: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [file, sql]
        let pipe = Pipe()
        let errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // A planting that fails would leave the test checking nothing: say so and stop.
        guard process.terminationStatus == 0 else { throw SQLiteFailure(message: errorText) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test("a setting below 30 days keeps recent learners and says so; the start-up purge says what it erased",
          arguments: [("1", true), ("29", true), ("0", false), ("-5", false), ("abc", false)])
    func shortSetting(setting: String, belowFloor: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-retention-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = ["--data-dir", folder.path]
        #expect(try TasterRunner.run(["session", "start", "Tuesday"] + data).status == 0)
        let file = folder.appendingPathComponent("progress.sqlite").path
        let day = 86_400.0
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        formatter.timeZone = TimeZone(identifier: "UTC")
        let recent = formatter.string(from: Date().addingTimeInterval(-3 * day))
        let old = formatter.string(from: Date().addingTimeInterval(-400 * day))
        _ = try Self.sqlite(file, """
            INSERT INTO learner(code, nickname, createdAt, lastActiveAt) VALUES
            ('maple-river-otter-11', NULL, '\(recent)', '\(recent)'), ('maple-river-otter-12', NULL, '\(old)', '\(old)')
            """)
        let result = try TasterRunner.run(["--lessons", "lessons"] + data, input: "quit\nquit\n",
                                          environment: ["TASTER_RETENTION_DAYS": setting])
        let left = try Self.sqlite(file, "SELECT code FROM learner")
        #expect(left.contains("maple-river-otter-11"), "a learner here 3 days ago was erased without the passphrase")
        #expect(!left.contains("maple-river-otter-12"))
        #expect(result.error.contains("Taster erased 1 learner inactive for more than"), "\(result.error)")
        if belowFloor {
            #expect(result.error.contains("is below 30 days"), "\(result.error)")
        } else {
            #expect(result.error.contains("is not a whole number"), "\(result.error)")
        }
    }
}

/// The sqlite3 program refused what a test asked it to plant.
struct SQLiteFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { "sqlite3 failed: \(message)" }
}
