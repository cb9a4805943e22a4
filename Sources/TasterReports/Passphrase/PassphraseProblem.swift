/// Why a new volunteer passphrase will not do: facts, worded where they are shown.
public enum PassphraseProblem: Equatable, Sendable {
    /// Fewer than `minimum` characters.
    case tooShort(minimum: Int)
    /// One character again and again.
    case oneCharacterRepeated
    /// One of the passwords people choose most often.
    case common
    /// Fewer than `words` different words, and shorter than `length` characters.
    case tooEasyToGuess(words: Int, length: Int)
}
