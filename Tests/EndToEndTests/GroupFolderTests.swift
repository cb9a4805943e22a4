import Foundation
import Testing

#if canImport(Glibc)
import Glibc
import TasterTestSupport
#endif

/// Two real accounts share one group folder (mode 2770), as the deployment guide sets it up.
/// Accounts are made with useradd for the test and removed after, so it needs root: run as
/// another account it says why it did nothing.
@Suite("A group folder shared by two accounts", .serialized, .ownThread)
struct GroupFolderTests {
    struct Outcome {
        var status: Int32
        var output: String
    }

    /// Runs a system tool as root, for setting up accounts.
    @discardableResult
    static func system(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs taster as `account`, with its own groups, taking the data folder from `folder`.
    static func taster(as account: String, _ arguments: [String], folder: String, home: String) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=\(account)", "--regid=\(account)", "--init-groups", "--", try TasterRunner.executableURL.path] + arguments
        process.environment = ["TASTER_DATA_DIR": folder, "HOME": home, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    @Test("two accounts of the group both save in a 2770 folder; an account outside it is refused")
    func twoAccounts() throws {
        guard geteuid() == 0 else {
            print("Skipped: this test makes real accounts with useradd, which needs root; it runs as uid \(geteuid()).")
            return
        }
        let tag = String(UUID().uuidString.prefix(6)).lowercased()
        let group = "tstg\(tag)", first = "tsta\(tag)", second = "tstb\(tag)", outsider = "tsto\(tag)"
        try #require(try Self.system("/usr/sbin/groupadd", [group]) == 0)
        defer { _ = try? Self.system("/usr/sbin/groupdel", [group]) }
        for (account, inGroup) in [(first, true), (second, true), (outsider, false)] {
            let groups = inGroup ? ["-G", group] : []
            try #require(try Self.system("/usr/sbin/useradd", ["-M", "-U", "-s", "/usr/sbin/nologin"] + groups + [account]) == 0)
        }
        defer { for account in [first, second, outsider] { _ = try? Self.system("/usr/sbin/userdel", [account]) } }

        let top = FileManager.default.temporaryDirectory.appendingPathComponent("taster-group-\(tag)")
        let shared = top.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: top) }
        chmod(top.path, 0o755)
        try #require(try Self.system("/usr/bin/chgrp", [group, shared.path]) == 0)
        chmod(shared.path, 0o2770)
        let home = top.path

        let opened = try Self.taster(as: first, ["session", "start", "Tuesday"], folder: shared.path, home: home)
        #expect(opened.status == 0, "\(opened.output)")
        let ended = try Self.taster(as: second, ["session", "end"], folder: shared.path, home: home)
        #expect(ended.status == 0, "the second account could not save: \(ended.output)")
        #expect(ended.output.contains("has ended"), "\(ended.output)")
        let reopened = try Self.taster(as: first, ["session", "start", "Thursday"], folder: shared.path, home: home)
        #expect(reopened.status == 0, "the first account could not save after the second: \(reopened.output)")
        for name in ["progress.sqlite", "progress.lock"] {
            var info = stat()
            #expect(stat(shared.appendingPathComponent(name).path, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o660, "\(name) has mode \(String(info.st_mode & 0o777, radix: 8))")
        }
        let refused = try Self.taster(as: outsider, ["session", "list"], folder: shared.path, home: home)
        #expect(refused.status != 0, "\(refused.output)")
        #expect(!refused.output.contains("Tuesday"), "an account outside the group read the sessions: \(refused.output)")
    }
}
