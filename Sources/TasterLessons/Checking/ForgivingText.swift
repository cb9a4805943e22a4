import Foundation

/// The forgiving way typed answers are compared: case, spacing, trailing punctuation and curly
/// quotes do not matter.
public enum ForgivingText {
    /// The longest line, in characters, that is read as an answer; longer lines are judged
    /// without being analysed, so that a pasted page cannot slow the lesson down.
    public static let longestAnswerConsidered = 1_000

    /// Punctuation that may end a typed answer without changing it.
    static let trailingPunctuation: Set<Character> = [".", "!", "?", ",", ";", ":"]

    /// Curly and typographic quotes, with the straight quote each stands for.
    static let straightQuotes: [Character: Character] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'", "\u{02BC}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
    ]

    /// `text` in Unicode NFC, lower case, with curly quotes made straight, runs of whitespace
    /// made one space, and surrounding whitespace and trailing punctuation removed.
    public static func normalized(_ text: String) -> String {
        let composed = text.precomposedStringWithCanonicalMapping.lowercased()
        var result = ""
        result.reserveCapacity(composed.utf8.count)
        var pendingSpace = false
        for character in composed {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(straightQuotes[character] ?? character)
        }
        while let last = result.last, trailingPunctuation.contains(last) || last == " " {
            result.removeLast()
        }
        return result
    }

    /// The words of an already normalised text.
    public static func words(ofNormalized text: String) -> [Substring] {
        text.split(separator: " ")
    }

    /// `text` without surrounding whitespace (including new lines and non-breaking spaces).
    public static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `text` has more characters than an answer is ever read for.
    public static func isTooLongToRead(_ text: String) -> Bool {
        // Walking only one character past the limit keeps this cheap for a huge line.
        text.prefix(longestAnswerConsidered + 1).count > longestAnswerConsidered
    }
}
