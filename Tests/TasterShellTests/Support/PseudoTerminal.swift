import Foundation
import TasterTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program in a pseudo-terminal so end-to-end tests can type at it like a learner.
///
/// Self-contained (Foundation and the C library only) so any test target can use it.
///
///     let term = try PseudoTerminal.spawn(executable: path, arguments: ["learn"])
///     defer { term.close() }
///     _ = try term.waitFor("Step 1 of 5")
///     try term.waitForRawMode()      // the program is now reading keys
///     try term.type("hint\r")        // Enter is "\r"
///     let shown = try term.waitFor("Step 2 of 5")
///
/// Notes found by experiment:
/// - The child gets its own session (POSIX_SPAWN_SETSID) and opens the terminal by name, so the
///   terminal becomes its controlling terminal and Ctrl-C, resizes and hang-ups reach it.
/// - Signal dispositions are reset and the signal mask emptied in the child: test runner
///   threads block SIGINT, and a child would inherit that.
/// - Keys typed before the program switches the terminal to raw mode are handled by the
///   kernel's line editing instead: wait with `waitForRawMode()` first.
/// - Output is matched after escape sequences and carriage returns are removed, so what is
///   matched is the text, not how the program drew it.
final class PseudoTerminal {
    /// How the program ended.
    enum ExitStatus: Equatable, CustomStringConvertible {
        /// It called `exit` with this status.
        case exited(Int32)
        /// A signal ended it.
        case signalled(Int32)

        var description: String {
            switch self {
            case .exited(let status): return "exited with status \(status)"
            case .signalled(let signal): return "killed by signal \(signal)"
            }
        }
    }

