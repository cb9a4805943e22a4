import Foundation
import TasterShell
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// A tiny interactive program built on `EditLineReader`, run inside a pseudo-terminal by
/// `EditLineReaderTerminalTests`.
///
/// The package has no executable to spare for this, so the test binary runs itself: the parent
/// test spawns this same binary in XCTest mode with a filter that selects only
/// `EditLineChildProgramCase`, and an environment variable that enables it. XCTest, unlike
/// Swift Testing, runs on the main thread, which is where the real shell reads lines and the
/// only thread on which signals such as SIGWINCH are not blocked: libedit's signal handling
/// must run on the thread that is reading. In a normal test run the case is skipped.
enum EditLineChildProgram {
    /// The variable that turns the child program on.
    static let environmentVariable = "TASTER_EDITLINE_CHILD"

    /// The prompt, in bold, to check that escape sequences in prompts are handled.
    static let prompt = "\u{1B}[1mtry>\u{1B}[22m "

    /// The candidates Tab completes from.
    static let completions = ["hint", "help", "skip", "Example Bank"]

    /// Whether this process is the child.
    static var isChild: Bool {
        ProcessInfo.processInfo.environment[environmentVariable] == "1"
    }

    /// The path of the running test binary.
    static var testBinaryPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
    }

    /// Spawns the child program in a pseudo-terminal.
    static func spawn(columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws
        -> PseudoTerminal {
        try PseudoTerminal.spawn(
            executable: testBinaryPath,
            arguments: ["TasterShellTests.EditLineChildProgramCase/testRunChildProgram"],
            environment: environment.merging([environmentVariable: "1"]) { _, required in required },
            columns: columns,
            rows: rows
        )
    }

    /// The program: echoes each line back in brackets; "secret" reads a hidden line and shows
    /// it reversed (so an echo of it would be told apart), "forget" clears history, "size"
    /// shows the terminal size and whether it changed, "quit" ends. After SIGTERM or SIGHUP it
    /// says "terminating after" the event and exits with status 3, as the shell would leave.
    static func run() -> Bool {
        SignalWatcher.ignoreKeyboardSignals()
        guard let watcher = try? SignalWatcher() else { return false }
        defer { watcher.stop() }
        guard let reader = EditLineReader(programName: "taster-test", shouldStop: { watcher.stopRequested }) else {
            return false
        }
        let output = TerminalOutput()
        reader.setCompletions { _ in completions }
        output.write("child ready\n")
        while true {
            switch reader.readLine(prompt: prompt) {
            case .line("secret"):
                switch reader.readSecret(prompt: "Practice password: ") {
                case .line(let secret): output.write("secret reversed: [\(String(secret.reversed()))]\n")
                case .interrupted: output.write("secret interrupted\n")
                case .endOfInput: output.write("secret ended\n")
                }
            case .line("forget"):
                reader.clearHistory()
                output.write("forgotten, history has \(reader.historyCount) lines\n")
            case .line("size"):
                let size = TerminalSize.current()
                let resized = watcher.takeResizeNotice()
                output.write("size \(size.columns)x\(size.rows) resized \(resized)\n")
            case .line("quit"):
                output.write("bye\n")
                return true
            case .line(let line):
                reader.addToHistory(line)
                output.write("got [\(line)]\n")
            case .interrupted:
                output.write("interrupted\n")
            case .endOfInput:
                if let event = watcher.terminationEvent {
                    output.write("terminating after \(event)\n")
                    exit(3)
                }
                output.write("end of input\n")
                return true
            }
        }
    }
}

/// Runs the child program when enabled; see `EditLineChildProgram`.
final class EditLineChildProgramCase: XCTestCase {
    /// Skipped unless this process was spawned as the child.
    func testRunChildProgram() throws {
        try XCTSkipUnless(EditLineChildProgram.isChild, "runs only inside a pseudo-terminal test")
        XCTAssertTrue(Thread.isMainThread)
        XCTAssertTrue(EditLineChildProgram.run())
    }
}
