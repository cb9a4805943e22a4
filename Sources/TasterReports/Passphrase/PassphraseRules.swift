import TasterLessons

/// What a new volunteer passphrase must be like: long enough, not one of the passwords
/// criminals try first, and either several different words or long enough to make up for it.
public enum PassphraseRules {
    /// The fewest characters.
    public static let minimumLength = 10
    /// The fewest different words, each of at least ``shortestWord`` letters or digits.
    public static let fewestWords = 3
    /// The length at which fewer words will do.
    public static let lengthWithoutWords = 16
    /// The fewest different characters a long passphrase of few words must have.
    static let differentCharactersWhenLong = 8
    /// The shortest run of letters or digits counted as a word.
    static let shortestWord = 2

    /// Why `passphrase` will not do, or nil when it is fine.
    public static func problem(with passphrase: String) -> PassphraseProblem? {
        if passphrase.count < minimumLength {
            return .tooShort(minimum: minimumLength)
        }
        if passphrase.allSatisfy({ $0 == passphrase.first }) {
            return .oneCharacterRepeated
        }
        if CommonPasswords.contains(passphrase) {
            return .common
        }
        let words = Set(passphrase.lowercased().split { !($0.isLetter || $0.isNumber) }.filter { $0.count >= shortestWord })
        // A long line of few words counts only if it is not the same few letters again and again.
        let longEnough = passphrase.count >= lengthWithoutWords && Set(passphrase.lowercased()).count >= differentCharactersWhenLong
        if words.count < fewestWords, !longEnough {
            return .tooEasyToGuess(words: fewestWords, length: lengthWithoutWords)

        }
        return nil
    }
}
