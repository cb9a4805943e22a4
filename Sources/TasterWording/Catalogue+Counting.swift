extension Catalogue {
    /// The text for `count` in the form this language uses for that number: `one` or `other`.
    /// Each form is a whole sentence (or phrase) of its own, so a translation never builds a
    /// plural from a word and an ending.
    public func text(one: WordKey, other: WordKey, count: Int, _ values: [String: String] = [:]) -> String {
        text(usesOneForm(count) ? one : other, values.merging(["count": "\(count)"]) { given, _ in given })
    }

    /// Whether `count` takes the "one" form. English (and the fallback) says "1 lesson" and
    /// "0 lessons"; a language with more forms adds its rule and its keys here.
    func usesOneForm(_ count: Int) -> Bool {
        count == 1
    }

    /// The answers a learner may type for `key` (such as every way of saying yes), lower-case.
    /// The catalogue lists them separated by `|`, so the shell never compares typed text with
    /// English words of its own.
    public func answers(_ key: WordKey) -> [String] {
        text(key).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
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
