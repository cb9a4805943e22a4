import Foundation
import TasterTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `taster` in a tmux window of a fixed size, with its own tmux server, so a test can
/// type keys, resize the window and read the screen exactly as a learner sees it.
///
/// Nothing here can wait for ever, and nothing outlives the test:
/// - tmux is started with `posix_spawn`, not `Process`: `Process` learns that a child ended when
///   a socket it hands the child closes, and the tmux server that `new-session` starts keeps a
///   copy of it, so waiting for `new-session` lasted as long as the server did. Here only the
///   standard descriptors reach tmux (every other one is closed in the child), input is
///   /dev/null, output goes to a file, and every tmux command is killed after a few seconds.
/// - The signal mask is emptied and dispositions reset in the child: test runner threads block
///   most signals, and the tmux server and taster inherited that, so `kill-server` could end
///   neither taster (SIGHUP blocked) nor the server (SIGCHLD blocked).
/// - Each screen has its own tmux server (`tmux -L`), killed on release with taster's whole
///   process group; and taster runs under `timeout`, so even a test process that dies leaves
///   nothing running for long.
final class TmuxScreen {
    /// Why tmux could not be used, or a wait that ran out of time (with the screen so far).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// How long the window may live at most, in seconds, whatever happens to the test.
    static let lifetime = 180
    /// How long one tmux command may take, in seconds.
    static let commandTimeout = 10.0

    private let server = "taster-test-\(UUID().uuidString.prefix(12))"
    private let scratch: ScratchFolder
    private var panePID: pid_t = 0
    private var serverPID: pid_t = 0
    private var socketPath = ""

