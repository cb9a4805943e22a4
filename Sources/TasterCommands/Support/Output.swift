import Foundation

/// Where a command's text goes, and whether it may use colour.
public struct Output: Sendable {
    /// Writes text to standard output.
    public var write: @Sendable (String) -> Void
    /// Writes text to standard error.
    public var writeError: @Sendable (String) -> Void
    /// Writes a question to standard output with no new line after it, so the answer is typed
    /// beside it.
    public var writePrompt: @Sendable (String) -> Void
    /// Whether standard output is a terminal.
    public var isTerminal: Bool
    /// Whether colour may be used: on a terminal, and never with `NO_COLOR`.
    public var useColour: Bool

    /// Creates an output from its parts.
    public init(
        write: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
        writePrompt: @escaping @Sendable (String) -> Void, isTerminal: Bool, useColour: Bool
    ) {
        self.write = write
        self.writeError = writeError
        self.writePrompt = writePrompt
        self.isTerminal = isTerminal
        self.useColour = useColour
    }

    /// The process's standard output and error.
    public static func standard(variables: [String: String]) -> Output {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let noColour = !(variables["NO_COLOR"] ?? "").isEmpty
        let useColour = isTerminal && !noColour
        // Colour on standard error follows standard error's own terminal.
        let errorColour = isatty(STDERR_FILENO) == 1 && !noColour
        return Output(
            write: { text in
                FileHandle.standardOutput.write(Data((TerminalSafeText.safe(text, allowingOwnSequences: useColour) + "\n").utf8))
            },
            writeError: { text in
                FileHandle.standardError.write(Data((TerminalSafeText.safe(text, allowingOwnSequences: errorColour) + "\n").utf8))
            },
            writePrompt: { text in
                FileHandle.standardOutput.write(Data(TerminalSafeText.safe(text, allowingOwnSequences: false).utf8))
            },
            isTerminal: isTerminal,
            useColour: useColour)
    }

    /// `text` in the colour for errors (red), when colour is on.
    public func errorStyle(_ text: String) -> String {
        useColour ? "\u{1B}[31m\(text)\u{1B}[0m" : text
    }

    /// `text` in the colour for warnings (yellow), when colour is on.
    public func warningStyle(_ text: String) -> String {
        useColour ? "\u{1B}[33m\(text)\u{1B}[0m" : text
    }

    /// `text` in the colour for success (green), when colour is on.
    public func successStyle(_ text: String) -> String {
        useColour ? "\u{1B}[32m\(text)\u{1B}[0m" : text
    }
}
