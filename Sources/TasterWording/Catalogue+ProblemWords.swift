import TasterLessons

extension Catalogue {
    /// What a lesson problem says, in this language: the sentence for its kind with its values
    /// filled in, phrases of taster's own looked up too. A value named with a capital (`{Place}`)
    /// starts the sentence, so its first letter is made a capital.
    public func text(of fact: ProblemFact) -> String {
        var values: [String: String] = [:]
        for (name, value) in fact.values {
            let shown = text(of: value)
            values[name] = name.first?.isUppercase == true ? shown.prefix(1).uppercased() + shown.dropFirst() : shown
        }
        if let count = fact.count, let one = WordKey(problem: fact.kind, form: "one"), let other = WordKey(problem: fact.kind, form: "other") {
            return text(one: one, other: other, count: count, values)
        }
        guard let key = WordKey(problem: fact.kind) else { return fact.kind.rawValue }
        return text(key, values)
    }

    /// One value in a problem's sentence, in this language.
    public func text(of value: ProblemValue) -> String {
        switch value {
        case .text(let text): text
        case .phrase(let phrase): text(of: phrase)
        case .list(let values): values.map { text(of: $0) }.joined(separator: ", ")
        }
    }

    /// `path:line:col: error: message`, the form editors and terminals understand, with the
    /// message in this language (`error` and `warning` stay as editors read them).
    public func line(of problem: LessonProblem) -> String {
        "\(problem.path):\(problem.location.line):\(problem.location.column): \(problem.severity.rawValue): \(text(of: problem.fact))"
    }
}

extension WordKey {
    /// The key for a problem's sentence (`form` nil), or for one of a counted sentence's forms
    /// (`one`, `other`); nil when the catalogue has none, which the tests make sure never happens.
    public init?(problem kind: ProblemKind, form: String? = nil) {
        self.init(rawValue: "problem." + kind.rawValue + (form.map { "." + $0 } ?? ""))
    }
}

extension LessonProblem: CustomStringConvertible {
    /// What is wrong and how to fix it, in English.
    public var message: String { Catalogue.english.text(of: fact) }

    /// `path:line:col: error: message`, in English.
    public var description: String { Catalogue.english.line(of: self) }
}

extension YAMLNode {
    /// What kind of value this is, in English ("a list"), for the language file's problems.
    public var kindName: String { Catalogue.english.text(of: kindPhrase) }
}

extension AnswerPattern {
    /// Why `pattern` cannot be used, in English, or nil when it is a usable pattern.
    public static func problem(with pattern: String) -> String? {
        problemFact(with: pattern).map(Catalogue.english.text(of:))
    }
}
