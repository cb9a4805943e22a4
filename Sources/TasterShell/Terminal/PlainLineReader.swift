#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads plain lines when standard input is not a terminal: piped answers, scripts and CI.
///
/// There is no editing, history or completion. Bytes that are not valid UTF-8 are replaced
/// with U+FFFD rather than rejected, and after each line a line break is written so the next
/// output does not run on after the prompt.
public final class PlainLineReader: LineReader {
    private let source: DescriptorLineSource
    private let output: TerminalOutput
    private let echoesInput: Bool
    private let shouldStop: @Sendable () -> Bool

    /// Reads from `inputDescriptor` and writes prompts to `output`. With `echoesInput`, each line
    /// read (never a secret) is written after its prompt, which makes a transcript of a piped
    /// run readable. A line longer than `maximumLineBytes` is cut short. Once `shouldStop`
    /// returns true (see `SignalWatcher.stopRequested`), reads return `.endOfInput`.
    public init(
        inputDescriptor: Int32 = STDIN_FILENO,
        output: TerminalOutput = TerminalOutput(),
        echoesInput: Bool = false,
        maximumLineBytes: Int = 16 * 1024 * 1024,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) {
        self.source = DescriptorLineSource(
            descriptor: inputDescriptor, maximumLineBytes: maximumLineBytes, shouldStop: shouldStop)
        self.output = output
        self.echoesInput = echoesInput
        self.shouldStop = shouldStop
    }

    /// Writes the prompt and returns the next line, or `.endOfInput` when the input is used up.
    public func readLine(prompt: String) -> LineInput {
        read(prompt: prompt, echo: echoesInput)
    }

    /// Like `readLine(prompt:)`, but the line is never echoed.
    public func readSecret(prompt: String) -> LineInput {
        read(prompt: prompt, echo: false)
    }

    /// Does nothing: there is no Tab key on piped input.
    public func setCompletions(_ provider: @escaping (String) -> [String]) {}

    /// Does nothing: piped input has no history to recall.
    public func addToHistory(_ line: String) {}

    /// Does nothing: nothing is remembered.
    public func clearHistory() {}

    private func read(prompt: String, echo: Bool) -> LineInput {
        output.write(prompt)
        guard !shouldStop(), var bytes = source.nextLine() else {
            output.write("\n")
            return .endOfInput
        }
        let line = String(decoding: bytes, as: UTF8.self)
        bytes.withUnsafeMutableBytes { erase($0) }
        output.write(echo ? line + "\n" : "\n")
        return .line(line)
    }
}

/// Overwrites memory that held typed text, in a way the optimiser may not remove.
func erase(_ bytes: UnsafeMutableRawBufferPointer) {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    #if canImport(Glibc)
    explicit_bzero(base, bytes.count)
    #else
    _ = memset_s(base, bytes.count, 0, bytes.count)
    #endif
}
