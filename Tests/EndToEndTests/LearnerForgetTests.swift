import Foundation
import Testing
import TasterTestSupport

@Suite("Forgetting a learner from the command line", .ownThread)
struct LearnerForgetTests {
    @Test("learner forget shows what will go and asks first; anything but yes erases nothing")
    func asksFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-forget-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = ["--data-dir", folder.path]
        // English chosen, so the welcome goes straight to "new or returning".
        let learner = try TasterRunner.run(data + ["--language", "en"], input: "1\n\nq\nq\nq\n", timeout: 60)
        let code = try #require(learner.output.split(whereSeparator: { $0.isWhitespace || $0 == "│" })
            .map(String.init).first { $0.split(separator: "-").count == 4 && $0.last?.isNumber == true })
        let passphrase = "a test volunteer passphrase"
        let set = try TasterRunner.run(["volunteer", "passphrase"] + data, input: passphrase + "\n" + passphrase + "\n", timeout: 120)
        #expect(set.status == 0, "\(set.output) \(set.error)")
        let volunteer = ["TASTER_VOLUNTEER_PASSPHRASE": passphrase]

        let declined = try TasterRunner.run(["learner", "forget", code] + data, input: "no\n", environment: volunteer, timeout: 60)
        #expect(declined.status != 0)
        #expect(declined.output.contains("This will erase, for \(code)"), "\(declined.output)")
        #expect(declined.output.contains("lesson(s) started") && declined.output.contains("Are you sure?"))
        #expect(declined.output.contains("Nothing was erased."))
        let stillThere = try TasterRunner.run(["learner", "show", code] + data, environment: volunteer, timeout: 60)
        #expect(stillThere.status == 0, "declining keeps the learner: \(stillThere.error)")

        let confirmed = try TasterRunner.run(["learner", "forget", code] + data, input: "yes\n", environment: volunteer, timeout: 60)
        #expect(confirmed.status == 0, "\(confirmed.error)")
        #expect(confirmed.output.contains("has been erased"))
        let gone = try TasterRunner.run(["learner", "show", code] + data, environment: volunteer, timeout: 60)
        #expect(gone.status != 0)
    }
}
