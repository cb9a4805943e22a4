/// The feedback answer checking gives when the lesson author did not foresee an answer: facts,
/// worded in the learner's language by the layer that shows them.
///
/// Kept in one place so that the checkers and their tests refer to the same values.
public enum StandardFeedback {
    /// After a wrong answer that the author gave no feedback for.
    public static let notQuite = Feedback.checking(.notQuite)
    /// After a wrong number that the author did not foresee.
    public static let notQuiteNumber = Feedback.checking(.notQuiteNumber)
    /// When a free-text answer is far longer than any answer could be.
    public static let answerTooLong = Feedback.checking(.answerTooLong)
    /// When an empty line is given to a free-text question.
    public static let typeAnAnswer = Feedback.checking(.typeAnAnswer)
    /// When a choice cannot be read.
    public static let choiceAdvice = Feedback.checking(.choiceAdvice)
    /// When only some of several right options were picked.
    public static let partOfIt = Feedback.checking(.partOfIt)
    /// When right and wrong options were picked together and several are right.
    public static let someRightSomeWrong = Feedback.checking(.someRightSomeWrong)
    /// When several options were picked but only one is right.
    public static let onlyOneIsRight = Feedback.checking(.onlyOneIsRight)
    /// When a number cannot be read, in general (a money example).
    public static let numberAdvice = Feedback.checking(.numberAdvice(unit: nil, example: "12.50"))
    /// When a number cannot be read at `question`, with an example that fits its unit: money
    /// only for money.
    public static func numberAdvice(for question: NumberQuestion) -> Feedback {
        .checking(.numberAdvice(unit: question.unit, example: question.example))
    }
    /// When a number seems to use a comma for the decimal point.
    public static let decimalCommaAdvice = Feedback.checking(.decimalCommaAdvice)
    /// The same advice for a number that is not money.
    public static let decimalPointAdvice = Feedback.checking(.decimalPointAdvice)
    /// When a practice passphrase is empty.
    public static let typeAPassphrase = Feedback.checking(.typeAPassphrase)
    /// Praise for a practice passphrase that meets the rules.
    public static let strongPassphrase = Feedback.checking(.strongPassphrase)
    /// When a practice passphrase is on the list of very common passwords.
    public static let commonPassword = Feedback.checking(.commonPassword)
    /// Closing advice for a practice passphrase that needs work.
    public static let passphraseTip = Feedback.checking(.passphraseTip)
}
