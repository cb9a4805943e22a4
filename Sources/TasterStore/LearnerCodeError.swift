/// Why some text is not a learner code, in words a learner or volunteer can act on.
public enum LearnerCodeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing was typed.
    case empty
    /// The text does not have three words and a number.
    case wrongShape(String)
    /// One of the words is not a code word, perhaps misspelled.
    case unknownWord(String, in: String)
    /// The number is not between 00 and 99.
    case badNumber(String, in: String)

    /// A plain-English sentence saying what is wrong and what a code looks like.
    public var message: String {
        let example = "A code is three words and a number, like maple-river-otter-42."
        switch self {
        case .empty:
            return "No code was typed. \(example)"
        case .wrongShape(let text):
            return "\u{201C}\(text)\u{201D} is not a learner code. \(example)"
        case .unknownWord(let word, let text):
            return "In \u{201C}\(text)\u{201D}, the word \u{201C}\(word)\u{201D} is not one of the code words. "
                + "Please check its spelling on the code card. \(example)"
        case .badNumber(let digits, let text):
            return "In \u{201C}\(text)\u{201D}, the number \u{201C}\(digits)\u{201D} should be two digits, from 00 to 99. "
                + example
        }
    }

    /// The same as ``message``.
    public var description: String { message }
}
