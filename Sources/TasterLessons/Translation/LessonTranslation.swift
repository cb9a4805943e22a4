/// A lesson in another language: one file such as `lessons/cy/unit-prices.yaml`, holding the
/// translated texts of the English lesson's steps, found by step id.
///
/// The English lesson stays the one source of its answers: a translation changes what the learner
/// reads and types, never which option is right or what a number is.
public struct LessonTranslation: Sendable, Equatable {
    /// The id of the English lesson (`lesson:`).
    public var lessonID: String
    /// The language, as a tag such as `cy` or `pl` (`language:`).
    public var language: String
    /// Draft, or reviewed and by whom.
    public var status: TranslationStatus
    /// The title in the language.
    public var title: String?
    /// The summary in the language.
    public var summary: String?
    /// The translated steps, in file order.
    public var steps: [StepTranslation]
    /// Tests played on the lesson in this language, with answers in the language.
    public var tests: [LessonTest]
    /// Where the translation was loaded from.
    public var sourcePath: String
    /// Where `title` and `summary` are written (the top of the file when missing).
    public var titleLocation: SourceLocation
    /// Where `summary` is written.
    public var summaryLocation: SourceLocation

    /// Creates a translation.
    public init(
        lessonID: String, language: String, status: TranslationStatus = .draft, title: String? = nil, summary: String? = nil,
        steps: [StepTranslation] = [], tests: [LessonTest] = [], sourcePath: String = "",
        titleLocation: SourceLocation = .start, summaryLocation: SourceLocation = .start
    ) {
        self.lessonID = lessonID
        self.language = language
        self.status = status
        self.title = title
        self.summary = summary
        self.steps = steps
        self.tests = tests
        self.sourcePath = sourcePath
        self.titleLocation = titleLocation
        self.summaryLocation = summaryLocation
    }

    /// The translation of the step with this id.
    public func step(id: String) -> StepTranslation? {
        steps.first { $0.id == id }
    }

    /// Whether this translation is for a learner who reads `language` (`cy` matches `cy-GB`).
    public func isFor(language wanted: String) -> Bool {
        LanguageTag.primary(of: wanted) == LanguageTag.primary(of: language)
    }
}
