/// The kind sentences answer checking says when the lesson author did not foresee an answer.
///
/// Kept in one place so that the engine, the shell and tests can refer to the same words.
public enum CheckingWords {
    /// Said after a wrong answer that the author gave no feedback for.
    public static let notQuite = "Not quite. Have another go, or type hint for a clue."
    /// Said after a wrong number that the author did not foresee.
    public static let notQuiteNumber = "Not quite. Check your working and have another go, or type hint for a clue."
    /// Said when a free-text answer is far longer than any answer could be.
    public static let answerTooLong = "That's a very long answer. A few words are enough: have another go."
    /// Said when an empty line is given to a free-text question.
    public static let typeAnAnswer = "Type your answer in a few words, then press Enter."
    /// Advice when a choice cannot be read.
    public static let choiceAdvice = "Type the number or letter of your answer, for example 1 or a."
    /// Said when only some of several right options were picked.
    public static let partOfIt = "That's part of it: more than one answer is right here. Type the numbers of all the right ones on one line."
    /// Said when right and wrong options were picked together and several are right.
    public static let someRightSomeWrong = "Some of that is right, but not all of it."
    /// Said when several options were picked but only one is right.
    public static let onlyOneIsRight = "Only one answer is right here: pick just that one."
    /// Advice when a number cannot be read.
    public static let numberAdvice = "Type just the number, for example 12.50 or £12.50."
    /// Advice when a number cannot be read at `question`, with an example that fits its unit:
    /// money only for money.
    public static func numberAdvice(for question: NumberQuestion) -> String {
        let example = question.example
        return switch question.unit {
        case .pounds: "Type just the number, for example \(example) or £\(example)."
        case .percent: "Type just the number, for example \(example) or \(example)%."
        case .plain: "Type just the number, for example \(example)."
        }
    }
    /// Advice when a number seems to use a comma for the decimal point.
    public static let decimalCommaAdvice = "Use a full stop before the pence, for example 12.50 rather than 12,50."
    /// The same advice for a number that is not money.
    public static let decimalPointAdvice = "Use a full stop for the decimal point, for example 12.5 rather than 12,5."
    /// Advice when a practice passphrase is empty.
    public static let typeAPassphrase = "Make up a practice passphrase and type it. It is not kept anywhere."
    /// Praise for a practice passphrase that meets the rules.
    public static let strongPassphrase =
        "Well done: that is long, uses several words and is hard to guess. "
        + "This was only practice and nothing was kept. Make up a new one for any real account."
    /// Said when a practice passphrase is on the list of very common passwords.
    public static let commonPassword =
        "That is one of the most common passwords, so it is one of the first that criminals try."
    /// Closing advice for a practice passphrase that needs work.
    public static let passphraseTip = "Tip: three or more random words together, such as things you can picture, make a strong passphrase."
}
