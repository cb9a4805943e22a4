/// Judges a practice passphrase against the step's rules and says what to improve.
///
/// Nothing typed is kept, logged or repeated: every message returned is fixed or built from
/// the step's rules alone.
enum SecretChecker {
    /// The verdict on `input` for `practice`.
    static func check(_ input: String, against practice: SecretPractice) -> AnswerVerdict {
        let typed = ForgivingText.trimmed(input)
        guard !typed.isEmpty else { return .incorrect(feedback: StandardFeedback.typeAPassphrase) }

        var problems: [Feedback] = []
        if CommonPasswords.contains(typed) {
            problems.append(StandardFeedback.commonPassword)
        }
        if typed.count < practice.minLength {
            problems.append(.checking(.makeItLonger(minLength: practice.minLength)))
        }
        let typedWords = words(in: typed)
        if typedWords.count < practice.minWords {
            problems.append(.checking(.useMoreWords(minWords: practice.minWords)))
        } else if typedWords.count > 1, Set(typedWords.map { $0.lowercased() }).count == 1 {
            problems.append(.checking(.useDifferentWords))
        }
        guard problems.isEmpty else {
            return .incorrect(feedback: ([.checking(.notStrongEnough)] + problems + [StandardFeedback.passphraseTip]).reduce(Feedback([]), +))
        }
        return .correct(feedback: StandardFeedback.strongPassphrase, spelling: nil)
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
    static func solution(for practice: SecretPractice) -> StepSolution {
        .passphrase(minWords: practice.minWords, minLength: practice.minLength)
    }
}
