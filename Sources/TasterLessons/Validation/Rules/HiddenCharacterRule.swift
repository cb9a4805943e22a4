/// No invisible or direction-changing character in a lesson's text, however it was written:
/// the loader refuses them as bytes, and this rule finds those written as YAML escapes
/// (`"\u200B"`), which are only there once the text is decoded.
public struct HiddenCharacterRule: ContentRule {
    public init() {}

    /// An error for each field holding such a character.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        content.fields.compactMap { field in
            guard let first = field.hiddenCharacters.first, let name = HiddenCharacters.name(of: first.value) else { return nil }
            let code = String(first.value, radix: 16, uppercase: true)
            return LessonProblem(
                path: content.path, location: field.location, severity: .error,
                ProblemFact(.hiddenCharacter, ["Place": field.place, "code": .text(code), "name": .phrase(name)]))
        }
    }
}
