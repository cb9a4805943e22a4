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
    mutating func report(_ location: SourceLocation, _ fact: ProblemFact, severity: LessonProblem.Severity = .error) {
        problems.append(LessonProblem(path: path, location: location, severity: severity, fact))
    }

    /// The entries of a mapping, or nil (with a problem) when `node` is something else.
    mutating func entries(_ node: YAMLNode, _ what: ProblemFact) -> [YAMLEntry]? {
        if case .mapping(let entries, _) = node { return entries }
        report(node.location, ProblemFact(.notAGroup, ["what": .phrase(what), "kind": node.kindPhrase]))
        return nil
    }

    /// Reports keys that are not in `allowed`, suggesting the nearest allowed one.
    mutating func checkKeys(_ entries: [YAMLEntry], allowed: [String], in what: ProblemFact) {
        for entry in entries where !allowed.contains(entry.key) {
            let key = ProblemValue.text(SafeText.quote(entry.key))
            if let suggestion = KeySuggestion.nearest(to: entry.key, among: allowed) {
                report(entry.keyLocation, ProblemFact(.unknownKeySuggest, ["key": key, "what": .phrase(what), "suggestion": .text(suggestion)]))
            } else {
                let names = allowed.map { "`\($0)`" }.joined(separator: ", ")
                report(entry.keyLocation, ProblemFact(.unknownKeyAllowed, ["key": key, "what": .phrase(what), "allowed": .text(names)]))
            }
        }
    }

    /// The text of `key`, checked for control characters and length; nil when absent or wrong.
    mutating func text(
        _ entries: [YAMLEntry], _ key: String, required: Bool, in what: ProblemFact, at location: SourceLocation,
        maxLength: Int = 20_000, example: String = "..."
    ) -> String? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else {
            if required {
                report(location, ProblemFact(.missingKey, ["what": .phrase(what), "key": .text(key), "example": .text(example)]))
            }
            return nil
        }
        return scalarText(entry.value, named: key, maxLength: maxLength)
    }

    /// The text of a scalar node, checked; nil (with a problem) when it is a list or group.
    /// `allowingNonText` takes a plain number or `true` as written, for values read again later.
    mutating func scalarText(_ node: YAMLNode, named key: String, maxLength: Int = 20_000, allowingNonText: Bool = false) -> String? {
        guard case .scalar(let value, _, let location) = node else {
            report(node.location, ProblemFact(.notSingleText, ["key": .text(key), "kind": node.kindPhrase]))
            return nil
        }
        if case .scalar(_, true, _) = node, key != "from", !allowingNonText, let kind = CoreSchema.nonTextKind(of: value) {
            report(location, ProblemFact(.textReadAsOther, ["key": .text(key), "value": .text(SafeText.quote(value)), "kind": .phrase(kind), "raw": .text(value)]))
            return nil
        }
        if let control = SafeText.firstControl(in: value) {
            report(location, ProblemFact(.controlInText, ["key": .text(key), "code": .text(String(control.value, radix: 16, uppercase: true))]))
            return nil
        }
        if value.count > maxLength {
            report(location, ProblemFact(.textTooLong, ["key": .text(key), "length": "\(value.count)", "most": "\(maxLength)"]))
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    mutating func integer(_ entries: [YAMLEntry], _ key: String, range: ClosedRange<Int>, required: Bool, in what: ProblemFact, at location: SourceLocation) -> Int? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else {
            if required { report(location, ProblemFact(.missingKey, ["what": .phrase(what), "key": .text(key), "example": "\(range.lowerBound + (range.upperBound - range.lowerBound) / 8)"])) }
            return nil
        }
        guard case .scalar(let value, let isPlain, let valueLocation) = entry.value else {
            report(entry.value.location, ProblemFact(.notWholeNumber, ["key": .text(key), "kind": entry.value.kindPhrase]))
            return nil
        }
        guard isPlain else {
            report(valueLocation, ProblemFact(.numberInQuotes, ["key": .text(key), "value": .text(value)]))
            return nil
        }
        guard let number = Int(value.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
            report(valueLocation, ProblemFact(.numberOutOfRange, ["key": .text(key), "low": "\(range.lowerBound)", "high": "\(range.upperBound)", "value": .text(SafeText.quote(value))]))
            return nil
        }
        return number
    }

    /// A number such as `1234.50` or `-3`.
    mutating func decimal(_ node: YAMLNode, named key: String) -> Double? {
        guard case .scalar(let value, let isPlain, let location) = node else {
            report(node.location, ProblemFact(.notANumber, ["key": .text(key), "kind": node.kindPhrase]))
            return nil
        }
        guard isPlain else {
            report(location, ProblemFact(.numberInQuotes, ["key": .text(key), "value": .text(value)]))
            return nil
        }
        let cleaned = value.trimmingCharacters(in: .whitespaces)
        guard let number = Double(cleaned), number.isFinite, CoreSchema.nonTextKind(of: cleaned) == .valueNumber else {
            report(location, ProblemFact(.notPlainNumber, ["key": .text(key), "value": .text(SafeText.quote(value))]))
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
            report(node.location, ProblemFact(.booleanWord, ["key": .text(key), "meant": .text(meant), "value": .text(SafeText.quote(value))]))
            return nil
        }
        report(node.location, ProblemFact(.notBoolean, ["key": .text(key)]))
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
            report(node.location, ProblemFact(.notAList, ["key": .text(key)]))
            return []
        }
    }

    /// The items of a list; nil (with a problem) when `node` is not a list.
    mutating func list(_ node: YAMLNode, named key: String) -> [YAMLNode]? {
        if case .sequence(let items, _) = node { return items }
        report(node.location, ProblemFact(.notAList, ["key": .text(key)]))
        return nil
    }
}
