import Testing
import TasterEngine
import TasterWording

/// What the learner reads about asking for a volunteer.
@Suite("Asking for a volunteer, in words")
struct VolunteerCommandWordingTests {
    @Test("the wording tells the learner a volunteer is coming and they may carry on")
    func wording() {
        let lines = EventWording(.english).lines(for: .notice(.handRaised))
        #expect(lines == ["A volunteer has been asked to come and help you. Carry on if you like while you wait."])
    }

    @Test("the help list offers it, mentioning help me, while completion offers only single words")
    func helpList() {
        let text = EventWording(.english).lines(for: .help(LearnerCommand.allCases)).joined(separator: "\n")
        #expect(text.contains("  volunteer - ask a volunteer to come and help you (you can also type help me)"))
        #expect(Catalogue.english.commandWords.completionWords.contains("volunteer") && Catalogue.english.commandWords.completionWords.contains("call"))
        #expect(!Catalogue.english.commandWords.completionWords.contains("help me"))
    }
}
