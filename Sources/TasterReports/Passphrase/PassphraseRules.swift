/// What a new volunteer passphrase must be like.
public enum PassphraseRules {
    /// The fewest characters.
    public static let minimumLength = 10

    /// Why `passphrase` will not do, or nil when it is fine.
    public static func problem(with passphrase: String) -> String? {
        if passphrase.count < minimumLength {
            return "That passphrase is too short: use at least \(minimumLength) characters. Three or four unrelated words are easy to remember and hard to guess."
        }
        if passphrase.allSatisfy({ $0 == passphrase.first }) {
            return "That passphrase is one character repeated. Use three or four unrelated words."
        }
        return nil
    }
}
