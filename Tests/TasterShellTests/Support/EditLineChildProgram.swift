import Foundation
import Testing
import TasterShell

#if canImport(Glibc)
import Glibc
#endif

/// A tiny interactive program built on `EditLineReader`, run inside a pseudo-terminal by
/// `EditLineReaderTerminalTests`.
///
/// The package has no executable to spare for this, so the test binary runs itself: the parent
/// test spawns this same binary with a filter that selects only `editLineChildProgram()` and
/// an environment variable that enables it. In a normal test run it is skipped.
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
    static func spawn(columns: Int = 80, rows: Int = 24) throws -> PseudoTerminal {
        try PseudoTerminal.spawn(
            executable: testBinaryPath,
            arguments: ["--testing-library", "swift-testing", "--filter", "editLineChildProgram"],
            environment: [environmentVariable: "1"],
            columns: columns,
            rows: rows
        )
    }

    /// The program: echoes each line back in brackets; "secret" reads a hidden line and shows
    /// it reversed (so an echo of it would be told apart), "forget" clears history, "size"
    /// shows the terminal size, "quit" ends. SIGTERM prints "terminating" and exits with 3.
    static func run() -> Bool {
        // The test runner blocks every signal in its threads, this one included; the real
        // program reads on its main thread, where nothing is blocked.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGINT, SIGHUP, SIGTERM, SIGWINCH, SIGCONT, SIGTSTP, SIGQUIT] {
            sigaddset(&signals, signalNumber)
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        guard let reader = EditLineReader(programName: "taster-test") else { return false }
        let output = TerminalOutput()
        SignalWatcher.ignoreInterruptKey()
        let watcher = try? SignalWatcher(restoring: TerminalModeSnapshot.capture()) { event in
            TerminalOutput().write("terminating after \(event)\n")
            exit(3)
        }
        defer { watcher?.stop() }
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
                let resized = watcher?.takeResizeNotice() ?? false
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
                output.write("end of input\n")
                return true
            }
        }
    }
}

/// Runs the child program when enabled; see `EditLineChildProgram`.
@Test(.enabled(if: EditLineChildProgram.isChild))
func editLineChildProgram() {
    #expect(EditLineChildProgram.run())
}
