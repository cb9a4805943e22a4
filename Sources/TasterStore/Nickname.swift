/// Cleaning of the optional display nickname a learner may choose.
///
/// A nickname is shown back on the terminal, so it must not carry control characters or
/// terminal escape sequences (which could move the cursor, change colours or retitle the window),
/// nor invisible bidirectional overrides. It is capped so that it fits on one line.
public enum Nickname {
    /// The longest nickname kept, in characters (user-perceived, so accented letters count once).
    public static let maximumLength = 30

    /// The nickname with escape sequences and control or format characters removed, spaces
    /// collapsed, and cut to ``maximumLength``; nil when nothing printable is left.
    public static func clean(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let withoutSequences = removingEscapeSequences(raw)
        var cleaned = ""
        var pendingSpace = false
        for scalar in withoutSequences.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !cleaned.isEmpty
                continue
            }
            if isInvisible(scalar) { continue }
            if pendingSpace {
                cleaned.unicodeScalars.append(" ")
                pendingSpace = false
            }
            cleaned.unicodeScalars.append(scalar)
        }
        let capped = String(cleaned.prefix(maximumLength)).trimmingTrailingSpaces()
        return capped.isEmpty ? nil : capped
    }

    /// Control (Cc), format (Cf: includes bidirectional overrides and zero-width characters),
    /// line and paragraph separators, private-use and unassigned scalars.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
            return true
        default:
            return false
        }
    }

    /// Drops ESC-introduced sequences whole (CSI like `ESC [ 31 m`, OSC like `ESC ] 0 ; title BEL`,
    /// and two-character escapes), so no "[31m" debris is left behind, plus 8-bit CSI (U+009B).
    private static func removingEscapeSequences(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" || scalar == "\u{9B}" {
                index = endOfEscapeSequence(in: scalars, from: index)
                continue
            }
            output.append(scalar)
            index += 1
        }
        return String(output)
    }

    /// The index just after the escape sequence starting at `start`.
    private static func endOfEscapeSequence(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        let isCSI = scalars[start] == "\u{9B}" || (index < scalars.count && scalars[index] == "[")
        if scalars[start] == "\u{1B}" && index < scalars.count && scalars[index] == "]" {
            // OSC: runs to BEL or to ESC backslash.
            index += 1
            while index < scalars.count {
                if scalars[index] == "\u{07}" { return index + 1 }
                if scalars[index] == "\u{1B}" { return min(index + 2, scalars.count) }
                index += 1
            }
            return index
        }
        if isCSI {
            if scalars[start] == "\u{1B}" { index += 1 }
            // Parameter and intermediate bytes, then one final byte in @...~.
            while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
            return min(index + 1, scalars.count)
        }
        // Two-character escape such as ESC c.
        return min(index + 1, scalars.count)
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
