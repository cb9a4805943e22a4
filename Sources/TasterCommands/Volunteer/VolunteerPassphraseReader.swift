import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a passphrase: from a terminal without showing it, or a plain line when the input is a
/// pipe (for scripts).
struct VolunteerPassphraseReader: Sendable {
    /// Writes the prompt; standard error, so that a command's output stays clean.
    var writePrompt: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }

    /// Whether standard input is a terminal.
    var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Asks with `prompt` and reads one line; nil at the end of input or when Ctrl-C is pressed.
    /// The prompt is written only to a terminal: a script piping lines in needs none.
    func read(prompt: String) -> String? {
        guard inputIsTerminal else { return readLine(strippingNewline: true) }
        writePrompt(prompt)
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return readLine(strippingNewline: true) }
        var quiet = original
        // No echo; Enter still moves to a new line. Ctrl-C arrives as a character rather than a
        // signal, so the terminal is always put back as it was.
        quiet.c_lflag &= ~tcflag_t(ECHO | ISIG)
        quiet.c_lflag |= tcflag_t(ICANON | ECHONL)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) }
        guard let line = readLine(strippingNewline: true), !line.contains("\u{3}") else {
            writePrompt("\n")
            return nil
        }
        return line
    }
}
