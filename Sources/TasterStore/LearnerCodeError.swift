/// Why some text is not a learner code: the facts, worded by the catalogue.
public enum LearnerCodeError: Error, Equatable, Sendable {
    /// Nothing was typed.
    case empty
    /// The text does not have three words and a number.
    case wrongShape(String)
    /// One of the words is not a code word, perhaps misspelled.
    case unknownWord(String, in: String)
    /// The number is not between 00 and 99.
    case badNumber(String, in: String)
}
