import ArgumentParser
import Foundation
import Testing
import TasterTestSupport
@testable import TasterCommands

/// Every command's `--help`, compared with the screens recorded under `Tests/Fixtures/help`
/// (re-record with `scripts/record-transcripts`).
@Suite("Help of every command", .ownThread)
struct HelpGoldenTests {
    /// Every command with its words after `taster`, found by walking the command tree, so a new
    /// command gets its golden help without anyone listing it.
    static let commands: [(words: [String], type: any ParsableCommand.Type)] = {
        var found: [(words: [String], type: any ParsableCommand.Type)] = []
        func walk(_ type: any ParsableCommand.Type, _ words: [String]) {
            found.append((words, type))
            for child in type.configuration.subcommands {
                walk(child, words + [child._commandName])
            }
        }
        walk(TasterCommand.self, [])
        return found
    }()

    static var paths: [String] { commands.map { $0.words.joined(separator: " ") } }

    @Test("the help is as recorded", arguments: paths)
    func helpIsAsRecorded(path: String) throws {
        let type = try #require(Self.commands.first { $0.words.joined(separator: " ") == path }?.type)
        let help = TasterCommand.helpMessage(for: type, columns: 80)
        let golden = RepositoryFiles.fixture("help/\(path.isEmpty ? "taster" : path.replacingOccurrences(of: " ", with: "-")).txt")
        if RepositoryFiles.isRecordingGoldens {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((help + "\n").utf8).write(to: golden)
            return
        }
        let recorded = try String(contentsOf: golden, encoding: .utf8)
        #expect(help + "\n" == recorded, "taster \(path) --help differs from \(golden.lastPathComponent); re-record with scripts/record-transcripts if the change is meant")
    }

    @Test("every command has a golden help file, and no golden is left over")
    func goldensMatchCommands() throws {
        let folder = RepositoryFiles.fixture("help")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") })
        let expected = Set(Self.paths.map { ($0.isEmpty ? "taster" : $0.replacingOccurrences(of: " ", with: "-")) + ".txt" })
        #expect(files == expected)
        #expect(expected.count > 20, "the walk found the whole command tree")
    }

    @Test("--help run in-process writes the help to standard output and succeeds", arguments: [["--help"], ["session", "--help"], ["learner", "forget", "--help"]])
    func helpRunsInProcess(arguments: [String]) throws {
        let harness = try CommandHarness()
        let run = harness.run(arguments)
        #expect(run.status == 0)
        #expect(run.output.contains("USAGE: taster"))
        #expect(run.errors.isEmpty)
    }

    @Test("a group on its own shows its help, a usage mistake its error and usage")
    func groupsAndMistakes() throws {
        let harness = try CommandHarness()
        let group = harness.run(["session"])
        #expect(group.status == 0)
        #expect(group.output.contains("SUBCOMMANDS:"))
        let mistake = harness.run(["report", "--format", "pdf"])
        #expect(mistake.status == 64)
        #expect(mistake.errors.contains("Error:"))
        #expect(mistake.errors.contains("pdf"))
        #expect(mistake.output.isEmpty)
    }
}
