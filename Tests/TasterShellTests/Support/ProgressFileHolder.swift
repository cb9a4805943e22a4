import Foundation

/// Another program holding the progress file open in a transaction (`sqlite3`), as a second
/// terminal would, until `release()`: either reading, which pins the WAL, or holding the write
/// lock, so that taster's next write waits.
final class ProgressFileHolder {
    /// What the other program holds.
    enum Hold {
        /// A read transaction, as a terminal reading the file.
        case read
        /// The write lock, as a terminal in the middle of a long save.
        case writeLock
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    /// Starts `sqlite3` on `database` and returns once it holds what `hold` says.
    init(database: String, hold: Hold) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let start = hold == .read ? "BEGIN;\nSELECT 'held-' || COUNT(*) FROM learner;\n" : "BEGIN IMMEDIATE;\nSELECT 'held-' || 'lock';\n"
        input.fileHandleForWriting.write(Data(start.utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("held-") {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else {
                throw TasterProgram.SetUpFailed(description: "sqlite3 could not \(hold == .read ? "read the progress file" : "take the write lock")")
            }
            seen.append(chunk)
        }
    }

    /// Ends the transaction (changing nothing) and closes the file.
    func release() {
        input.fileHandleForWriting.write(Data("COMMIT;\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
