/// One thing answer checking says in taster's own words (not the lesson author's), as a fact:
/// the layer that shows it finds the words in the learner's language.
public enum CheckingMessage: Sendable, Equatable {
    /// A wrong answer the author gave no feedback for.
    case notQuite
    /// A wrong number the author did not foresee.
    case notQuiteNumber
    /// A free-text answer far longer than any answer could be.
    case answerTooLong
    /// An empty line at a free-text question.
    case typeAnAnswer
    /// A choice that cannot be read.
    case choiceAdvice
    /// A choice number beyond the options: there are only `count`.
    case onlyChoices(count: Int)
    /// Only some of several right options were picked.
    case partOfIt
    /// Right and wrong options together, where several are right.
    case someRightSomeWrong
    /// Several options picked where only one is right.
    case onlyOneIsRight
    /// A number that cannot be read, with an example written as `unit` asks (nil: the general
    /// advice, with a money example).
    case numberAdvice(unit: NumberUnit?, example: String)
    /// A number that seems to use a comma before the pence.
    case decimalCommaAdvice
    /// A number that is not money with a comma for the decimal point.
    case decimalPointAdvice
    /// An order that cannot be read: each number once, as `example` (never the answer) shows.
    case orderAdvice(example: String)
    /// A wrong order: `inPlace` of `count` are already in the right place.
    case orderNotQuite(inPlace: Int, count: Int)
    /// An empty practice passphrase.
    case typeAPassphrase
    /// Praise for a practice passphrase that meets the rules.
    case strongPassphrase
    /// The start of what a practice passphrase still needs.
    case notStrongEnough
    /// A practice passphrase that is one of the most common passwords.
    case commonPassword
    /// A practice passphrase shorter than `minLength` characters.
    case makeItLonger(minLength: Int)
    /// A practice passphrase of fewer than `minWords` words.
    case useMoreWords(minWords: Int)
    /// A practice passphrase of one word said again and again.
    case useDifferentWords
    /// Closing advice for a practice passphrase that needs work.
    case passphraseTip

    /// Whether the words already tell the learner they can ask for a hint, so nothing adds it.
    public var mentionsHint: Bool {
        switch self {
        case .notQuite, .notQuiteNumber, .orderNotQuite: true
        default: false
        }
    }
}
