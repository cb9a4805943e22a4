import TasterLessons

/// The one step every command's text passes before it reaches a terminal or file.
///
/// Values from the progress file (a nickname, a session name) and file names come from outside
/// taster and may hold escape sequences that retitle, move, recolour or hide text on a
/// volunteer's terminal. Every control character (C0 but new line and tab, DEL, C1 including
/// U+009B) and every invisible or direction-changing character is written as a visible `\u001B`
/// (a valid escape inside JSON strings too). When colour is on, only the exact colour and
/// clear-screen sequences taster itself writes are let through.
enum TerminalSafeText {
    /// The sequences taster writes itself for colour, bold and the live view's fresh screen.
    static let ownSequences: [String] = ["[0m", "[1m", "[31m", "[32m", "[33m", "[1;97;41m", "[H", "[2J"]

    /// `text` with nothing in it a terminal would act on, but taster's own sequences when
    /// `allowingOwnSequences`.
    static func safe(_ text: String, allowingOwnSequences: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        scan: while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", allowingOwnSequences {
                for sequence in ownSequences {
                    let own = Array(sequence.unicodeScalars)
                    let end = index + 1 + own.count
                    if end <= scalars.count, Array(scalars[(index + 1)..<end]) == own {
                        result.append(scalar)
                        result.append(contentsOf: own)
                        index += 1 + own.count
                        continue scan
                    }
                }
            }
            switch scalar.value {
            case 0x0A, 0x09: result.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F: result.append(contentsOf: visible(scalar).unicodeScalars)
            default:
                if HiddenCharacters.name(of: scalar.value) != nil {
                    result.append(contentsOf: visible(scalar).unicodeScalars)
                } else {
                    result.append(scalar)
                }
            }
            index += 1
        }
        return String(result)
    }

    /// `\u001B` for ESC: four hex digits, as JSON writes it.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
