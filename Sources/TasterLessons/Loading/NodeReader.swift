import Foundation

/// Reads typed values out of `YAMLNode`s for the lesson decoder, collecting every problem with
/// its location instead of stopping at the first.
struct NodeReader {
    /// The file name used in problems.
    let path: String
    /// Every problem found so far.
    private(set) var problems: [LessonProblem] = []

    /// Creates a reader for one file.
    init(path: String) {
        self.path = path
    }

    /// Records a problem.
    mutating func report(_ location: SourceLocation, _ message: String, severity: LessonProblem.Severity = .error) {
        problems.append(LessonProblem(path: path, location: location, severity: severity, message: message))
    }

    /// The entries of a mapping, or nil (with a problem) when `node` is something else.
    mutating func entries(_ node: YAMLNode, _ what: String) -> [YAMLEntry]? {
        if case .mapping(let entries, _) = node { return entries }
        report(node.location, "\(what) should be a group of `key: value` lines, but this is \(node.kindName).")
        return nil
    }

    /// Reports keys that are not in `allowed`, suggesting the nearest allowed one.
    mutating func checkKeys(_ entries: [YAMLEntry], allowed: [String], in what: String) {
        for entry in entries where !allowed.contains(entry.key) {
            var message = "unknown key \(SafeText.quote(entry.key)) in \(what)"
            if let suggestion = KeySuggestion.nearest(to: entry.key, among: allowed) {
                message += "; did you mean `\(suggestion)`?"
            } else {
                message += ". Allowed here: " + allowed.map { "`\($0)`" }.joined(separator: ", ") + "."
            }
            report(entry.keyLocation, message)
        }
    }

    /// The text of `key`, checked for control characters and length; nil when absent or wrong.
    mutating func text(
        _ entries: [YAMLEntry], _ key: String, required: Bool, in what: String, at location: SourceLocation,
        maxLength: Int = 20_000, example: String = "..."
    ) -> String? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else {
            if required {
                report(location, "\(what) has no `\(key)`. Add a line such as `\(key): \(example)`.")
            }
            return nil
        }
        return scalarText(entry.value, named: key, maxLength: maxLength)
    }

    /// The text of a scalar node, checked; nil (with a problem) when it is a list or group.
    /// `allowingNonText` takes a plain number or `true` as written, for values read again later.
    mutating func scalarText(_ node: YAMLNode, named key: String, maxLength: Int = 20_000, allowingNonText: Bool = false) -> String? {
        guard case .scalar(let value, _, let location) = node else {
            report(node.location, "`\(key)` should be a single piece of text, but this is \(node.kindName).")
            return nil
        }
        if case .scalar(_, true, _) = node, key != "from", !allowingNonText, let kind = CoreSchema.nonTextKind(of: value) {
            report(location, "`\(key)` should be text, but YAML reads \(SafeText.quote(value)) as \(kind). Put it in quotes: \"\(value)\".")
            return nil
        }
        if let control = SafeText.firstControl(in: value) {
            report(location, "`\(key)` contains a control character (U+\(String(control.value, radix: 16, uppercase: true))), which could upset the learner's screen. Remove it.")
            return nil
        }
        if value.count > maxLength {
            report(location, "`\(key)` is \(value.count) characters long; the most allowed is \(maxLength). Shorten it or split the step.")
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    mutating func integer(_ entries: [YAMLEntry], _ key: String, range: ClosedRange<Int>, required: Bool, in what: String, at location: SourceLocation) -> Int? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else {
            if required { report(location, "\(what) has no `\(key)`. Add a line such as `\(key): \(range.lowerBound + (range.upperBound - range.lowerBound) / 8)`.") }
            return nil
        }
        guard case .scalar(let value, let isPlain, let valueLocation) = entry.value else {
            report(entry.value.location, "`\(key)` should be a whole number, but this is \(entry.value.kindName).")
            return nil
        }
        guard isPlain else {
            report(valueLocation, "`\(key)` should be a number without quotes around it: `\(key): \(value)`. In quotes, it is text.")
            return nil
        }
        guard let number = Int(value.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
            report(valueLocation, "`\(key)` should be a whole number from \(range.lowerBound) to \(range.upperBound), not \(SafeText.quote(value)).")
            return nil
        }
        return number
    }

    /// A number such as `1234.50` or `-3`.
    mutating func decimal(_ node: YAMLNode, named key: String) -> Double? {
        guard case .scalar(let value, let isPlain, let location) = node else {
            report(node.location, "`\(key)` should be a number, but this is \(node.kindName).")
            return nil
        }
        guard isPlain else {
            report(location, "`\(key)` should be a number without quotes around it: `\(key): \(value)`. In quotes, it is text.")
            return nil
        }
        let cleaned = value.trimmingCharacters(in: .whitespaces)
        guard let number = Double(cleaned), number.isFinite, CoreSchema.nonTextKind(of: cleaned) == "a number" else {
            report(location, "`\(key)` should be a plain number such as 1234.50 (no £, commas or %), not \(SafeText.quote(value)).")
            return nil
        }
        return number
    }

    /// `true` or `false`.
    mutating func boolean(_ node: YAMLNode, named key: String) -> Bool? {
        // Only the YAML 1.2 words: `yes`, `no`, `on` and `off` are text to YAML 1.2 and to the
        // schema, so an editor would read them differently from taster.
        if case .scalar(let value, let isPlain, _) = node, isPlain {
            switch value {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        if case .scalar(let value, _, _) = node, ["yes", "no", "on", "off", "y", "n"].contains(value.lowercased()) {
            let meant = ["yes", "on", "y"].contains(value.lowercased()) ? "true" : "false"
            report(node.location, "`\(key)` should be `true` or `false`, without quotes. Write `\(key): \(meant)` instead of \(SafeText.quote(value)).")
            return nil
        }
        report(node.location, "`\(key)` should be `true` or `false`, without quotes.")
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    mutating func textList(_ node: YAMLNode, named key: String, maxLength: Int = 5_000) -> [String] {
        switch node {
        case .sequence(let items, _):
            return items.compactMap { scalarText($0, named: key, maxLength: maxLength) }
        case .scalar:
            if node.isNull { return [] }
            return scalarText(node, named: key, maxLength: maxLength).map { [$0] } ?? []
        case .mapping:
            report(node.location, "`\(key)` should be a list, with each item on its own line starting `- `.")
            return []
        }
    }

    /// The items of a list; nil (with a problem) when `node` is not a list.
    mutating func list(_ node: YAMLNode, named key: String) -> [YAMLNode]? {
        if case .sequence(let items, _) = node { return items }
        report(node.location, "`\(key)` should be a list, with each item on its own line starting `- `.")
        return nil
    }
}
