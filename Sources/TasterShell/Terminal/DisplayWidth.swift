/// Measures how many terminal columns text takes.
///
/// Counting bytes or even Unicode scalars gets accented letters and emoji wrong: a `Character`
/// (one grapheme cluster, so "e" plus a combining accent is one) takes one column, East Asian
/// wide characters and emoji take two, and escape sequences take none.
public enum DisplayWidth {
    /// The columns `text` takes, ignoring any CSI escape sequences (such as colour codes) in it.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        var width = 0
        var insideEscape = false
        var sawBracket = false
        for character in text {
            if insideEscape {
                // ESC [ parameters... final byte; a lone ESC ends with the next character.
                if !sawBracket, character == "[" {
                    sawBracket = true
                    continue
                }
                if !sawBracket || isFinalByte(character) {
                    insideEscape = false
                }
                continue
            }
            if character == "\u{1B}" {
                insideEscape = true
                sawBracket = false
                continue
            }
            width += of(character)
        }
        return width
    }

    /// The columns one character takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) {
            return 0
        }
        if isZeroWidth(first) {
            return 0
        }
        if isWide(first) || first.properties.isEmojiPresentation {
            return 2
        }
        // A text-style symbol followed by VARIATION SELECTOR-16 is drawn as a wide emoji.
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji {
            return 2
        }
        return 1
    }

    private static func isFinalByte(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
            return true
        }
        return (0x40...0x7E).contains(scalar.value)
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return false
        }
    }

    /// East Asian Wide and Fullwidth blocks (the common ones, as wcwidth has them).
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