    /// A failure of the harness or a wait that ran out of time, with the screen so far.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the evidence.
        let description: String
    }

    /// The environment given to every program, before the caller's additions: a known terminal
    /// and locale, and the sanitizer settings of the test run (`ASAN_OPTIONS`, `LSAN_OPTIONS` and
    /// the like), so that a child built with a sanitizer uses the same suppressions as its parent.
    static let baseEnvironment: [String: String] = {
        var environment = [
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "PATH": "/usr/local/bin:/usr/bin:/bin",
        ]
        for (name, value) in ProcessInfo.processInfo.environment where name.hasSuffix("SAN_OPTIONS") {
            environment[name] = value
        }
        return environment
    }()

    /// The child's process id.
    let processID: pid_t
    private let master: Int32

    /// The controlling side of the terminal, for helpers that read or write raw bytes; it stays
    /// open until ``close(timeout:)``.
    var controller: Int32 { master }
    private var rawBytes: [UInt8] = []
    /// `rawBytes` stripped of escapes, and how many raw bytes that was made from: waiting
    /// re-reads the output many times a second, and it only changes when more arrives.
    private var strippedCache: (rawCount: Int, text: [UInt8]) = (0, [])
    private var readOffsetInText = 0
    private var outputEnded = false
    private var status: ExitStatus?
    private var isClosed = false

    /// Serialises terminal creation and spawning, so that no child spawned by another test can
    /// inherit this terminal's descriptors in the moment before they are marked close-on-exec.
    private static let spawnLock = NSLock()

    private init(processID: pid_t, master: Int32) {
        self.processID = processID
        self.master = master
    }

    deinit {
        close()
    }

    /// Starts `executable` with `arguments` in a new terminal of the given size. The
    /// environment is `baseEnvironment` with `environment` laid over it.
    static func spawn(
        executable: String,
        arguments: [String] = [],
        environment: [String: String] = [:],
        columns: Int = 80,
        rows: Int = 24
    ) throws -> PseudoTerminal {
        guard access(executable, X_OK) == 0 else {
            throw Failure(description: "Cannot run \"\(executable)\": it does not exist or is not executable.")
        }
        spawnLock.lock()
        defer { spawnLock.unlock() }

        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw Failure(description: "openpty failed: \(String(cString: strerror(errno))).")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        defer { closeDescriptor(slave) }

        // ttyname_r, not ttyname: the latter's shared buffer races between parallel tests.
        var nameBuffer = [CChar](repeating: 0, count: 512)
        guard ttyname_r(slave, &nameBuffer, nameBuffer.count) == 0 else {
            closeDescriptor(master)
            throw Failure(description: "ttyname_r failed for the new terminal.")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, nameBuffer, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        ChildDescriptors.closeAll(from: 3, in: &actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID is not exported to Swift by Glibc.
        let setSessionID: Int32 = 0x80
        ChildSignals.reset(&attributes, extraFlags: setSessionID)

        let fullEnvironment = baseEnvironment.merging(environment) { _, given in given }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = fullEnvironment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var processID: pid_t = 0
        let result = posix_spawn(&processID, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            closeDescriptor(master)
            throw Failure(description: "Could not start \"\(executable)\": \(String(cString: strerror(result))).")
        }
        return PseudoTerminal(processID: processID, master: master)
    }

    // MARK: Typing

    /// Sends `text` as typed keys; use "\r" for Enter.
    func type(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Failure(description: "Typing failed: \(String(cString: strerror(errno))).")
            }
            offset += written
        }
    }

    /// Sends Ctrl plus a letter, such as `sendControl("c")` for Ctrl-C.
    func sendControl(_ letter: Character) throws {
        guard let ascii = letter.uppercased().first?.asciiValue, (64...95).contains(ascii) else {
            throw Failure(description: "There is no Ctrl-\(letter) key; use a letter or one of @[\\]^_.")
        }
        try type(String(UnicodeScalar(ascii - 64)))
    }

    /// Changes the terminal's size; the program receives SIGWINCH.
    func resize(columns: Int, rows: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            throw Failure(description: "Resizing to \(columns)x\(rows) failed: \(String(cString: strerror(errno))).")
        }
    }

    // MARK: Reading

    /// Everything shown so far, with escape sequences and carriage returns removed.
    var screenText: String {
        String(decoding: strippedOutput(), as: UTF8.self)
    }

    /// The output so far with escape sequences removed, made again only when more has arrived.
    private func strippedOutput() -> [UInt8] {
        if strippedCache.rawCount != rawBytes.count {
            // Only what arrived since, from the end of the last whole escape sequence.
            let (text, complete) = Self.strippingWholeEscapes(rawBytes[strippedCache.rawCount...])
            strippedCache = (complete, strippedCache.text + text)
        }
        return strippedCache.text
    }

    /// Everything the program wrote, exactly.
    var rawOutput: [UInt8] { rawBytes }

    /// Waits until `text` appears in the output after the previous match, and returns the
    /// output from the previous match up to and including this one.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let stripped = strippedOutput()
            if let range = Self.firstRange(of: needle, in: stripped, from: readOffsetInText) {
                let shown = String(decoding: stripped[readOffsetInText..<range.upperBound], as: UTF8.self)
                readOffsetInText = range.upperBound
                return shown
            }
            if outputEnded {
                throw failure("The program's output ended without showing \"\(text)\"")
            }
            guard Date() < deadline else {
                throw failure("\"\(text)\" did not appear within \(timeout) seconds")
            }
            pump(milliseconds: 20)
        }
    }

    /// Whether the terminal is in raw mode now (line editing off, as while libedit reads).
    var isInRawMode: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ICANON) == 0
    }

    /// Whether the terminal echoes typed keys now.
    var echoesInput: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ECHO) != 0
    }

    /// Waits until the program has put the terminal into raw mode, reading output meanwhile.
    func waitForRawMode(timeout: Double = 10) throws {
        try waitUntil(timeout: timeout, "the terminal did not enter raw mode") { isInRawMode }
    }

    /// Waits until the terminal no longer echoes typed keys (the program turned echo off, or
    /// is reading in raw mode), reading output meanwhile.
    func waitForEchoOff(timeout: Double = 10) throws {
        try waitUntil(timeout: timeout, "the terminal still echoes typed keys") { !echoesInput }
    }

    /// Waits until the terminal is back in normal line mode (for example after the program
    /// finished reading a line, or exited tidily).
    func waitForLineMode(timeout: Double = 10) throws {
        try waitUntil(timeout: timeout, "the terminal did not return to line mode") { !isInRawMode }
    }

    // MARK: Ending

    /// Waits for the program to exit by itself, then reads the rest of its output.
    func waitForExit(timeout: Double = 10) throws -> ExitStatus {
        try waitUntil(timeout: timeout, "the program did not exit") { reap() != nil }
        // What it wrote last is still in the terminal's buffer. A program it started may hold
        // the terminal open, so do not wait for the end of output for long.
        let deadline = Date().addingTimeInterval(1)
        while !outputEnded && Date() < deadline {
            pump(milliseconds: 10)
        }
        return status!
    }

    /// Ends the session: closes the terminal (the program gets a hang-up), waits up to
    /// `timeout` seconds for it to exit, then kills it. Returns how it ended. Safe to call more
    /// than once.
    @discardableResult
    func close(timeout: Double = 5) -> ExitStatus? {
        guard !isClosed else { return status }
        isClosed = true
        closeDescriptor(master)
        let deadline = Date().addingTimeInterval(timeout)
        while reap() == nil && Date() < deadline {
            usleep(10_000)
        }
        if reap() == nil {
            kill(processID, SIGKILL)
            var rawStatus: Int32 = 0
            while waitpid(processID, &rawStatus, 0) < 0 && errno == EINTR {}
            status = Self.decode(rawStatus)
        }
        return status
    }

    // MARK: Internals

    private func waitUntil(timeout: Double, _ problem: String, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            guard Date() < deadline else {
                throw failure("After \(timeout) seconds \(problem)")
            }
            pump(milliseconds: 10)
        }
    }

    /// Reads whatever output arrives within `milliseconds`.
    private func pump(milliseconds: Int32) {
        guard !isClosed, !outputEnded else {
            usleep(UInt32(milliseconds) * 1000)
            return
        }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            rawBytes += buffer[..<count]
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            // Linux reports EIO once every copy of the terminal's other side is closed.
            outputEnded = true
        }
    }

    /// Collects the exit status if the program has ended; never blocks.
    private func reap() -> ExitStatus? {
        if let status { return status }
        var rawStatus: Int32 = 0
        let result = waitpid(processID, &rawStatus, WNOHANG)
        if result == processID {
            status = Self.decode(rawStatus)
        }
        return status
    }

    private static func decode(_ rawStatus: Int32) -> ExitStatus {
        let signal = rawStatus & 0x7F
        return signal == 0 ? .exited((rawStatus >> 8) & 0xFF) : .signalled(signal)
    }

    private func failure(_ problem: String) -> Failure {
        let screen = screenText
        let tail = screen.count > 2000 ? "…" + String(screen.suffix(2000)) : screen
        return Failure(description: "\(problem). Screen so far:\n\(tail)")
    }

    static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty else { return start..<start }
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        // Foundation's search, compiled optimised, since a test build's own loop is slow on long
        // output.
        let offset = Data(haystack[start...]).range(of: Data(needle)).map { start + $0.lowerBound }
        return offset.map { $0..<($0 + needle.count) }
    }

    /// Removes CSI, OSC and other escape sequences, carriage returns, backspaces and other
    /// control bytes, keeping line feeds and tabs.
    static func strippingEscapes(_ bytes: [UInt8]) -> [UInt8] {
        strippingWholeEscapes(bytes[...], keepingPartialEnd: false).text
    }

    /// ``strippingEscapes(_:)`` of `bytes`, with the index just past the last byte that ended
    /// the text or a whole escape sequence: an escape sequence cut off at the end is left for
    /// the next call, together with the bytes that complete it, unless `keepingPartialEnd` is
    /// false (then it is dropped, and everything counts as read).
    static func strippingWholeEscapes(_ bytes: ArraySlice<UInt8>, keepingPartialEnd: Bool = true) -> (text: [UInt8], complete: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        var complete = index
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x1B:
                guard index < bytes.endIndex else { return (output, keepingPartialEnd ? complete : bytes.endIndex) }
                let kind = bytes[index]
                index += 1
                if kind == UInt8(ascii: "[") {
                    while index < bytes.endIndex, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    guard index < bytes.endIndex else { return (output, keepingPartialEnd ? complete : bytes.endIndex) }
                    index += 1
                } else if kind == UInt8(ascii: "]") || kind == UInt8(ascii: "P") {
                    while index < bytes.endIndex, bytes[index] != 0x07, bytes[index] != 0x1B { index += 1 }
                    guard index < bytes.endIndex, bytes[index] == 0x07 || index + 1 < bytes.endIndex else {
                        return (output, keepingPartialEnd ? complete : bytes.endIndex)
                    }
                    index += bytes[index] == 0x1B ? 2 : 1
                } else if (0x20...0x2F).contains(kind) {
                    guard index < bytes.endIndex else { return (output, keepingPartialEnd ? complete : bytes.endIndex) }
                    index += 1
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                output.append(byte)
            case 0x00..<0x20, 0x7F:
                break
            default:
                output.append(byte)
            }
            complete = index
        }
        return (output, min(complete, bytes.endIndex))
    }

    /// The former whole-buffer stripping, kept to compare with in tests.
    static func strippingEscapesAtOnce(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x1B:
                guard index < bytes.count else { break }
                let kind = bytes[index]
                index += 1
                if kind == UInt8(ascii: "[") {
                    while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    index += 1
                } else if kind == UInt8(ascii: "]") || kind == UInt8(ascii: "P") {
                    while index < bytes.count, bytes[index] != 0x07, bytes[index] != 0x1B { index += 1 }
                    index += bytes.count > index && bytes[index] == 0x1B ? 2 : 1
                } else if (0x20...0x2F).contains(kind) {
                    index += 1
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                output.append(byte)
            case 0x00..<0x20, 0x7F:
                continue
            default:
                output.append(byte)
            }
        }
        return output
    }
}

/// Closes a descriptor; at file scope so that `close` means the system call, not the method.
private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
