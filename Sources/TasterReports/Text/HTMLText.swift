/// Making text safe to put inside an HTML page: lesson text, names and labels are data, never markup.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, safe in element
    /// content and in quoted attribute values alike.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
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
