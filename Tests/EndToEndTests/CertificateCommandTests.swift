import Foundation
import Testing
import TasterTestSupport

/// `taster certificate` as a volunteer runs it: the library's name from `--library` or
/// `TASTER_LIBRARY_NAME`, what the learner can now do, and never the learner code.
@Suite("Certificate from the command line", .ownThread)
struct CertificateCommandTests {
    @Test("the library's name comes from --library, else TASTER_LIBRARY_NAME; the page says what was learned, never the code")
    func libraryNameAndWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-certificate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = ["--data-dir", folder.path]
        let lessons = ["--lessons", "lessons"]
        #expect(try TasterRunner.run(["session", "start", "Tuesday"] + data).status == 0)
        let code = "maple-river-otter-21"
        let day = "2026-11-03 10:00:00.000"
        _ = try RetentionTests.sqlite(folder.appendingPathComponent("progress.sqlite").path, """
            INSERT INTO learner(code, nickname, createdAt, lastActiveAt) VALUES ('\(code)', NULL, '\(day)', '\(day)');
            INSERT INTO lessonProgress(learnerId, lessonID, contentVersion, startedAt, completedAt, completedContentVersion, lastActiveAt)
              SELECT id, 'banking-safely', 'v1', '\(day)', '\(day)', 'v1', '\(day)' FROM learner;
            """)
        let passphrase = "a test volunteer passphrase"
        let set = try TasterRunner.run(["volunteer", "passphrase"] + data, input: passphrase + "\n" + passphrase + "\n", timeout: 120)
        #expect(set.status == 0, "\(set.output) \(set.error)")
        let volunteer = ["TASTER_VOLUNTEER_PASSPHRASE": passphrase]

        let fromOption = try TasterRunner.run(["certificate", code, "--library", "Bridge Street Library"] + data + lessons, environment: volunteer, timeout: 60)
        #expect(fromOption.status == 0, "\(fromOption.error)")
        #expect(fromOption.output.contains("<p class=\"library\">Bridge Street Library</p>"))
        #expect(fromOption.output.contains("Banking safely"))
        #expect(fromOption.output.contains("Know what a real bank will never ask you"))
        #expect(fromOption.output.contains("Signed by a volunteer"))
        #expect(!fromOption.output.contains(code))

        var site = volunteer
        site["TASTER_LIBRARY_NAME"] = "Town  Library"
        let fromVariable = try TasterRunner.run(["certificate", code] + data + lessons, environment: site, timeout: 60)
        #expect(fromVariable.output.contains("<p class=\"library\">Town Library</p>"), "\(fromVariable.error)")
        let optionFirst = try TasterRunner.run(["certificate", code, "--library", "Bridge Street Library"] + data + lessons, environment: site, timeout: 60)
        #expect(optionFirst.output.contains("Bridge Street Library") && !optionFirst.output.contains("Town Library"))

        let unnamed = try TasterRunner.run(["certificate", code] + data + lessons, environment: volunteer, timeout: 60)
        #expect(unnamed.status == 0, "\(unnamed.error)")
        #expect(!unnamed.output.contains("<p class=\"library\">"))
        #expect(unnamed.output.contains("ask at the library"))
    }
}
