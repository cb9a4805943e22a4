import Foundation
import Testing
@testable import TasterStore

#if canImport(Glibc)
import Glibc
import TasterTestSupport
#endif

/// A data folder or file another account could change is refused before taster uses it.
@Suite("Folders and files another account could change", .ownThread)
struct FolderTrustTests {
    private func open(_ folder: URL) throws(StoreError) -> ProgressDatabase {
        try ProgressDatabase.open(DataLocation(folder: folder))
    }

    private func untrustedReason(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let StoreError.untrusted(_, reason) {
            return reason
        } catch {
            return "another error: \(error)"
        }
    }

    @Test("a world-writable folder is refused, and nothing is made in it")
    func worldWritableFolder() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("planted")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        chmod(folder.path, 0o777)
        #expect(untrustedReason { _ = try open(folder) }?.contains("any account") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a world-writable progress file in a private folder is refused")
    func worldWritableFile() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("data")
        try open(folder).close()
        chmod(folder.appendingPathComponent("progress.sqlite").path, 0o666)
        #expect(untrustedReason { _ = try open(folder) }?.contains("any account") == true)
    }

    @Test("a group-writable folder that is not set up as a group folder is refused")
    func groupWritableWithoutSetgid() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        chmod(folder.path, 0o770)
        #expect(untrustedReason { _ = try open(folder) }?.contains("not set up as a group folder") == true)
    }

    @Test("a link planted as progress.lock is refused and never followed", arguments: ["progress.lock", "progress.sqlite"])
    func plantedLink(name: String) throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let target = temporary.child("chosen-by-someone-else")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: target.path)
        #expect(untrustedReason { _ = try open(folder) }?.contains("link") == true)
        #expect(!FileManager.default.fileExists(atPath: target.path), "no file was made where the link points")
    }

    @Test("a folder where the progress file or lock should be is named as a folder", arguments: ["progress.lock", "progress.sqlite"])
    func folderInPlaceOfFile(name: String) throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("data")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        let reason = untrustedReason { _ = try open(folder) }
        #expect(reason?.contains("it is a folder") == true, "\(reason ?? "opened")")
        let message = StoreError.untrusted(path: folder.appendingPathComponent(name).path, reason: reason ?? "").volunteerMessage
        #expect(message.contains(name) && message.contains("Choose"))
    }

    @Test("a folder owned by another account is refused (needs root to give it away)")
    func folderOfAnotherAccount() throws {
        guard geteuid() == 0 else {
            print("Skipped: giving a folder to another account needs root; this test runs as uid \(geteuid()).")
            return
        }
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        chmod(folder.path, 0o755)
        // Given to nobody (65534), it is another account's, which could read the learners' codes.
        #expect(chown(folder.path, 65534, 65534) == 0)
        #expect(untrustedReason { _ = try open(folder) }?.contains("another account") == true)
    }

    @Test("a group folder (2770) is used, and files made there are 0660 for the group")
    func groupFolder() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("shared")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        chmod(folder.path, 0o2770)
        let store = try open(folder)
        let learner = try store.newLearner(nickname: nil)
        try store.recordStep(code: learner.code, lessonID: "a", record: StepRecord(stepIndex: 0))
        for name in ["progress.sqlite", "progress.sqlite-wal", "progress.sqlite-shm", "progress.lock"] {
            let mode = FilePermissions.mode(folder.appendingPathComponent(name))
            #expect(mode == 0o660, "\(name) has mode \(mode.map { String($0, radix: 8) } ?? "missing")")
        }
        try store.close()
    }
}
