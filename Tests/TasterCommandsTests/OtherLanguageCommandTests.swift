import Foundation
import TasterLessons

import TasterTestSupport
import Testing
@testable import TasterCommands
@testable import TasterWording

/// The commands speak the environment's catalogue: run in a made-up language (English in
/// capitals), no English sentence from the catalogue is left in what they write.
@Suite("The commands in another language", .ownThread)
struct OtherLanguageCommandTests {
    /// English with every letter outside a `{placeholder}` in capitals.
    static let shouting: Catalogue = {
        var table: [WordKey: String] = [:]
        for key in WordKey.allCases {
            var text = ""
            var inPlaceholder = false
            for character in Catalogue.english.text(key) {
                if character == "{" { inPlaceholder = true }
                text += inPlaceholder ? String(character) : character.uppercased()
                if character == "}" { inPlaceholder = false }
            }
            table[key] = text
        }
        return Catalogue(language: "xx", table: table, ordinal: EnglishWords.ordinal)
    }()

    /// The catalogue's whole English sentences and labels, long enough not to occur by chance.
    static let englishSentences = WordKey.allCases.map { Catalogue.english.text($0) }
        .filter { !$0.contains("{") && $0.count >= 12 && $0.contains(" ") && $0 != $0.uppercased() }

    /// The lessons the commands list.
    static let lessons = LessonLibrary.load(paths: [RepositoryFiles.bundledLessons.path]).library

    /// What the commands wrote that is still in English.
    static func english(in run: CommandHarness.Run) -> [String] {
        // The solution of an order step is still worded by the lessons layer (its checker), so
        // a guide shows it in English.
        var written = (run.output + run.errors).replacingOccurrences(of: "The right order is", with: "")
        // The lessons' own titles and summaries are the authors' words, in the lessons' language.
        for lesson in lessons.lessons {
            written = written.replacingOccurrences(of: lesson.title, with: "").replacingOccurrences(of: lesson.summary, with: "")
        }

        return englishSentences.filter { written.contains($0) }
            + WordKey.allCases.map { Catalogue.english.text($0) }.filter { $0.contains("{") }.compactMap { template in
                // A sentence with values: its longest fixed part.
                let parts = template.split(separator: "{").map { $0.split(separator: "}").last.map(String.init) ?? String($0) }
                let longest = parts.max { $0.count < $1.count } ?? ""
                return longest.count >= 16 && longest != longest.uppercased() && written.contains(longest) ? template : nil
            }
    }

    @Test("volunteer and author commands write their catalogue's words", arguments: [
        ["settings"], ["session", "list"], ["session", "start", "Tuesday"], ["session", "end"], ["session", "watch", "--once", "--plain"],
        ["session", "clear", "nobody-1"], ["purge", "--dry-run"], ["learner", "show", "maple-river-otter-42"],
        ["guide", "no-such-lesson"], ["guide", "online-forms"], ["certificate", "maple-river-otter-42"], ["test"], ["lessons"],
        // Options refused before the command runs.
        ["report", "--branch", "Todmorden", "--all-branches"], ["report", "--branch", " "], ["report", "--since", "someday"],
        ["purge", "--days", "0"], ["kiosk", "--idle-minutes", "0"], ["session", "watch", "--follow"],
        ["session", "watch", "--json", "--follow", "--once"],
    ])
    func commands(arguments: [String]) throws {
        var harness = try CommandHarness()
        harness.catalogue = Self.shouting
        try harness.unlockForScripts()
        // A session to end, and a progress file to watch and clear hands in.
        if arguments.starts(with: ["session", "end"]) || arguments.starts(with: ["session", "watch"]) || arguments.starts(with: ["session", "clear"]) {
            _ = harness.run(["session", "start", "Tuesday"])
        }
        let run = harness.run(arguments)
        #expect(!(run.output + run.errors).isEmpty)
        let left = Self.english(in: run)
        #expect(left.isEmpty, "\(arguments): still in English:\n\(left.joined(separator: "\n"))\n\(run.output)\(run.errors)")
    }
}