    /// Starts `taster` with `arguments` at `columns` x `rows` (monochrome, UTF-8, a fixed
    /// environment with `environment` added, HOME in a folder of its own).
    init(_ arguments: [String], environment: [String: String] = [:], columns: Int, rows: Int) throws {
        scratch = try ScratchFolder()
        let executable = try TasterProgram.executable()
        let added = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let program = ["env", "-i", "PATH=/usr/local/bin:/usr/bin:/bin", "HOME=\(scratch.path)", "NO_COLOR=1",
                       "LANG=C.UTF-8", "TERM=screen", "TZ=UTC"] + added + [executable] + arguments
        // When taster ends, its status stays on screen for a moment, so a failing test can say
        // so; `timeout` ends the whole group (taster included) once the lifetime is over.
        let command = ["exec", "timeout", "-k", "2", "\(Self.lifetime)", "sh", "-c",
                       "\"$@\"; echo \"(taster ended with status $?)\"; sleep 20", "sh"] + program
        try tmux(["new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", command.map(Self.shellQuoted).joined(separator: " ")])
        let facts = try tmux(["display-message", "-p", "-t", "0", "#{pane_pid} #{pid} #{socket_path}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 2).map(String.init)
        if facts.count == 3, let pane = pid_t(facts[0]), let server = pid_t(facts[1]) {
            (panePID, serverPID, socketPath) = (pane, server, facts[2])
        }
    }

    deinit { stop() }

    /// Ends taster and the tmux server. Safe to call more than once.
    func stop() {
        // The pane's process leads its own session and group, which taster is in. Process ids
        // are reused quickly while tests start many programs, so a group is killed only while
        // its leader is still this server's pane, never a stranger that took the number.
        if panePID > 0, getpgid(panePID) == panePID, Self.parent(of: panePID) == serverPID {
            kill(-panePID, SIGKILL)
        }
        _ = try? tmux(["kill-server"], timeout: 3)
        if serverPID > 0 {
            let deadline = Date().addingTimeInterval(2)
            while Self.isTmux(serverPID), Date() < deadline { usleep(20_000) }
            if Self.isTmux(serverPID) { kill(serverPID, SIGKILL) }
        }
        // A server that ends with its last window leaves its socket behind.
        if !socketPath.isEmpty { unlink(socketPath) }
        panePID = 0
        serverPID = 0
        socketPath = ""
    }

    /// The parent of process `pid`, from `/proc/PID/stat`, or nil once it has gone.
    private static func parent(of pid: pid_t) -> pid_t? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // After the command name in brackets: the state, then the parent's id.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 ? pid_t(fields[1]) : nil
    }

    /// Whether process `pid` is still a tmux program (its number not yet taken by another).
    private static func isTmux(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0, let name = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else { return false }
        return name.hasPrefix("tmux")
    }

    /// Types `keys` (tmux key names such as "Enter", "PageUp" or "C-d"; other text literally).
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Changes the window's size (taster is sent SIGWINCH).
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The screen as text, each line without trailing spaces, without the empty lines below.
    func screen() throws -> String {
        var lines = try tmux(["capture-pane", "-p", "-t", "0"])
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Everything the window has shown, the lines scrolled off the top included.
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "0"])
    }

    /// Waits until the last line of the screen ends with `text` and `also` holds for the screen,
    /// then until the screen stays the same briefly (so a redraw has finished); returns the screen.
    @discardableResult
    func waitForLastLine(
        endingWith text: String, timeout: Double = 15, also: (String) throws -> Bool = { _ in true }
    ) throws -> String {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            let lastLine = last.split(separator: "\n").last.map(String.init) ?? ""
            if lastLine.hasSuffix(wanted), try also(last) {
                usleep(200_000)
                let again = try screen()
                if again == last { return last }
                continue
            }
            usleep(50_000)
        }
        throw Failure(description: "The screen never ended with \"\(wanted)\" as expected within \(timeout) s. It showed:\n\(last)")
    }

    /// Runs tmux on this screen's server, with no input, and returns what it printed; it is
    /// killed after `timeout` seconds.
    @discardableResult
    private func tmux(_ arguments: [String], timeout: Double = commandTimeout) throws -> String {
        let output = scratch.path + "/tmux-output"
        let argv = ["tmux", "-L", server, "-f", "/dev/null"] + arguments
        let status = try Self.run(argv, output: output, timeout: timeout)
        let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0 || arguments.first == "kill-server" else {
            throw Failure(description: "tmux \(arguments.first ?? "") failed with status \(status): \(printed)")
        }
        return printed
    }

    /// Runs `argv` (found on a fixed PATH) with input from /dev/null and output and errors to
    /// the file `output`, in a clean signal state; returns its exit status, or throws when it is
    /// still running after `timeout` seconds (it is then killed).
    private static func run(_ argv: [String], output: String, timeout: Double) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        guard ChildDescriptors.closeAll(from: 3, in: &actions) else {
            throw Failure(description: "This C library cannot close descriptors in a new process (posix_spawn_file_actions_addclosefrom_np, glibc 2.34 or later).")
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        ChildSignals.reset(&attributes)

        let environment = ["PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8"]
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawnp(&child, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard result == 0 else {
            throw Failure(description: "\(argv[0]) could not be started (make test installs tmux): \(String(cString: strerror(result)))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let waited = waitpid(child, &status, WNOHANG)
            if waited == child { break }
            if waited < 0 && errno != EINTR {
                throw Failure(description: "Waiting for \(argv.joined(separator: " ")) failed: \(String(cString: strerror(errno)))")
            }
            if Date() >= deadline {
                kill(child, SIGKILL)
                _ = waitpid(child, &status, 0)
                throw Failure(description: "\(argv.joined(separator: " ")) did not finish within \(timeout) s.")
            }
            usleep(5_000)
        }
        // WIFEXITED and WEXITSTATUS are macros Swift does not see.
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The screen with everything that differs from run to run made fixed: each of `codes`
    /// (the learner codes shown), with or without its hyphens, becomes `word-word-word-00`, and
    /// the box around a code, as wide as the code, gets one width.
    static func normalised(_ screen: String, codes: [String] = []) -> String {
        var text = screen
        for code in codes where !code.isEmpty {
            text = text.replacingOccurrences(of: code, with: "word-word-word-00")
            text = text.replacingOccurrences(of: code.replacingOccurrences(of: "-", with: ""), with: "wordwordword00")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = String(line)
            if trimmed.hasPrefix("┌") || trimmed.hasPrefix("└") || (trimmed.hasPrefix("│") && trimmed.hasSuffix("│")) {
                let inner = trimmed.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                let ends = (trimmed.first!, trimmed.last!)
                let fill: Character = trimmed.hasPrefix("│") ? " " : "─"
                let body = inner.isEmpty || fill == "─" ? String(repeating: fill, count: 26) : "   " + inner.padding(toLength: 23, withPad: " ", startingAt: 0)
                return "\(ends.0)\(body)\(ends.1)"
            }
            return trimmed
        }
        return lines.joined(separator: "\n")
    }
}
