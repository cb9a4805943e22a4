/// Reads the learner's lines: from an editing terminal, plain standard input, or a test script.
///
/// History is private by default: `readLine(prompt:)` never remembers a line by itself. The
/// shell calls `addToHistory(_:)` for the lines worth recalling with the arrow keys (commands
/// such as "hint"), and never for secrets or free-text answers.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and returns the learner's next line.
    func readLine(prompt: String) -> LineInput

    /// Shows `prompt` and reads a line without echoing it; the line never enters history.
    func readSecret(prompt: String) -> LineInput

    /// Sets where Tab completion gets its candidates: the provider receives the text before the
    /// cursor and returns whole words or phrases, such as "hint", "help" or a choice's options.
    func setCompletions(_ provider: @escaping (String) -> [String])

    /// Remembers `line` so the up arrow can recall it. Empty lines are ignored.
    func addToHistory(_ line: String)

    /// Forgets every remembered line, for example when the learner leaves.
    func clearHistory()
    /// Sets what to print again, re-wrapped, when the window is resized while a line is being
    /// typed (the step above the prompt); the typed text is kept. Nil: only the line is redrawn.
    func setResizeRedraw(_ redraw: (() -> Void)?)

    /// Stops the terminal echoing and drops keys typed so far, because the next read will be
    /// `readSecret(prompt:)`: a passphrase typed ahead, while the previous step is still being
    /// saved, must never show. The next read restores the terminal as it was.
    func prepareForSecret()
}

extension LineReader {
    /// Readers that cannot notice a resize ignore the redraw.
    public func setResizeRedraw(_ redraw: (() -> Void)?) {}

    /// Does nothing: only a terminal echoes keys before they are read.
    public func prepareForSecret() {}
}
