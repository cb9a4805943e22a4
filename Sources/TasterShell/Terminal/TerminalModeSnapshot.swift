#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The settings of a terminal at one moment, to put back later.
///
/// Taken at start-up, it lets the shell leave the terminal as it found it even when it has to
/// stop in the middle of reading a line (a hang-up or a shutdown), when no `defer` will run.
public struct TerminalModeSnapshot: Sendable {
    private let descriptor: Int32
    private let settings: termios

    /// Captures the settings of the terminal on `descriptor`; nil when it is not a terminal.
    public static func capture(descriptor: Int32 = STDIN_FILENO) -> TerminalModeSnapshot? {
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return nil }
        return TerminalModeSnapshot(descriptor: descriptor, settings: settings)
    }

    /// Puts the captured settings back. Returns false if the terminal refused (it may be gone).
    @discardableResult
    public func restore() -> Bool {
        var settings = settings
        return tcsetattr(descriptor, TCSANOW, &settings) == 0
    }
}
