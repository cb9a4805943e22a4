/// What a problem says, as a fact: its kind and the values its sentence needs (a key's name,
/// the number found, the line of the first one...). The layer that shows the problem finds the
/// sentence for the kind in its catalogue and fills the values in, so an author reading another
/// language sees none of it in English.
public struct ProblemFact: Sendable, Hashable {
    /// Which sentence this is.
    public var kind: ProblemKind
    /// The values the sentence names, by placeholder.
    public var values: [String: ProblemValue]
    /// For a sentence said differently for one and for more (its `.one` and `.other` keys), the
    /// number it counts; nil for a sentence said one way.
    public var count: Int?

    /// Creates a fact of `kind` with the values its sentence needs.
    public init(_ kind: ProblemKind, _ values: [String: ProblemValue] = [:], count: Int? = nil) {
        self.kind = kind
        self.values = values
        self.count = count
    }

    /// Words another layer has already chosen from its catalogue (a settings or language
    /// file's problems), shown as they are.
    public static func worded(_ text: String) -> ProblemFact {
        ProblemFact(.worded, ["text": .text(text)])
    }
}

/// One value in a problem's sentence: text from the file or the program (a name, a number, a
/// quoted value), shown as it is, or a phrase of taster's own (where the problem is, what a
/// node is), looked up in the same catalogue as the sentence.
public indirect enum ProblemValue: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// Shown exactly as it is.
    case text(String)
    /// Words of taster's own, looked up in the catalogue too.
    case phrase(ProblemFact)
    /// Several values, one after another, separated by commas.
    case list([ProblemValue])

    public init(stringLiteral value: String) { self = .text(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }

    /// A phrase of `kind`.
    public static func phrase(_ kind: ProblemKind, _ values: [String: ProblemValue] = [:]) -> ProblemValue {
        .phrase(ProblemFact(kind, values))
    }
}
