/// Makes text from lesson files or learners safe to show on a terminal.
///
/// Lesson text and nicknames are data, never commands for the terminal: an escape sequence in
/// them could recolour the screen, retitle the window, move the cursor over earlier text or, on
/// some terminals, answer back as if typed. Everything that is not printable text is removed.
public enum TerminalText {
    /// Removes escape sequences (CSI, OSC, DCS and the rest), C0 and C1 control characters, DEL
    /// and bidirectional overrides; keeps line breaks and turns tabs into spaces.
    public static func sanitize(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x0A:
                output.append(scalar)
            case 0x09:
                output.append(" ")
            case 0x0D:
                // A carriage return can move the cursor back over text already shown; as part
                // of "\r\n" it is just a line ending.
                if scalars.first?.value != 0x0A {
                    output.append("\n")
                }
            case 0x1B:
                skipEscapeSequence(after: &scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipControlString(&scalars)
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            case _ where isBidirectionalControl(scalar):
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Sanitizes text meant for a single line, such as a nickname or a completion candidate:
    /// line breaks become spaces as well.
    public static func sanitizeLine(_ text: String) -> String {
        String(sanitize(text).map { $0 == "\n" ? " " : $0 })
    }

    /// Skips what follows an ESC: a control sequence, a control string, or one more character.
    private static func skipEscapeSequence(after scalars: inout Substring.UnicodeScalarView) {
        guard let next = scalars.first else { return }
        switch next {
        case "[":
            scalars.removeFirst()
            skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_":
            scalars.removeFirst()
            skipControlString(&scalars)
        default:
            // Two-character and "ESC intermediate... final" sequences such as ESC c or ESC ( B.
            while let intermediate = scalars.first, (0x20...0x2F).contains(intermediate.value) {
                scalars.removeFirst()
            }
            if let final = scalars.first, (0x30...0x7E).contains(final.value) {
                scalars.removeFirst()
            }
        }
    }

    /// Skips the parameters and final byte of a CSI sequence.
    private static func skipControlSequence(_ scalars: inout Substring.UnicodeScalarView) {
        while let scalar = scalars.first, (0x20...0x3F).contains(scalar.value) {
            scalars.removeFirst()
        }
        if let final = scalars.first, (0x40...0x7E).contains(final.value) {
            scalars.removeFirst()
        }
    }

    /// Skips an OSC, DCS, SOS, PM or APC body up to BEL or ST; an unterminated one ends at the
    /// line break, so one stray sequence cannot swallow the rest of a lesson.
    private static func skipControlString(_ scalars: inout Substring.UnicodeScalarView) {
        while let scalar = scalars.first {
            switch scalar.value {
            case 0x07, 0x9C:
                scalars.removeFirst()
                return
            case 0x1B:
                scalars.removeFirst()
                if scalars.first == "\\" {
                    scalars.removeFirst()
                }
                return
            case 0x0A:
                return
            default:
                scalars.removeFirst()
            }
        }
    }

    /// Bidirectional embeddings, overrides and isolates can make shown text read differently
    /// from what it is.
    private static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }
}
