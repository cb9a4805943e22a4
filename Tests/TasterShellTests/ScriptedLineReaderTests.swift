import Testing
import TasterShell
import TasterTestSupport

@Suite(.ownThread) struct ScriptedLineReaderTests {
    @Test func handsOutInputsInOrderThenEndOfInput() {
        let reader = ScriptedLineReader([.line("hint"), .interrupted, .line("£5")])
        #expect(reader.readLine(prompt: "> ") == .line("hint"))
        #expect(reader.readLine(prompt: "> ") == .interrupted)
        #expect(reader.remainingInputCount == 1)
        #expect(reader.readSecret(prompt: "Password: ") == .line("£5"))
        #expect(reader.readLine(prompt: "> ") == .endOfInput)
        #expect(reader.readLine(prompt: "> ") == .endOfInput)
    }

    @Test func recordsPromptsAndSecretPromptsSeparately() {
        let reader = ScriptedLineReader(lines: ["a", "b", "c"])
        _ = reader.readLine(prompt: "first> ")
        _ = reader.readSecret(prompt: "Password: ")
        _ = reader.readLine(prompt: "second> ")
        #expect(reader.prompts == ["first> ", "second> "])
        #expect(reader.secretPrompts == ["Password: "])
    }

    @Test func recordsHistoryAndItsClearing() {
        let reader = ScriptedLineReader(lines: [])
        reader.addToHistory("hint")
        reader.addToHistory("")
        reader.addToHistory("skip")
        #expect(reader.history == ["hint", "skip"])
        reader.clearHistory()
        #expect(reader.history.isEmpty)
        #expect(reader.historyClearCount == 1)
    }

    @Test func exposesTheShellsCompletionProvider() {
        let reader = ScriptedLineReader(lines: [])
        #expect(reader.completions(for: "h").isEmpty)
        reader.setCompletions { text in text.isEmpty ? ["hint", "help"] : ["hint"] }
        #expect(reader.completions(for: "") == ["hint", "help"])
        #expect(reader.completions(for: "hi") == ["hint"])
    }
}
