import Foundation
import Testing
import TasterTestSupport

@Suite("Author commands, run as the real binary", .ownThread)
struct AuthorCommandTests {
    static let fixtures = TasterRunner.repository.appendingPathComponent("Tests/Fixtures/lessons").path

    @Test("taster lint on good lessons exits 0 and says so")
    func lintClean() throws {
        let result = try TasterRunner.run(["lint", Self.fixtures])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("1 lesson file checked: 0 errors"))
    }

    @Test("taster test plays the fixture lessons")
    func testPasses() throws {
        let result = try TasterRunner.run(["test", Self.fixtures])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("1 lesson played: 4 passed, 0 failed"))
    }

    @Test("taster test counts files that could not be loaded, not their problems")
    func brokenSidecarIsCountedOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-sidecar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/every-kind.yaml", toPath: folder.appendingPathComponent("every-kind.yaml").path)
        let threeProblems = "tests:\n  - name: x\n    play:\n      - input: \"1\"\n        expect: maybe\n  - name: y\n    play: 5\n  - 7\n"
        try Data(threeProblems.utf8).write(to: folder.appendingPathComponent("every-kind.tests.yaml"))
        let result = try TasterRunner.run(["test", folder.path])
        #expect(result.status == 1)
        #expect(result.output.components(separatedBy: "every-kind.tests.yaml:").count - 1 >= 3, "\(result.output)")
        #expect(result.output.contains("1 file could not be loaded: see the errors above."), "\(result.output)")
    }

    /// Patterns such as `(a|a)*b` took a backtracking matcher 19 s on 24 characters, and
    /// minutes more for each two added; lint, test and the lesson list never finished.
    @Test("a lesson with patterns that backtrack elsewhere is linted, listed and played with hostile answers", arguments: [
        ["lint"], ["test"], ["lessons", "--lessons"],
    ])
    func hostilePatterns(command: [String]) throws {
        let folder = TasterRunner.repository.appendingPathComponent("Tests/Fixtures/hostile-patterns").path
        let result = try TasterRunner.run(command + [folder], timeout: 10)
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.isEmpty)
    }

    @Test("a FIFO named like a lesson is refused, not waited on", arguments: [["lint"], ["test"], ["lessons", "--lessons"]])
    func fifoLesson(command: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/every-kind.yaml", toPath: folder.appendingPathComponent("every-kind.yaml").path)
        #expect(mkfifo(folder.appendingPathComponent("waiting.yaml").path, 0o644) == 0)
        let result = try TasterRunner.run(command + [folder.path], timeout: 10)
        #expect(result.status != 15 && result.status != 9, "killed after waiting: \(result.output)")
        if command == ["lint"] { #expect(result.output.contains("waiting.yaml:1:1: error: this is not an ordinary file"), "\(result.output)") }
    }

    @Test("taster lessons --json is valid JSON listing the lessons")
    func lessonsJSON() throws {
        let result = try TasterRunner.run(["lessons", "--json", "--lessons", Self.fixtures])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let lessons = try #require(object?["lessons"] as? [[String: Any]])
        #expect(lessons.first?["id"] as? String == "every-kind")
        #expect(lessons.first?["steps"] as? Int == 7)
    }

    @Test("the lesson folder comes from TASTER_LESSONS when --lessons is not given")
    func lessonFolderFromEnvironment() throws {
        let result = try TasterRunner.run(["lessons", "--format", "md"], environment: ["TASTER_LESSONS": Self.fixtures])
        #expect(result.output.contains("`every-kind`"))
    }

    /// Malformed lesson files, written to a temporary folder.
    static let malformed: [(String, [UInt8])] = [
        ("binary.yaml", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
        ("invalid-utf8.yaml", Array("id: a\ntitle: ".utf8) + [0xFF, 0xFE, 0x41]),
        ("alias-bomb.yaml", Array(aliasBomb.utf8)),
        ("deep.yaml", Array(("a: " + String(repeating: "[", count: 100_000)).utf8)),
        ("long-line.yaml", Array(("title: " + String(repeating: "x", count: 2_000_000)).utf8)),
        ("duplicate-keys.yaml", Array("id: a\nid: b\n".utf8)),
        ("tags.yaml", Array("id: !!python/object:os.system a\n".utf8)),
        ("nul.yaml", Array("id: a\u{0}b\n".utf8)),
        ("escape-title.yaml", Array("id: a\ntitle: \"\\e]0;owned\\a\\e[2J\"\n".utf8)),
        ("path-id.yaml", Array("id: ../../x\n".utf8)),
    ]

    static var aliasBomb: String {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n")
    }

    @Test("each malformed file gets a non-zero exit, a located message, no control characters, quickly", arguments: malformed.map(\.0))
    func malformedFile(name: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(Self.malformed.first { $0.0 == name }!.1).write(to: file)
        let result = try TasterRunner.run(["lint", file.path], timeout: 10)
        // Within the timeout: a run that hung would have been stopped and not exit with 1.
        #expect(result.status == 1)
        let first = result.output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix(file.path + ":"), "\(result.output.prefix(300))")
        #expect(first.contains(": error: "))
        #expect(!result.output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    }

    @Test("a 30 MB file is refused by its size")
    func hugeFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taster-huge-\(UUID().uuidString).yaml")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 30_000_000)
        try handle.close()
        let result = try TasterRunner.run(["lint", url.path], timeout: 10)
        #expect(result.status == 1)
        #expect(result.output.contains("28.6 MiB"))
    }
}
