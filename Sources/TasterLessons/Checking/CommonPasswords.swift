/// A short list of the passwords people choose most often, the first ones criminals try.
///
/// Written in lower case with only letters and digits, the way typed lines are compared with it.
public enum CommonPasswords {
    /// The passwords themselves.
    static let all: Set<String> = [
        "password", "passw0rd", "password1", "pass", "passwort", "secret", "changeme", "default",
        "123456", "1234567", "12345678", "123456789", "1234567890", "12345", "1234", "123123",
        "111111", "000000", "654321", "666666", "121212", "112233", "987654321",
        "qwerty", "qwertyuiop", "qwerty123", "asdfgh", "asdfghjkl", "zxcvbnm", "qazwsx", "1q2w3e4r",
        "abc123", "abcdef", "abcd1234", "letmein", "iloveyou", "welcome", "admin", "administrator",
        "login", "guest", "hello", "monkey", "dragon", "football", "sunshine", "princess", "master",
        "shadow", "trustno1", "freedom", "whatever", "computer", "internet", "summer", "flower",
        "cheese", "starwars", "superman", "letmeinplease", "opensesame",
    ]

    /// The longest line worth comparing with the list once squashed together.
    static let longestWorthChecking = 64

    /// Whether `text` is a common password, perhaps with capitals, spaces, symbols, look-alike
    /// digits (`p@ssw0rd`) or digits and symbols added at either end (`password123!`).
    public static func contains(_ text: String) -> Bool {
        guard text.count <= longestWorthChecking else { return false }
        let squashed = text.lowercased().filter { $0.isLetter || $0.isNumber || lookAlikes[$0] != nil }
        let lettersAndDigits = squashed.filter { $0.isLetter || $0.isNumber }
        let withoutEnds = trimmingEnds(of: squashed) { !$0.isLetter }
        let candidates = [
            lettersAndDigits,
            trimmingEnds(of: lettersAndDigits) { $0.isNumber },
            String(withoutEnds.map { lookAlikes[$0] ?? $0 }),
            String(squashed.map { lookAlikes[$0] ?? $0 }),
        ]
        return candidates.contains { !$0.isEmpty && all.contains($0) }
    }

    /// `text` without the characters at either end that satisfy `isPadding`.
    private static func trimmingEnds(of text: String, where isPadding: (Character) -> Bool) -> String {
        guard let first = text.firstIndex(where: { !isPadding($0) }),
              let last = text.lastIndex(where: { !isPadding($0) })
        else { return "" }
        return String(text[first...last])
    }

    /// Symbols and digits often typed in place of letters.
    private static let lookAlikes: [Character: Character] = [
        "@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s", "5": "s", "7": "t",
    ]
}
