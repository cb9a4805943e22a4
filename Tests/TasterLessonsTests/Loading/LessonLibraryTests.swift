import Foundation
import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("The lesson library", .ownThread)
struct LessonLibraryTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taster-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    private func lesson(id: String, requires: String = "") -> String {
        LessonLoaderTests.minimal.replacingOccurrences(of: "id: tiny", with: "id: \(id)\n" + (requires.isEmpty ? "" : "requires: [\(requires)]"))
    }

    @Test("two lessons with one id: the second is an error naming the first")
    func duplicateIDs() throws {
        let url = try folder(["a.yaml": lesson(id: "same"), "b.yaml": lesson(id: "same")])
        defer { try? FileManager.default.removeItem(at: url) }
        let (library, problems) = LessonLibrary.load(paths: [url.path])
        #expect(library.lessons.count == 1)
        #expect(problems.count == 1)
        #expect(problems.first?.path.hasSuffix("b.yaml") == true)
        #expect(problems.first?.message.contains("a.yaml") == true)
    }

    @Test("a large folder, loaded on every core, keeps file order and names the later of two files with one id")
    func largeFolderKeepsOrder() throws {
        var files: [String: String] = [:]
        for index in 0..<(ParallelMap.smallestBatch + 8) {
            files[String(format: "lesson-%03d.yaml", index)] = lesson(id: index == 35 ? "lesson-3" : "lesson-\(index)")
        }
        let url = try folder(files)
        defer { try? FileManager.default.removeItem(at: url) }
        let (library, problems) = LessonLibrary.load(paths: [url.path])
        #expect(library.fileCount == files.count)
        #expect(library.lessons.map(\.id) == (0..<files.count).filter { $0 != 35 }.map { "lesson-\($0)" })
        #expect(problems.count == 1)
        #expect(problems.first?.path.hasSuffix("lesson-035.yaml") == true)
        #expect(problems.first?.message.contains("lesson-003.yaml") == true)
    }

    @Test("sidecar test files and rule lists are not taken for lessons")
    func sidecarsAreNotLessons() throws {
        let url = try folder(["a.yaml": lesson(id: "a"), "a.tests.yaml": "tests: []\n", "notes.txt": "x"])
        defer { try? FileManager.default.removeItem(at: url) }
        let (library, problems) = LessonLibrary.load(paths: [url.path])
        #expect(problems.isEmpty, "\(problems)")
        #expect(library.fileCount == 1)
    }

    @Test("a requires naming no lesson is a warning")
    func unknownPrerequisite() throws {
        let url = try folder(["a.yaml": lesson(id: "a", requires: "nowhere")])
        defer { try? FileManager.default.removeItem(at: url) }
        let problems = LessonLibrary.load(paths: [url.path]).problems
        #expect(problems.map(\.severity) == [.warning])
        #expect(problems.first?.message.contains("nowhere") == true)
    }

    @Test("a path that does not exist is reported")
    func missingPath() {
        let problems = LessonLibrary.load(paths: ["/no/such/folder"]).problems
        #expect(problems.first?.message.contains("no file or folder") == true)
    }
}
