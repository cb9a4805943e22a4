/// A language asked for by name that taster has no words for.
struct LanguageChoiceError: Error, Equatable {
    /// What was asked for, as written.
    var asked: String
    /// Where it was asked for: `--language` or `TASTER_LANGUAGE`.
    var source: String
    /// The installed languages, each as `tag (name)`.
    var installed: [String]
}
