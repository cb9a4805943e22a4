import Foundation
import Testing
@testable import TasterStore
import TasterTestSupport

/// A writer whose files may not grow past a limit (`ulimit -f`), as on a full disk or a used-up
/// quota: it is told with the disk-full words instead of being killed by SIGXFSZ, and every
/// write that returned is kept.
@Suite("The progress file at a file-size limit", .ownThread)
struct ProgressFileSizeLimitTests {
    /// 512 KiB: room for the shared-memory file and about twenty steps of WAL (each file is
    /// limited on its own).
    static let limitBlocks = 1024

    @Test("a writer stopped by the limit says the disk is full, and keeps every write that returned with its resume point")
    func writerAtTheLimit() throws {
        let binary = try #require(StressBinary.locate(), Comment(rawValue: StressBinary.missingMessage))
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try ProgressDatabase.open(DataLocation(folder: temporary.url)).close()

        // POSIX sh counts `ulimit -f` in 512-byte blocks.
        let process = try StressProcess(binary: URL(fileURLWithPath: "/bin/sh"), arguments: [
            "-c", "ulimit -f \(Self.limitBlocks) && exec \"$0\" \"$@\"",
            binary.path, "forever", "--data-dir", temporary.url.path,
        ])
        guard let errorLine = process.waitForLine(startingWith: "error ", timeout: 60) else {
            process.kill()
            process.wait()
            Issue.record("the writer did not stop at the file-size limit: \(process.lines.suffix(3))")
            return
        }
        let status = process.wait()
        let file = DataLocation(folder: temporary.url).databaseFile.path
        #expect(status == 1, "exit status 1 after a kind error, not death by SIGXFSZ (\(status))")
        #expect(errorLine == "error \(StoreError.diskFull(file: file))")
        #expect(errorLine.contains(temporary.url.path), "the error names the file")

        let codeLine = try #require(process.lines.first { $0.hasPrefix("learner ") })
        let code = try #require(LearnerCode(String(codeLine.dropFirst("learner ".count))))
        let returned = process.lines.compactMap { Int($0) }.last ?? 0
        #expect(returned >= 5, "several steps fit before the limit (only \(returned) did)")

        // Without the limit, as when space has been freed: everything that returned is there,
        // each step with its resume point, and writing works again.
        let store = try ProgressDatabase.open(DataLocation(folder: temporary.url))
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.summary(code: code)?.stepsRecorded == returned, "exactly the writes that returned")
        #expect(try store.progress(code: code).lesson(StressBinary.lessonID)?.resumeStepIndex == returned)
        try store.recordStep(code: code, lessonID: StressBinary.lessonID, record: StepRecord(stepIndex: returned), resumeAt: returned + 1)
        #expect(try store.progress(code: code).lesson(StressBinary.lessonID)?.resumeStepIndex == returned + 1)
        try store.close()
    }
}
