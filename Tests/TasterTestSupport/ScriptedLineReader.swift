import TasterShell

/// A line reader for tests: hands out prepared inputs in order and records what the shell did.
public final class ScriptedLineReader: LineReader {
    private var pendingInputs: [LineInput]
    private var completionProvider: ((String) -> [String])?

    /// Every prompt shown by `readLine(prompt:)`, in order.
    public private(set) var prompts: [String] = []
    /// Every prompt shown by `readSecret(prompt:)`, in order.
    public private(set) var secretPrompts: [String] = []
    /// The lines currently remembered in history.
    public private(set) var history: [String] = []
    /// How many times `clearHistory()` was called.
    public private(set) var historyClearCount = 0

    /// Hands out `inputs` one per read; once they run out, every read returns `.endOfInput`.
    public init(_ inputs: [LineInput]) {
        self.pendingInputs = inputs
    }

    /// Hands out `lines` as typed lines.
    public convenience init(lines: [String]) {
        self.init(lines.map(LineInput.line))
    }

    /// How many prepared inputs have not been read yet.
    public var remainingInputCount: Int { pendingInputs.count }

    /// Records the prompt and returns the next prepared input.
    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return nextInput()
    }

    /// Records the prompt and returns the next prepared input.
    public func readSecret(prompt: String) -> LineInput {
        secretPrompts.append(prompt)
        return nextInput()
    }

    /// Keeps the provider so tests can ask it for candidates with `completions(for:)`.
    public func setCompletions(_ provider: @escaping (String) -> [String]) {
        completionProvider = provider
    }

    /// Records the line as the terminal reader would: empty lines are ignored.
    public func addToHistory(_ line: String) {
        guard !line.isEmpty else { return }
        history.append(line)
    }

    /// Forgets the recorded history and counts the call.
    public func clearHistory() {
        history.removeAll()
        historyClearCount += 1
    }

    /// The candidates the shell's completion provider gives for `textBeforeCursor`; empty when
    /// the shell set none.
    public func completions(for textBeforeCursor: String) -> [String] {
        completionProvider?(textBeforeCursor) ?? []
    }

    private func nextInput() -> LineInput {
        pendingInputs.isEmpty ? .endOfInput : pendingInputs.removeFirst()
    }
}
