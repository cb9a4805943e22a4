import Foundation
import Testing
import TasterTestSupport

/// Values planted in the progress file, and file names, never reach a terminal as escape
/// sequences: every command's output is checked for any character a terminal acts on.
@Suite("Planted escape sequences", .serialized, .ownThread)
struct PlantedValueTests {
    /// ESC ] (retitle), BEL, C1 CSI (U+009B), a colour, and a right-to-left override.
    static let planted = "char(27)||']0;pwned'||char(7)||'Tues'||char(155)||'31m'||char(27)||'[2J'||char(8238)||'day'"

    /// Yesterday to tomorrow (UTC): a report this short lists each session by name, where an
    /// all-time one sums them by month, so the planted session name is printed.
    static let shortPeriod: [String] = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return ["--since", formatter.string(from: Date().addingTimeInterval(-86_400)), "--until", formatter.string(from: Date().addingTimeInterval(86_400))]
    }()

    static func acted(on text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A, 0x09: false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200B: true
            default: false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test("learner show, session list, session end and report (text, CSV, JSON, HTML) show planted values harmlessly",
          arguments: [
            ["learner", "show", "maple-river-otter-11"], ["session", "list"], ["report"], ["report", "--format", "csv"],
            ["report", "--format", "json"], ["report", "--format", "html"], ["session", "end"],
          ] + ["text", "csv", "json", "html"].map { ["report", "--format", $0] + Self.shortPeriod })
    func plantedInProgress(command: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-planted-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = ["--data-dir", folder.path]
        #expect(try TasterRunner.run(["session", "start", "Tuesday"] + data).status == 0)
        let file = folder.appendingPathComponent("progress.sqlite").path
        _ = try RetentionTests.sqlite(file, """
            UPDATE tasterSession SET name = \(Self.planted);
            INSERT INTO learner(code, nickname, createdAt, lastActiveAt) VALUES
            ('maple-river-otter-11', \(Self.planted), '2026-12-01 10:00:00.000', '2026-12-01 10:00:00.000');
            INSERT INTO sessionLearner(sessionId, learnerId, joinedAt) SELECT s.id, l.id, '2026-12-01 10:00:00.000' FROM tasterSession s, learner l;
            """)
        var environment: [String: String] = [:]
        if command.first == "learner" {
            let passphrase = "kettle meadow lantern"
            #expect(try TasterRunner.run(["volunteer", "passphrase"] + data, input: passphrase + "\n" + passphrase + "\n", timeout: 120).status == 0)
            environment["TASTER_VOLUNTEER_PASSPHRASE"] = passphrase
        }
        let result = try TasterRunner.run(command + data, environment: environment, timeout: 60)
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(Self.acted(on: result.output + result.error).isEmpty, "\(Self.acted(on: result.output + result.error)) in \(result.output)")
        if command == ["session", "list"] { #expect(result.output.contains("\\u001B]0;pwned\\u0007Tues"), "\(result.output)") }
        if command.contains("--since") { #expect(result.output.contains("Tues"), "the session is listed by name: \(result.output)") }
        if command.contains("json") {
            let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
            #expect(object is [String: Any])
        }
    }

    @Test("lint and test name a file with escapes in its name harmlessly", arguments: [["lint"], ["test"]])
    func plantedFileName(command: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-planted-name-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id: [unclosed\n".utf8).write(to: folder.appendingPathComponent("\u{1B}]0;pwned\u{07}\u{9B}2J\u{202E}.yaml"))
        let result = try TasterRunner.run(command + [folder.path])
        #expect(result.status != 0)
        #expect(Self.acted(on: result.output + result.error).isEmpty, "\(Self.acted(on: result.output + result.error)) in \(result.output)")
        #expect(result.output.contains("pwned"), "the file is still named: \(result.output)")
    }
}
