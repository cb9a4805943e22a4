extension Catalogue {
    /// The text for `count` in the form this language uses for that number. English has `one`
    /// and `other`; a language whose count rule has more forms (Welsh: zero, one, two, few, many,
    /// other) keeps the extra forms beside the `other` key. Each form is a whole sentence (or
    /// phrase) of its own, so a translation never builds a plural from a word and an ending.
    public func text(one: WordKey, other: WordKey, count: Int, _ values: [String: String] = [:]) -> String {
        let values = values.merging(["count": "\(count)"]) { given, _ in given }
        let words = self.words
        guard words.table[one] != nil, words.table[other] != nil else {
            // A language without this pair speaks English for it, counted the English way.
            return Catalogue.english.text(count == 1 ? one : other, values)
        }
        switch words.countRule.form(for: count) {
        case .one: return text(one, values)
        case .other: return text(other, values)
        case let form: return fill(words.forms[other]?[form] ?? words.table[other] ?? "", values)
        }
    }

    /// The text for `key` with each `**span**` passed through `emphasis` (bold on a terminal,
    /// green for a success, left as it is in plain mode), so a translation can put the emphasis
    /// where its own sentence needs it. The marks are found before the values go in, so a value
    /// holding `**` is shown as typed.
    public func text(_ key: WordKey, _ values: [String: String] = [:], emphasis: (String) -> String) -> String {
        var result = ""
        var rest = Substring(text(key))
        while let open = rest.range(of: "**"), let close = rest[open.upperBound...].range(of: "**") {
            result += Self.fill(rest[..<open.lowerBound], values)
            result += emphasis(Self.fill(rest[open.upperBound..<close.lowerBound], values))
            rest = rest[close.upperBound...]
        }
        return result + Self.fill(rest, values)
    }

    /// `template` with each `{name}` replaced by `values[name]`, in one pass, as ``text(_:_:)`` does.
    private static func fill(_ template: Substring, _ values: [String: String]) -> String {
        var text = ""
        var rest = template
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            text += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

}
