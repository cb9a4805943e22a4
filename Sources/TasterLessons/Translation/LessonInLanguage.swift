/// A lesson as a learner reading one language meets it: translated where a translation exists,
/// in English otherwise, and saying which, so the shell can tell the learner.
public struct LessonInLanguage: Sendable, Equatable {
    /// The lesson to play: the translated texts, the English steps' ids, kinds and answers.
    public var lesson: Lesson
    /// The language the learner asked for.
    public var requestedLanguage: String
    /// The translation used, or nil when the lesson is shown in its own language.
    public var translation: LessonTranslation?

    /// Creates the lesson as seen in `requestedLanguage`.
    public init(lesson english: Lesson, requestedLanguage: String, translation: LessonTranslation?) {
        self.lesson = translation.map(english.translated(by:)) ?? english
        self.requestedLanguage = requestedLanguage
        self.translation = translation
    }

    /// Whether the learner asked for another language and there is no translation into it, so
    /// the lesson is offered in its own language instead (the shell says so).
    public var isOfferedInItsOwnLanguage: Bool {
        translation == nil && LanguageTag.primary(of: requestedLanguage) != LanguageTag.primary(of: lesson.language)
    }
}
