import Foundation
import TasterLessons
@testable import TasterShell
import TasterStore
import TasterTestSupport
import TasterWording
import Testing

/// A scripted reader that notes what Tab would offer on an empty line at each prompt.
private final class TabWatchingReader: LineReader {
    private let script: ScriptedLineReader
    /// For each prompt, in order: the prompt and what Tab lists when nothing is typed.
    private(set) var offered: [(prompt: String, words: [String], afterLetters: [String])] = []

    init(lines: [String]) { script = ScriptedLineReader(lines: lines) }

    func readLine(prompt: String) -> LineInput {
        offered.append((prompt, script.completions(for: ""), script.completions(for: "cl")))
        return script.readLine(prompt: prompt)
    }

    func readSecret(prompt: String) -> LineInput { script.readSecret(prompt: prompt) }
    func setCompletions(_ provider: @escaping (String) -> [String]) { script.setCompletions(provider) }
    func addToHistory(_ line: String) { script.addToHistory(line) }
    func clearHistory() { script.clearHistory() }
}

/// The smaller things on the learner's screen: a long paste, Tab, skip, staying in the lesson.
@Suite("What the learner's screen shows at a step", .ownThread)
struct LearnerScreenTests {
    private func run(_ inputs: [LineInput], reader: (any LineReader)? = nil) throws -> (screen: ScreenLog, reader: any LineReader) {
        let reader = reader ?? ScriptedLineReader(inputs)
        let screen = ScreenLog()
        let context = SessionTestSupport.context(reader: reader, screen: screen)
        _ = LearnerVisit(context: context, library: SessionTestSupport.library(), store: try ProgressDatabase.inMemory()).run()
        return (screen, reader)
    }

    /// Lines that reach the typing drill (step 5 of the fixture lesson).
    private static let toTheTypingDrill = SessionTestSupport.newLearnerIntoLessonOne + SessionTestSupport.everyKindAnswers.prefix(4)

    @Test("a 5,000-character paste is echoed as its start and its length, not in full")
    func longPaste() throws {
        let paste = "www.exmaple.org" + String(repeating: " pasted text", count: 416)
        #expect(paste.count >= 5_000)
        let (screen, _) = try run((Self.toTheTypingDrill + [paste, "quit"]).map(LineInput.line))
        let typedLine = try #require(screen.entries.first { $0.contains("You typed: ") }, "\(screen.text)")
        #expect(typedLine.count < 120, "\(typedLine.count) characters echoed")
        #expect(!screen.text.contains(paste))
        #expect(screen.text.contains("(That is the start of what you typed: \(paste.count) characters in all.)"))
    }

    @Test("Tab on an empty line lists the few words that fit the step, not every command word")
    func tabOffersFewWords() throws {
        let reader = TabWatchingReader(lines: SessionTestSupport.newLearnerIntoLessonOne + ["", "quit"])
        _ = try run([], reader: reader)
        let steps = reader.offered.filter { $0.prompt == "Press Enter to carry on: " || $0.prompt == "Your answer: " }
        let say = try #require(steps.first, "\(reader.offered.map(\.prompt))")
        #expect(say.words == ["repeat", "volunteer", "help", "quit"])
        let question = try #require(steps.dropFirst().first)
        #expect(question.prompt == "Your answer: ")
        #expect(question.words.starts(with: ["hint", "skip", "back", "volunteer", "help", "quit"]))
        #expect(question.words.contains("The connection is private."))
        #expect(question.words.count < 10, "\(question.words)")
        #expect(question.afterLetters.contains("clue"), "letters typed still complete any command word")
    }

    @Test("skip says it skipped and offers the answer")
    func skipOffersTheAnswer() throws {
        let (screen, _) = try run((SessionTestSupport.newLearnerIntoLessonOne + ["", "skip", "quit"]).map(LineInput.line))
        let padlock = try #require(SessionTestSupport.library().lesson(id: "every-kind")?.steps[1])
        let solution = try #require(AnswerChecker.solution(for: padlock).map(Catalogue.english.text(of:)))
        #expect(screen.text.contains("Skipped: that is fine. Type back if you would like to try that step again."))
        #expect(screen.text.contains("In case you would like to know: \(solution)"))
        #expect(screen.text.contains("Every kind of step  ·  Step 3 of 7"), "the next step follows")
    }

    @Test("after no to Leave the lesson?, the step is shown again")
    func stayingShowsTheStepAgain() throws {
        let inputs = SessionTestSupport.newLearnerIntoLessonOne.map(LineInput.line) + [.line(""), .interrupted, .interrupted, .line("no"), .line("quit")]
        let (screen, reader) = try run(inputs)
        let prompts = try #require(reader as? ScriptedLineReader).prompts
        #expect(prompts.suffix(2) == ["Leave? ", "Your answer: "])
        #expect(screen.count(of: "What does the padlock tell you?") == 2, "\(screen.text)")
        let leave = try #require(screen.text.range(of: "Leave the lesson?"))
        #expect(screen.text[leave.upperBound...].contains("What does the padlock tell you?"), "the question comes after the answer no")
    }
}
