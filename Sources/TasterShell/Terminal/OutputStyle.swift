/// How the shell decorates what it prints: colour, plain characters, or nothing at all.
///
/// Colour is used only when standard output is a terminal, `NO_COLOR` is unset or empty
/// (https://no-color.org) and `TERM` is not `dumb`. Plain mode is for screen readers: no colour,
/// no redrawn lines, no box drawing or bar characters, just sentences line by line.
/// Every helper returns the text unchanged when its decoration is off, so callers never branch.
public struct OutputStyle: Equatable, Sendable {
    /// The level of decoration.
    public enum Mode: Equatable, Sendable {
        /// Colour and bold, bars and boxes.
        case colour
        /// Bars and boxes, but no colour or bold (piped output, NO_COLOR, dumb terminals).
        case monochrome
        /// Screen-reader friendly: text only.
        case plain
    }

    /// The chosen level of decoration.
    public let mode: Mode

    /// Creates a style with a fixed mode.
    public init(mode: Mode) {
        self.mode = mode
    }

    /// Decides the style from the facts: whether standard output is a terminal, the environment
    /// (for `NO_COLOR` and `TERM`), and whether plain mode was asked for.
    public static func decide(
        outputIsTerminal: Bool, environment: [String: String], plainRequested: Bool
    ) -> OutputStyle {
        if plainRequested {
            return OutputStyle(mode: .plain)
        }
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumbTerminal = environment["TERM"] == "dumb"
        if outputIsTerminal && !noColour && !dumbTerminal {
            return OutputStyle(mode: .colour)
        }
        return OutputStyle(mode: .monochrome)
    }

    /// Whether escape sequences for colour and bold are written.
    public var usesColour: Bool { mode == .colour }

    /// Whether this is the screen-reader friendly plain mode.
    public var isPlain: Bool { mode == .plain }

    /// `text` in bold.
    public func bold(_ text: String) -> String {
        styled(text, on: "1", off: "22")
    }

    /// `text` dimmed, for less important words such as key reminders.
    public func dim(_ text: String) -> String {
        styled(text, on: "2", off: "22")
    }

    /// `text` in green, for success.
    public func good(_ text: String) -> String {
        styled(text, on: "32", off: "39")
    }

    /// `text` in yellow, for warnings and things to take care over.
    public func warn(_ text: String) -> String {
        styled(text, on: "33", off: "39")
    }

    /// Renders the one piece of markup lessons may use, `**bold**`: bold on colour terminals,
    /// and just the words otherwise. An unpaired `**` is shown as it is.
    public func renderMarkup(_ text: String) -> String {
        let pieces = text.split(separator: "**", omittingEmptySubsequences: false)
        guard pieces.count >= 3 else { return text }
        var result = ""
        for (index, piece) in pieces.enumerated() {
            let isInside = index % 2 == 1
            let isUnpairedTail = isInside && index == pieces.count - 1
            if isUnpairedTail {
                result += "**" + piece
            } else if isInside {
                result += bold(String(piece))
            } else {
                result += piece
            }
        }
        return result
    }

    /// Prepares lesson text for the screen: removes anything unsafe for the terminal, renders
    /// `**bold**`, then wraps it to `width` columns.
    public func formatLessonText(_ text: String, width: Int) -> String {
        TextWrapper.wrap(renderMarkup(TerminalText.sanitize(text)), width: width)
    }

    private func styled(_ text: String, on: String, off: String) -> String {
        guard usesColour, !text.isEmpty else { return text }
        return "\u{1B}[\(on)m\(text)\u{1B}[\(off)m"
    }
}
