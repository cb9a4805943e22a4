#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Chooses the line reader that suits the standard streams.
public enum LineReaderFactory {
    /// The kinds of reader there are to choose from.
    public enum Kind: Equatable, Sendable {
        /// libedit: both standard input and standard output are terminals.
        case editLine
        /// Plain lines: anything else (libedit loses its prompt when only output is piped).
        case plain
    }

    /// Which kind of reader fits the given facts.
    public static func kind(inputIsTerminal: Bool, outputIsTerminal: Bool) -> Kind {
        inputIsTerminal && outputIsTerminal ? .editLine : .plain
    }

    /// Makes an `EditLineReader` when standard input and output are terminals, and a
    /// `PlainLineReader` otherwise (or if libedit cannot start). Reads end as if at the end of
    /// input once `shouldStop` returns true; `echoesPipedInput` is passed to the plain reader.
    public static func make(
        programName: String = "taster",
        echoesPipedInput: Bool = false,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) -> any LineReader {
        let kind = kind(inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        if kind == .editLine, let reader = EditLineReader(programName: programName, shouldStop: shouldStop) {
            return reader
        }
        return PlainLineReader(echoesInput: echoesPipedInput, shouldStop: shouldStop)
    }
}
