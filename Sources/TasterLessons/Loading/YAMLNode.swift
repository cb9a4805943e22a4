/// A YAML value as a lesson file wrote it, with where each part starts.
///
/// Every scalar stays text: the lesson decoder reads numbers, booleans and dates itself, so that
/// an answer such as `no` or `12` is never silently turned into a boolean or a number.
indirect enum YAMLNode: Sendable {
    /// A scalar; `isPlain` is false when it was quoted or a block (`|`, `>`).
    case scalar(String, isPlain: Bool, SourceLocation)
    /// A mapping, keys in the order written.
    case mapping([YAMLEntry], SourceLocation)
    /// A sequence.
    case sequence([YAMLNode], SourceLocation)

    /// Where the value starts.
    var location: SourceLocation {
        switch self {
        case .scalar(_, _, let location), .mapping(_, let location), .sequence(_, let location):
            location
        }
    }

    /// Whether this is a plain scalar with no content (`key:` with nothing after it, or `~`, `null`).
    var isNull: Bool {
        if case .scalar(let text, true, _) = self {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    /// A word for the kind of value, for messages.
    var kindName: String {
        switch self {
        case .scalar: "a single value"
        case .mapping: "a group of keys"
        case .sequence: "a list"
        }
    }
}

/// One `key: value` pair of a mapping.
struct YAMLEntry: Sendable {
    /// The key's text.
    var key: String
    /// Where the key is written.
    var keyLocation: SourceLocation
    /// The value.
    var value: YAMLNode
}
