/// Judges a practice passphrase against the step's rules and says what to improve.
///
/// Nothing typed is kept, logged or repeated: every sentence returned is fixed text or built
/// from the step's rules alone.
enum SecretChecker {
    /// The verdict on `input` for `practice`.
    static func check(_ input: String, against practice: SecretPractice) -> AnswerVerdict {
        let typed = ForgivingText.trimmed(input)
        guard !typed.isEmpty else { return .incorrect(feedback: CheckingWords.typeAPassphrase) }

        var problems: [String] = []
        if CommonPasswords.contains(typed) {
            problems.append(CheckingWords.commonPassword)
        }
        if typed.count < practice.minLength {
            problems.append("Make it longer: at least \(practice.minLength) characters.")
        }
        let typedWords = words(in: typed)
        if typedWords.count < practice.minWords {
            problems.append("Use at least \(practice.minWords) separate words, with spaces or hyphens between them.")
        } else if typedWords.count > 1, Set(typedWords.map { $0.lowercased() }).count == 1 {
            problems.append("Use different words rather than the same word again.")
        }
        guard problems.isEmpty else {
            return .incorrect(feedback: (["Not strong enough yet."] + problems + [CheckingWords.passphraseTip]).joined(separator: " "))
        }
        return .correct(feedback: CheckingWords.strongPassphrase, spelling: nil)
    }

    /// The runs of letters and digits, which count as words.
    static func words(in text: String) -> [Substring] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// Made-up words for an example passphrase; never suggested as one to keep.
    private static let exampleWords = [
        "kettle", "meadow", "lantern", "violin", "pebble", "orchard", "thimble", "harbour", "biscuit",
        "compass", "willow", "saddle",
    ]

    /// The most characters an example passphrase is grown to, whatever the rules ask.
    private static let longestExample = 100_000

    /// A made-up passphrase that meets `practice`'s rules.
    static func modelAnswer(for practice: SecretPractice) -> String {
        var words: [String] = []
        var length = -1
        while words.count < max(practice.minWords, 4) || length < practice.minLength, length < longestExample {
            let word = exampleWords[words.count % exampleWords.count]
            words.append(word)
            length += word.count + 1
        }
        return words.joined(separator: " ")
    }

    /// Advice on making a passphrase; never a password itself.
    static func solution(for practice: SecretPractice) -> String {
        "A strong passphrase is \(practice.minWords) or more random words with spaces between them, "
            + "at least \(practice.minLength) characters in all: words you can picture together that nobody "
            + "would guess. Make up your own, and never type a password you really use."
    }
}
