/// How far a translation has got: a first draft, or checked by a speaker of the language.
public enum TranslationStatus: Sendable, Equatable {
    /// Written, but not yet checked by a native speaker; shown as "draft" in `taster lessons`.
    case draft
    /// Checked by a speaker of the language; `by` says who (a role or a team, such as
    /// "Welsh language officer, county library service"), never a learner.
    case reviewed(by: String)

    /// The word written in a translation file's `status`.
    public var word: String {
        switch self {
        case .draft: "draft"
        case .reviewed: "reviewed"
        }
    }

    /// Who reviewed it, when it has been.
    public var reviewer: String? {
        if case .reviewed(let by) = self { return by }
        return nil
    }

    /// "draft", or "reviewed by ...", as `taster lessons` shows it.
    public var description: String {
        switch self {
        case .draft: "draft"
        case .reviewed(let by): "reviewed by \(by)"
        }
    }
}
