/// A YAML value as a lesson file wrote it, with where each part starts.
///
/// Every scalar stays text: the lesson decoder reads numbers, booleans and dates itself, so that
/// an answer such as `no` or `12` is never silently turned into a boolean or a number.
public indirect enum YAMLNode: Sendable {
    /// A scalar; `isPlain` is false when it was quoted or a block (`|`, `>`).
    case scalar(String, isPlain: Bool, SourceLocation)
    /// A mapping, keys in the order written.
    case mapping([YAMLEntry], SourceLocation)
    /// A sequence.
    case sequence([YAMLNode], SourceLocation)

    /// Where the value starts.
    public var location: SourceLocation {
        switch self {
        case .scalar(_, _, let location), .mapping(_, let location), .sequence(_, let location):
            location
        }
    }

    /// Whether this is a plain scalar with no content (`key:` with nothing after it, or `~`, `null`).
    public var isNull: Bool {
        if case .scalar(let text, true, _) = self {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// What kind of value this is, as a phrase for problems ("a list").
    public var kindPhrase: ProblemValue {
        switch self {
        case .scalar: .phrase(.nodeScalar)
        case .mapping: .phrase(.nodeMapping)
        case .sequence: .phrase(.nodeSequence)
        }
    }
}

/// One `key: value` pair of a mapping.
public struct YAMLEntry: Sendable {
    /// The key's text.
    public var key: String
    /// Where the key is written.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: YAMLNode
}

extension YAMLNode {
    /// Reads `bytes` (the file `path`) with the same safe reader lessons use: no aliases, anchors,
    /// tags or second documents, bounded size and depth. Other layers (the wording catalogue's
    /// language files) read their YAML through this, so every file taster reads is read one way.
    public static func read(_ bytes: [UInt8], path: String, limits: LoaderLimits = .standard) -> (root: YAMLNode?, problems: [LessonProblem]) {
        SafeYAMLReader(path: path, limits: limits).read(bytes)
    }
}
