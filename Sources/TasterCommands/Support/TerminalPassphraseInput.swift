import Foundation
import TasterWording

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a passphrase from standard input: from a terminal without showing it, or a plain line
/// when the input is a pipe (for scripts).
public struct TerminalPassphraseInput: PassphraseInput {
    /// Creates the reader; `checking` is shown while the slow check runs ("Checking...").
    public init(checking: String) {
        self.checking = checking
    }

    /// Shown the moment Enter is pressed, while the slow check runs.
    let checking: String

    /// Writes the prompt; standard error, so that a command's output stays clean.
    var writePrompt: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }

    /// Whether standard input is a terminal.
    public var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Asks with `prompt`, reads one line, says "Checking..." at once and hands the line to
    /// `check`, keeping echo off until the check has ended. Whatever was typed while checking is
    /// thrown away when the terminal is put back, so a passphrase typed again never shows.
    /// The prompt is written only to a terminal: a script piping lines in needs none.
    public func readThenCheck<Result>(prompt: String, _ check: (String?) -> Result) -> Result {
        guard inputIsTerminal else { return check(readLine(strippingNewline: true)) }
        writePrompt(prompt)
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return check(readLine(strippingNewline: true)) }
        var quiet = original
        // No echo; Enter still moves to a new line. Ctrl-C arrives as a character rather than a
        // signal, and ends the line like Enter (VEOL), so the terminal is always put back as it was.
        quiet.c_lflag &= ~tcflag_t(ECHO | ISIG)
        quiet.c_lflag |= tcflag_t(ICANON | ECHONL)
        withUnsafeMutableBytes(of: &quiet.c_cc) { $0[Int(VEOL)] = Self.controlC }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        // TCSAFLUSH discards input not yet read: the keys typed during the check.
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) }
        guard let line = readTerminalLine() else {
            writePrompt("\n")
            return check(nil)
        }
        writePrompt(checking)
        let result = check(line)
        writePrompt("\r\u{1B}[K")
        return result
    }


    /// Ctrl-C's character.
    private static let controlC: UInt8 = 3

    /// One line from the terminal in canonical mode, read straight from the descriptor (a line
    /// ended by Ctrl-C has no newline, which buffered reading would wait for); nil at the end of
    /// input or on Ctrl-C.
    private func readTerminalLine() -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            bytes += buffer[..<count]
            if bytes.contains(Self.controlC) { return nil }
            if bytes.last == UInt8(ascii: "\n") {
                bytes.removeLast()
                if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                return String(decoding: bytes, as: UTF8.self)
            }
        }
    }
}
