import Testing
@testable import TasterEngine
import TasterWording

@Suite("Learner commands")
struct LearnerCommandTests {
    /// The English command words, as the catalogue lists them.
    static let commands = Catalogue.english.commandWords

    @Test("each word and alias is understood, in any case", arguments: [
        ("help", LearnerCommand.help), ("?", .help), ("HINT", .hint), (" clue ", .hint), ("back", .back),
        ("skip", .skip), ("repeat", .repeat), ("again", .repeat), ("menu", .menu), ("progress", .progress),
        ("quit", .quit), ("stop", .quit), ("bye", .quit), ("Exit", .quit),
    ])
    func words(line: String, command: LearnerCommand) {
        #expect(Self.commands.command(for: line) == command)
    }

    @Test("other lines are not commands", arguments: ["", "hint please", "quite", "1", "helpme"])
    func notCommands(line: String) {
        #expect(Self.commands.command(for: line) == nil)
    }
}
