/// Characters that are invisible or turn text around, which a lesson never needs and which
/// could make what a learner sees differ from what the author reviewed (`Ama\u200Bzon` hides a
/// brand name from a word search; U+202E shows text backwards).
public enum HiddenCharacters {
    /// The name of `scalar` when it is one of them, in words for the author, or nil.
    public static func name(of scalar: UInt32) -> String? {
        switch scalar {
        case 0x200B: "a zero-width space"
        case 0x00AD: "a soft hyphen"
        case 0x200E, 0x200F, 0x061C: "a direction mark"
        case 0x202A...0x202E: "a direction override"
        case 0x2066...0x2069: "a direction isolate"
        case 0x2060...0x2064: "an invisible joiner or operator"
        case 0xFEFF: "a byte order mark in the middle of the file"
        default: nil
        }
    }

    /// The hidden characters in `text`, in order.
    public static func found(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { name(of: $0.value) != nil }
    }

    /// `text` without them.
    public static func removed(from text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.filter { name(of: $0.value) == nil })
        return String(result)
    }
}
