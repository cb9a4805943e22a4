/// Characters that are invisible or turn text around, which a lesson never needs and which
/// could make what a learner sees differ from what the author reviewed (`Ama\u200Bzon` hides a
/// brand name from a word search; U+202E shows text backwards).
public enum HiddenCharacters {
    /// What `scalar` is when it is one of them, as a phrase for the author, or nil.
    public static func name(of scalar: UInt32) -> ProblemKind? {
        switch scalar {
        case 0x200B: .hiddenZeroWidthSpace
        case 0x00AD: .hiddenSoftHyphen
        case 0x200E, 0x200F, 0x061C: .hiddenDirectionMark
        case 0x202A...0x202E: .hiddenDirectionOverride
        case 0x2066...0x2069: .hiddenDirectionIsolate
        case 0x2060...0x2064: .hiddenJoiner
        case 0xFEFF: .hiddenByteOrderMark
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
