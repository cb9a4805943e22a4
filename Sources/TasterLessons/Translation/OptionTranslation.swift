/// One option of a choice step in another language, in the same place as the English option.
public struct OptionTranslation: Sendable, Equatable {
    /// The option as the learner reads it.
    public var text: String?
    /// What is said when the learner picks it.
    public var feedback: String?
    /// `correct`, when the translator wrote it: it must agree with the English, or the
    /// translation would change the answer.
    public var statedCorrect: Bool?
    /// Where the option is written in the translation file.
    public var location: SourceLocation

    /// Creates an option translation.
    public init(text: String?, feedback: String? = nil, statedCorrect: Bool? = nil, location: SourceLocation = .start) {
        self.text = text
        self.feedback = feedback
        self.statedCorrect = statedCorrect
        self.location = location
    }
}
