import Foundation
import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Finding lesson files", .ownThread)
struct LessonFilesTests {
    /// Makes a scratch folder holding empty files at the given relative paths.
    private func folder(_ paths: [String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taster-files-\(UUID().uuidString)")
        for path in paths {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: file)
        }
        return url
    }

    @Test("lessons in subfolders are found down to three levels; hidden folders and deeper ones are not searched")
    func depthAndHiddenFolders() throws {
        let url = try folder([
            "a.yaml", "money/b.yml", "money/budgets/c.yaml", "money/budgets/old/too-deep.yaml",
            ".git/hidden.yaml", "money/.drafts/draft.yaml", "a.tests.yaml", "notes.txt",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let (files, problems) = LessonFiles.find(in: [url.path])
        #expect(problems.isEmpty, "\(problems)")
        #expect(files.map { String($0.dropFirst(url.path.count + 1)) } == ["a.yaml", "money/b.yml", "money/budgets/c.yaml"])
    }

    @Test("a folder with too many entries stops the search with a located problem that says what to give instead")
    func aHugeFolderStopsTheSearch() throws {
        let url = try folder((0..<30).map { "many/file-\($0).txt" } + ["z.yaml"])
        defer { try? FileManager.default.removeItem(at: url) }
        let (_, problems) = LessonFiles.find(in: [url.path], mostEntries: 10)
        #expect(problems.count == 1)
        #expect(problems.first?.path == url.path)
        #expect(problems.first?.message.contains("more than 10 files") == true)
        #expect(problems.first?.message.contains("`lessons`") == true)
    }

    @Test("an empty path is named as missing, not as a file that is not there")
    func anEmptyPath() {
        let (files, problems) = LessonFiles.find(in: [""])
        #expect(files.isEmpty)
        #expect(problems.first?.message.hasPrefix("no path was given") == true)
    }
}
