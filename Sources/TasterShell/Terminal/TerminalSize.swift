#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal, in character cells.
public struct TerminalSize: Equatable, Sendable {
    /// The width used when the size cannot be read (output piped to a file, or a dumb terminal).
    public static let fallback = TerminalSize(columns: 80, rows: 24)

    /// The number of columns.
    public var columns: Int
    /// The number of rows.
    public var rows: Int

    /// Creates a size.
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Reads the size of the terminal on `descriptor` (standard output by default), or returns
    /// `fallback` when it is not a terminal or reports a zero size.
    public static func current(of descriptor: Int32 = STDOUT_FILENO) -> TerminalSize {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return fallback
        }
        return TerminalSize(columns: Int(size.ws_col), rows: size.ws_row > 0 ? Int(size.ws_row) : fallback.rows)
    }

    /// The width to wrap text to: the terminal's width less a one-column margin, because writing
    /// into the last column makes some terminals wrap early. Never below 20.
    public var wrapWidth: Int {
        max(columns - 1, 20)
    }
}
