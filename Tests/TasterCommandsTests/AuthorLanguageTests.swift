import Foundation
import TasterTestSupport
import Testing
@testable import TasterCommands

/// The author's commands speak the chosen language: lint's and test's problems, at the same
/// path:line:col, and their closing lines.
@Suite("The author's commands in another language", .ownThread)
struct AuthorLanguageTests {
    /// A lesson with a misspelt key on line 2 and most of its header missing.
    static let broken = "id: broken\ntitel: Broken\n"

    @Test("lint shows a broken lesson's problems in Welsh, at the same place, chosen by --language or TASTER_LANGUAGE",
          arguments: [(["--language", "cy"], [:]), ([], ["TASTER_LANGUAGE": "cy"])])
    func lintInWelsh(options: [String], variables: [String: String]) throws {
        var harness = try CommandHarness()
        harness.variables.merge(variables) { _, new in new }
        let file = harness.folder.child("broken.yaml")
        try Data(Self.broken.utf8).write(to: file)
        let run = harness.run(["lint"] + options + [file.path])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file.path):2:1: error: allwedd anhysbys \"titel\" (y wers); ai `title` oedd dan sylw?"), "\(run.output)")
        #expect(lines.contains("\(file.path):1:1: error: y wers: nid oes `summary`. Ychwanegwch linell fel `summary: Read the parts of a web address`."), "\(run.output)")
        #expect(lines.contains { $0.hasPrefix("1 ffeil gwers wedi'u gwirio: ") }, "\(run.output)")
        #expect(!run.output.contains("unknown key"), "nothing is left in English")
    }

    @Test("the same lesson in English reads exactly as before")
    func lintInEnglish() throws {
        let harness = try CommandHarness()
        let file = harness.folder.child("broken.yaml")
        try Data(Self.broken.utf8).write(to: file)
        let run = harness.run(["lint", file.path])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file.path):2:1: error: unknown key \"titel\" in the lesson; did you mean `title`?"), "\(run.output)")
        #expect(lines.contains("\(file.path):1:1: error: the lesson has no `summary`. Add a line such as `summary: Read the parts of a web address`."), "\(run.output)")
    }

    @Test("the overview for editors has Welsh headings and closing line, the English ones gone")
    func statsInWelsh() throws {
        let harness = try CommandHarness()
        let run = harness.run(["lessons", "--stats", "--language", "cy"])
        #expect(run.status == 0, "\(run.errors)")
        let heading = try #require(run.output.split(separator: "\n").first.map(String.init))
        #expect(heading.hasPrefix("gwers ") && heading.contains("camau nad oes prawf yn eu cyrraedd"), "\(run.output)")
        #expect(run.output.contains("cyfanswm"), "\(run.output)")
        #expect(!run.output.contains("safety point"), "\(run.output)")
    }

    @Test("taster test shows a failing lesson in Welsh too")
    func testInWelsh() throws {
        let harness = try CommandHarness()
        let file = harness.folder.child("broken.yaml")
        try Data(Self.broken.utf8).write(to: file)
        let run = harness.run(["test", "--language", "cy", file.path])
        #expect(run.status == 1)
        #expect(run.output.contains("\(file.path):2:1: error: allwedd anhysbys \"titel\" (y wers)"), "\(run.output)")
    }
}
