import Foundation
import Testing
import TasterTestSupport

@Suite("Screens and sources, through the real binary", .ownThread)
struct ScreenAndSourcesCommandTests {
    static let screenLines = [
        "+--------------------------------------------------+",
        "|  Example Bank                  [ Sign in ]       |",
        "|  Customer number:  ________________              |",
        "+--------------------------------------------------+",
    ]

    static let lesson = """
        id: screen-demo
        title: Screen demo
        summary: See a screen drawn in text.
        area: being-safe
        minutes: 5
        reviewed: 2026-12-01
        sources:
          - id: ncsc
            title: Phishing advice (National Cyber Security Centre)
            address: https://www.ncsc.gov.uk/collection/phishing-scams
            checked: 2026-12-01
        steps:
          - kind: say
            safety: true
            source: ncsc
            text: This is what the sign-in page looks like. Forward scam texts to 7726.
            screen: |
        \(screenLines.map { "      " + $0 }.joined(separator: "\n"))

        """

    /// A folder holding the demo lesson, removed afterwards by the caller.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-screen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(lesson.utf8).write(to: folder.appendingPathComponent("screen-demo.yaml"))
        return folder
    }

    @Test("preview shows the screen exactly as written, even in a narrow window")
    func previewKeepsScreen() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TasterRunner.run(["preview", folder.appendingPathComponent("screen-demo.yaml").path], input: "\n\n", environment: ["COLUMNS": "30"])
        #expect(result.output.contains(Self.screenLines.joined(separator: "\n")), "\(result.output)")
    }

    @Test("lint passes a sourced lesson with a safety point, and guide prints its sources and screen")
    func guidePrintsSources() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lint = try TasterRunner.run(["lint", folder.path])
        #expect(lint.output.contains("0 errors, 0 warnings"), "\(lint.output)")
        let guide = try TasterRunner.run(["guide", "--lessons", folder.path, "screen-demo"])
        #expect(guide.status == 0, "\(guide.output)")
        #expect(guide.output.contains("Phishing advice (National Cyber Security Centre): https://www.ncsc.gov.uk/collection/phishing-scams (checked 2026-12-01)"))
        #expect(guide.output.contains("    " + Self.screenLines[1]))
    }

    @Test("lint warns about the unsourced phone number once the sources are taken out")
    func unsourcedWarned() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("screen-demo.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "    source: ncsc\n", with: "")
        let start = try #require(text.range(of: "sources:"))
        let end = try #require(text.range(of: "steps:"))
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        try Data(text.utf8).write(to: file)
        let lint = try TasterRunner.run(["lint", folder.path])
        #expect(lint.output.contains("states a phone number (\"Forward scam texts to 7726\")"), "\(lint.output)")
    }
}
