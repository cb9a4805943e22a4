/// Reads a settings file: one YAML mapping of plain `key: value` pairs, with the same safe
/// reader the lessons use (no aliases, tags or second documents; bounded size and depth).
public enum FlatSettingsReader {
    /// One `key: value` line.
    public struct Entry: Sendable, Equatable {
        /// The key, as written.
        public var key: String
        /// The value's text.
        public var value: String
        /// Where the key is written.
        public var location: SourceLocation
    }

    /// The pairs in `bytes` (the file `path`), in the order written, and every problem found:
    /// anything but a mapping of single values is refused, saying where.
    public static func read(_ bytes: [UInt8], path: String) -> (entries: [Entry], problems: [LessonProblem]) {
        let (root, problems) = SafeYAMLReader(path: path, limits: .standard).read(bytes)
        guard problems.isEmpty, let root else { return ([], problems) }
        guard case .mapping(let pairs, _) = root else {
            if root.isNull { return ([], []) }
            return ([], [LessonProblem(path: path, location: root.location, ProblemFact(.settingsNotList, ["kind": root.kindPhrase]))])
        }
        var entries: [Entry] = []
        var found: [LessonProblem] = []
        for pair in pairs {
            guard case .scalar(let text, _, _) = pair.value else {
                found.append(LessonProblem(path: path, location: pair.value.location, ProblemFact(.settingSingleValue, ["name": .text(SafeText.quote(pair.key)), "kind": pair.value.kindPhrase])))
                continue
            }
            entries.append(Entry(key: pair.key, value: pair.value.isNull ? "" : text, location: pair.keyLocation))
        }
        return (entries, found)
    }
}
