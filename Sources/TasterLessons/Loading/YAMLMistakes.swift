/// The YAML mistakes authors really make, recognised from libyaml's problem and told in the
/// author's words, with the fix. Anything not recognised keeps libyaml's own description.
enum YAMLMistakes {
    /// The fact for a reading problem at byte `index` on `line` (1-based) of
    /// `bytes`, or nil when the mistake is not one of these.
    static func explain(problem: String, context: String?, bytes: UnsafeBufferPointer<UInt8>, index: Int, line: Int) -> ProblemFact? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let text = lines.indices.contains(line - 1) ? lines[line - 1] : ""
        if problem.contains("alphabetic or numeric character"), context?.contains("alias") == true {
            // The example shows bold marks, so it is a value: the catalogue's own texts never carry them.
            return ProblemFact(.starNeedsQuotes, ["example": "`text: \"**Bold** words, then the rest\"`"])
        }
        if problem.contains("mapping values are not allowed") {
            return mappingValueMessage(line: text, previous: previousContentLine(lines, before: line - 1))
        }
        if problem.contains("could not find expected ':'"), context?.contains("simple key") == true {
            return ProblemFact(.noColon)
        }
        return nil
    }

    /// The message for "mapping values are not allowed": a key indented too far, or a colon in text.
    private static func mappingValueMessage(line: String, previous: String?) -> ProblemFact {
        let indent = line.prefix { $0 == " " }.count
        let content = line.dropFirst(indent)
        let bulletFree = content.hasPrefix("- ") ? content.dropFirst(2) : content
        let key = bulletFree.prefix { $0.isLetter || $0 == "_" }
        let startsWithKey = !key.isEmpty && bulletFree.dropFirst(key.count).hasPrefix(":")
        if startsWithKey, let previous {
            let previousIndent = previous.prefix { $0 == " " }.count
            let previousContent = previous.dropFirst(previousIndent)
            let previousKeyColumn = previousIndent + (previousContent.hasPrefix("- ") ? 2 : 0)
            if indent > previousKeyColumn {
                return ProblemFact(.keyIndentedTooFar, ["key": .text(String(key)), "expected": "\(previousKeyColumn)", "found": "\(indent)"])
            }
        }
        return ProblemFact(.secondColon)
    }

    /// The nearest line before `index` that holds something other than spaces or a comment.
    private static func previousContentLine(_ lines: [String], before index: Int) -> String? {
        var at = index - 1
        while at >= 0 {
            let trimmed = lines[at].drop { $0 == " " }
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") { return lines[at] }
            at -= 1
        }
        return nil
    }
}
