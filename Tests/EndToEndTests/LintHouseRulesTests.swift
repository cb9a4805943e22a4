import Foundation
import Testing
import TasterTestSupport

/// Lint gives one verdict wherever it runs: the house rules come from beside the lessons.
@Suite("Lint house rules, wherever lint runs", .ownThread)
struct LintHouseRulesTests {
    /// An author's lesson naming a brand the bundled list has and linking a site it allows.
    static let authorsLesson = """
        id: video-calls
        title: Making a video call
        summary: Start a video call with a friend and check your sound.
        area: communicating
        minutes: 10
        reviewed: 2026-11-01
        steps:
          - kind: say
            text: |
              Sam uses Skype to call her sister.

              For free advice, see https://www.citizensadvice.org.uk.

        """

    /// A new folder outside the repository holding the author's lesson.
    private func authorsFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-author-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.authorsLesson.utf8).write(to: folder.appendingPathComponent("video-calls.yaml"))
        return folder
    }

    /// The problem lines of a lint run, without the file's path (which differs between runs).
    private func problems(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
            .map { line in String(line[line.range(of: ".yaml:")!.upperBound...]) }
    }

    @Test("an author's folder outside the repository gets the bundled lists, from inside it and from the repository")
    func authorsFolderOutsideRepository() throws {
        let folder = try authorsFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inside = try TasterRunner.run(["lint", "."], directory: folder)
        let outside = try TasterRunner.run(["lint", folder.path])
        #expect(inside.status == 1, "\(inside.output)")
        #expect(outside.status == inside.status)
        #expect(problems(inside.output) == problems(outside.output))
        #expect(inside.output.contains("\"Skype\""), "\(inside.output)")
        #expect(!inside.output.contains("citizensadvice"), "\(inside.output)")
        #expect(inside.output.contains("House rules: the built-in lists (no rules folder was found beside these lessons)."))
    }

    @Test("an author's own rules folder is used from inside and outside, and named")
    func authorsOwnRules() throws {
        let folder = try authorsFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = folder.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Data("Sam\n".utf8).write(to: rules.appendingPathComponent("brand-names.txt"))
        let sub = folder.appendingPathComponent("calls")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("video-calls.yaml"), to: sub.appendingPathComponent("video-calls.yaml"))
        let inside = try TasterRunner.run(["lint", "."], directory: sub)
        let outside = try TasterRunner.run(["lint", folder.path])
        #expect(problems(inside.output) == problems(outside.output))
        #expect(inside.output.contains("\"Sam\""), "\(inside.output)")
        #expect(inside.output.contains("brand-names.txt"), "\(inside.output)")
        #expect(outside.output.contains(rules.appendingPathComponent("brand-names.txt").path), "\(outside.output)")
    }

    @Test("the bundled lessons pass lint from the repository and from inside their folder")
    func bundledFromInside() throws {
        let outside = try TasterRunner.run(["lint", "lessons"])
        let inside = try TasterRunner.run(["lint", "."], directory: TasterRunner.repository.appendingPathComponent("lessons"))
        #expect(outside.status == 0, "\(outside.output)")
        #expect(inside.status == 0, "\(inside.output)")
        #expect(inside.output.contains("House rules: the built-in lists and rules/brand-names.txt, rules/allowed-links.txt, rules/jargon.txt."), "\(inside.output)")
        #expect(outside.output.contains("lessons/rules/brand-names.txt"), "\(outside.output)")
    }
}
