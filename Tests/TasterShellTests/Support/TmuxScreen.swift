import Foundation

/// The real `taster` in a tmux window of a fixed size, with its own tmux server, so a test can
/// type keys, resize the window and read the screen exactly as a learner sees it.
final class TmuxScreen {
    /// Why tmux could not be used.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let server = "taster-test-\(UUID().uuidString.prefix(8))"

    /// Starts `taster` with `arguments` at `columns` x `rows` (monochrome, UTF-8).
    init(_ arguments: [String], columns: Int, rows: Int) throws {
        let executable = try TasterProgram.executable()
        let quoted = ([executable] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = "env NO_COLOR=1 LANG=C.UTF-8 TERM=screen HOME=\(NSTemporaryDirectory()) " + quoted.joined(separator: " ") + "; sleep 30"
        try tmux(["new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types `keys` (tmux key names such as "Enter", "PageUp" or "C-d"; other text literally).
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Changes the window's size.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The screen as text, each line without trailing spaces.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// Waits until the last non-empty line of the screen ends with `text`, then waits for the
    /// screen to stay the same briefly (so a redraw has finished); returns the screen.
    @discardableResult
    func waitForLastLine(endingWith text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            let lastLine = last.split(separator: "\n").last.map(String.init) ?? ""
            if lastLine.hasSuffix(text.trimmingCharacters(in: .whitespaces)) {
                usleep(150_000)
                let again = try screen()
                if again == last { return last }
                continue
            }
            usleep(50_000)
        }
        throw Failure(description: "The screen never ended with \"\(text)\". It showed:\n\(last)")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", server, "-f", "/dev/null"] + arguments
        // Only capture-pane prints anything; new-session starts the tmux server, which would keep
        // a pipe open for ever, so other commands write nowhere.
        let capturing = arguments.first == "capture-pane"
        let output = Pipe()
        process.standardOutput = capturing ? output : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Failure(description: "tmux could not be started (make deps installs it): \(error)")
        }
        let data = capturing ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 || arguments.first == "kill-server" else {
            throw Failure(description: "tmux \(arguments.first ?? "") failed with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The screen with everything that differs from run to run made fixed: learner codes
    /// become `word-word-word-00`, and the box around one keeps its shape.
    static func normalised(_ screen: String) -> String {
        var text = screen
        let code = try! Regex("[a-z]+-[a-z]+-[a-z]+-[0-9][0-9]")
        text = text.replacing(code, with: "word-word-word-00")
        // The box around a code is as wide as the code: give it one width.
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
