import Testing
@testable import TasterEngine

@Suite("Learner commands")
struct LearnerCommandTests {
    @Test("each word and alias is understood, in any case", arguments: [
        ("help", LearnerCommand.help), ("?", .help), ("HINT", .hint), (" clue ", .hint), ("back", .back),
        ("skip", .skip), ("repeat", .repeat), ("again", .repeat), ("menu", .menu), ("progress", .progress),
        ("quit", .quit), ("stop", .quit), ("bye", .quit), ("Exit", .quit),
    ])
    func words(line: String, command: LearnerCommand) {
        #expect(LearnerCommand.parse(line) == command)
    }

    @Test("other lines are not commands", arguments: ["", "hint please", "quite", "1", "helpme"])
    func notCommands(line: String) {
        #expect(LearnerCommand.parse(line) == nil)
    }
}
