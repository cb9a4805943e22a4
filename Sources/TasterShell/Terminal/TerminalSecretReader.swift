#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a practice password from a terminal without showing it.
///
/// It never goes through libedit, which would echo it and keep it in a kill buffer. The terminal
/// is put in a quiet raw mode (no echo, no line editing by the kernel, no signals) and restored
/// in a `defer`; keys are handled here: Enter finishes, Backspace and Ctrl-U correct, Ctrl-C
/// gives `.interrupted`, Ctrl-D on an empty line gives `.endOfInput` (as does a hang-up, even
/// with half a line typed), and arrow keys and other escape sequences are ignored. The bytes
/// are overwritten once the text has been made.
/// `getpass` is avoided: it is obsolete and reads /dev/tty, which can hang.
struct TerminalSecretReader {
    /// The terminal read from.
    let input: Int32
    /// Where the prompt goes.
    let output: TerminalOutput
    /// Whether to give up waiting, as at the end of input.
    let shouldStop: @Sendable () -> Bool

    /// Shows `prompt`, reads one hidden line, and moves to a new line afterwards. The terminal
    /// is left in `restoringTo` when given (the modes from before echo was turned off ahead of
    /// the prompt), or else in the modes it had on arrival.
    func read(prompt: String, restoringTo earlierModes: termios? = nil) -> LineInput {
        output.write(prompt)
        var current = termios()
        guard tcgetattr(input, &current) == 0 else {
            return readWithoutTerminal()
        }
        var original = earlierModes ?? current
        var quiet = current
        quiet.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        quiet.c_iflag &= ~tcflag_t(IXON)
        withUnsafeMutableBytes(of: &quiet.c_cc) { controlCharacters in
            controlCharacters[Int(VMIN)] = 1
            controlCharacters[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSADRAIN, &quiet) == 0 else {
            _ = tcsetattr(input, TCSADRAIN, &original)
            return readWithoutTerminal()
        }
        defer {
            _ = tcsetattr(input, TCSADRAIN, &original)
        }
        let result = readKeys()
        output.write(result == .interrupted ? "^C\n" : "\n")
        return result
    }

    private func readKeys() -> LineInput {
        var typed: [UInt8] = []
        typed.reserveCapacity(1024)
        defer {
            typed.withUnsafeMutableBytes { erase($0) }
        }
        while let byte = nextByte() {
            switch byte {
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                return .line(String(decoding: typed, as: UTF8.self))
            case 0x03:
                return .interrupted
            case 0x04:
                if typed.isEmpty { return .endOfInput }
            case 0x7F, 0x08:
                removeLastCharacter(from: &typed)
            case 0x15:
                typed.withUnsafeMutableBytes { erase($0) }
                typed.removeAll(keepingCapacity: true)
            case 0x1B:
                skipEscapeSequence()
            case 0x00..<0x20:
                continue
            default:
                typed.append(byte)
            }
        }
        // The keys stopped before Enter: the window closed or taster was asked to stop. What
        // was typed so far is half a passphrase, not an answer, so it is dropped like a line
        // libedit was editing.
        return .endOfInput
    }

    /// Falls back to reading a plain line when the terminal's modes cannot be changed.
    private func readWithoutTerminal() -> LineInput {
        let source = DescriptorLineSource(descriptor: input, maximumLineBytes: 64 * 1024, shouldStop: shouldStop)
        guard var bytes = source.nextLine() else { return .endOfInput }
        defer { bytes.withUnsafeMutableBytes { erase($0) } }
        output.write("\n")
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    /// Removes the last UTF-8 encoded character: its continuation bytes, then its lead byte.
    private func removeLastCharacter(from typed: inout [UInt8]) {
        while let last = typed.last, last & 0xC0 == 0x80 {
            typed[typed.count - 1] = 0
            typed.removeLast()
        }
        if !typed.isEmpty {
            typed[typed.count - 1] = 0
            typed.removeLast()
        }
    }

    /// Arrow and function keys arrive as ESC [ ... or ESC O x; a lone Escape key press is
    /// followed by nothing, so wait only briefly for the rest.
    private func skipEscapeSequence() {
        guard byteIsWaiting(), let introducer = nextByte() else { return }
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else { return }
        while byteIsWaiting(), let byte = nextByte() {
            if (0x40...0x7E).contains(byte) { return }
        }
    }

    private func byteIsWaiting() -> Bool {
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 50) > 0
    }

    private func nextByte() -> UInt8? {
        let waiter = InputWaiter(descriptor: input, shouldStop: shouldStop)
        var byte: UInt8 = 0
        while true {
            switch waiter.wait() {
            case .stopped: return nil
            case .interrupted: continue
            case .ready: break
            }
            let count = readOneByte(input, &byte)
            if count == 1 { return byte }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }
}

/// Reads one byte; at file scope so that `read` means the system call, not a method.
private func readOneByte(_ descriptor: Int32, _ byte: inout UInt8) -> Int {
    read(descriptor, &byte, 1)
}
