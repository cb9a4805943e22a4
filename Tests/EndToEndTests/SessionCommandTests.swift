import Foundation
import Testing
import TasterTestSupport

@Suite("taster session, run as a volunteer would", .ownThread)
struct SessionCommandTests {
    @Test("start, a refused second start, list, watch, end with a summary, and list again on a fresh data folder")
    func startListEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-sessions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = ["--data-dir", folder.path]

        let started = try TasterRunner.run(["session", "start", "Tuesday", "taster"] + data)
        #expect(started.status == 0, "\(started.error)")
        #expect(started.output.contains("Session \"Tuesday taster\" is open."))

        let again = try TasterRunner.run(["session", "start", "Wednesday taster"] + data)
        #expect(again.status != 0)
        #expect(again.error.contains("\"Tuesday taster\" is still open"), "\(again.error)")

        let listed = try TasterRunner.run(["session", "list"] + data)
        #expect(listed.status == 0)
        #expect(listed.output.contains("NAME") && listed.output.contains("Tuesday taster") && listed.output.contains("(still open)"))

        let passphrase = "a test volunteer passphrase"
        let set = try TasterRunner.run(["volunteer", "passphrase"] + data, input: passphrase + "\n" + passphrase + "\n", timeout: 120)
        #expect(set.status == 0, "\(set.output) \(set.error)")
        let volunteer = ["TASTER_VOLUNTEER_PASSPHRASE": passphrase]
        let refused = try TasterRunner.run(["session", "watch", "--json"] + data, environment: ["TASTER_VOLUNTEER_PASSPHRASE": "wrong words entirely"], timeout: 60)
        #expect(refused.status != 0, "the live view shows learners, so a wrong passphrase is refused")

        let snapshot = try TasterRunner.run(["session", "watch", "--json"] + data, environment: volunteer, timeout: 60)
        #expect(snapshot.status == 0, "\(snapshot.error)")
        let object = try JSONSerialization.jsonObject(with: Data(snapshot.output.utf8)) as? [String: Any]
        #expect((object?["session"] as? [String: Any])?["name"] as? String == "Tuesday taster")

        let once = try TasterRunner.run(["session", "watch", "--plain", "--once"] + data, environment: volunteer, timeout: 60)
        #expect(once.status == 0 && once.output.contains("Nobody has started yet in this session."))

        let ended = try TasterRunner.run(["session", "end"] + data)
        #expect(ended.status == 0, "\(ended.error)")
        #expect(ended.output.contains("Session \"Tuesday taster\" has ended."))
        for label in ["learners:", "lessons started:", "lessons completed:", "hints used:", "confidence before:", "confidence after:"] {
            #expect(ended.output.contains(label), "the summary has \(label)")
        }

        let endAgain = try TasterRunner.run(["session", "end"] + data)
        #expect(endAgain.status != 0 && endAgain.error.contains("No session is open"))

        let listedAfter = try TasterRunner.run(["session", "list"] + data)
        #expect(listedAfter.output.contains("Tuesday taster") && !listedAfter.output.contains("(still open)"))
    }

    @Test("watch on a folder with no progress file says so and creates nothing")
    func watchNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-sessions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TasterRunner.run(["session", "watch", "--once", "--data-dir", folder.path])
        #expect(result.status != 0)
        #expect(result.error.contains("no progress file"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}

/// A terminal pinned to a session by name hears when that session is not open.
@Suite("TASTER_SESSION naming a session that is not open", .ownThread)
struct SessionPinWarningTests {
    @Test("a learner's start says so once, before the first question; with the session open it says nothing")
    func warnsAtStart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-pin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = ["--data-dir", folder.path]
        let pinned = ["TASTER_SESSION": "Tuesday taster"]
        let closed = try TasterRunner.run(data, input: "quit\n", environment: pinned)
        #expect(closed.error.contains("TASTER_SESSION names the session \"Tuesday taster\", which is not open now"), "\(closed.error)")
        #expect(closed.error.components(separatedBy: "TASTER_SESSION names").count == 2, "said once")

        #expect(try TasterRunner.run(["session", "start", "Tuesday", "taster"] + data).status == 0)
        let open = try TasterRunner.run(data, input: "quit\n", environment: pinned)
        #expect(!open.error.contains("TASTER_SESSION names"), "\(open.error)")
        let settings = try TasterRunner.run(["settings"] + data, environment: pinned)
        #expect(settings.output.contains("Tuesday taster (open)"), "\(settings.output)")
    }
}
