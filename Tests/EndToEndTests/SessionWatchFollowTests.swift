import Foundation
import Testing
import TasterTestSupport

/// `taster session watch --json --follow`: one process, one passphrase check, a JSON line at
/// every refresh, for a tool that keeps watching.
@Suite("taster session watch --json --follow", .ownThread)
struct SessionWatchFollowTests {
    /// The lines the running watcher has printed so far.
    private static func lines(in file: URL) -> [String] {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// Waits until a printed line satisfies `found`, for at most `timeout` seconds.
    private static func waitForLine(in file: URL, timeout: Double, _ found: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = lines(in: file).first(where: found) { return line }
            usleep(50_000)
        }
        return nil
    }

    /// The session's name in a snapshot line, or nil when it shows none (or is not JSON).
    private static func sessionName(_ line: String) -> String? {
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return (object?["session"] as? [String: Any])?["name"] as? String
    }

    @Test("keeps printing one JSON line a refresh from one process, and shows a session opened meanwhile")
    func follows() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-follow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = ["--data-dir", folder.path]
        #expect(try TasterRunner.run(["session", "start", "Morning taster"] + data).status == 0)
        #expect(try TasterRunner.run(["session", "end"] + data).status == 0)
        let passphrase = "a test volunteer passphrase"
        let set = try TasterRunner.run(["volunteer", "passphrase"] + data, input: passphrase + "\n" + passphrase + "\n", timeout: 120)
        #expect(set.status == 0, "\(set.output) \(set.error)")

        let output = FileManager.default.temporaryDirectory.appendingPathComponent("taster-follow-out-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let watcher = Process()
        watcher.executableURL = try TasterRunner.executableURL
        watcher.arguments = ["session", "watch", "--json", "--follow"] + data
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        variables["TASTER_VOLUNTEER_PASSPHRASE"] = passphrase
        watcher.environment = variables
        watcher.standardOutput = try FileHandle(forWritingTo: output)
        watcher.standardError = FileHandle.nullDevice
        watcher.standardInput = FileHandle.nullDevice
        try watcher.run()
        // However the test ends, the watcher does not outlive it. SIGKILL, because a process
        // started from a test's worker thread inherits that thread's blocked signals, SIGTERM
        // among them, so `terminate()` alone would leave it running.
        defer {
            if watcher.isRunning { kill(watcher.processIdentifier, SIGKILL) }
            watcher.waitUntilExit()
        }

        let first = try #require(Self.waitForLine(in: output, timeout: 90) { !$0.isEmpty }, "no snapshot was printed")
        let firstObject = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        #expect(firstObject?["learners"] is [Any], "the first line is a whole snapshot: \(first)")
        #expect(Self.sessionName(first) == nil, "no session is open yet")

        #expect(try TasterRunner.run(["session", "start", "Evening taster"] + data).status == 0)
        let later = Self.waitForLine(in: output, timeout: 60) { Self.sessionName($0) == "Evening taster" }
        #expect(later != nil, "the same process showed the session opened after it started: \(Self.lines(in: output))")
        #expect(watcher.isRunning, "it keeps watching until stopped")
        for line in Self.lines(in: output) {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "each line is one JSON snapshot: \(line)")
        }
    }

    @Test("--follow without --json, or with --once, is refused before anything is read", arguments: [
        ["session", "watch", "--follow"], ["session", "watch", "--json", "--follow", "--once"],
    ])
    func refusedCombinations(arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-follow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TasterRunner.run(arguments + ["--data-dir", folder.path])
        #expect(result.status != 0)
        #expect(result.error.contains("--follow"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
