/// Makes text from lesson files safe to put in messages: control characters are named, never printed.
public enum SafeText {
    /// `ESC, U+001B` and the like.
    static func describe(_ byte: UInt8) -> String {
        let names: [UInt8: String] = [0x07: "BEL", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed", 0x1B: "ESC", 0x7F: "DEL"]
        let code = "U+" + String(repeating: "0", count: 4 - String(byte, radix: 16).count) + String(byte, radix: 16, uppercase: true)
        if let name = names[byte] { return "\(name), \(code)" }
        return code
    }

    /// `text` made safe to print: control characters become visible `\u{1B}` forms and long
    /// text is shortened, so that no message ever carries terminal escape sequences.
    public static func quote(_ text: String, limit: Int = 40) -> String {
        var result = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                result += "…"
                break
            }
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x09: result += "\\t"
            case 0x00...0x1F, 0x7F...0x9F: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return result + "\""
    }

    /// The first control character in `text` (other than newline and tab), if any.
    public static func firstControl(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x0A, 0x09: false
            case 0x00...0x1F, 0x7F...0x9F: true
            default: false
            }
        }
    }
}
