import TasterLessons

/// Making text safe to put inside an HTML page: lesson text, names and labels are data, never markup.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, safe in element
    /// content and in quoted attribute values alike.
    /// Invisible and direction-changing characters are left out, so that no page shows text
    /// other than it reads.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in HiddenCharacters.removed(from: text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
