import TasterEngine
import TasterLessons

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

extension Catalogue {
    /// The key listing the words for `command`.
    static func wordsKey(of command: LearnerCommand) -> WordKey {
        switch command {
        case .help: .commandWordsHelp
        case .hint: .commandWordsHint
        case .volunteer: .commandWordsVolunteer
        case .back: .commandWordsBack
        case .skip: .commandWordsSkip
        case .repeat: .commandWordsRepeat
        case .menu: .commandWordsMenu
        case .progress: .commandWordsProgress
        case .quit: .commandWordsQuit
        }
    }

    /// The initial mutations of this language's words, so that forgiving a typo never turns one
    /// real word into another (``WordListMatch``).
    public var mutations: WordListMatch.InitialMutations { language == "cy" ? .welsh : .none }

    /// The learner's command words in this language, followed by the English ones (which keep
    /// working in every language); the first word of each command is this language's own.
    public var commandWords: CommandWords {
        var words: [LearnerCommand: [String]] = [:]
        for command in LearnerCommand.allCases {
            var list = answers(Self.wordsKey(of: command))
            if language != Catalogue.english.language {
                list += Catalogue.english.answers(Self.wordsKey(of: command)).filter { !list.contains($0) }
            }
            words[command] = list
        }
        return CommandWords(words, mutations: mutations)
    }

    /// Which of `keys`' answers `line` means, forgiving case, accents and small slips as
    /// ``WordListMatch`` does; nil for none (or when it could be two of them).
    public func answer(_ line: String, among keys: [WordKey]) -> WordKey? {
        let lists = keys.map { (key: $0, words: answers($0)) }
        guard let word = WordListMatch(lists.flatMap(\.words), mutations: mutations).match(line) else { return nil }
        return lists.first { $0.words.contains(word) }?.key
    }
}

extension Catalogue {
    /// Whether `line` is one of `key`'s answers, forgiving as ``answer(_:among:)`` does.
    public func isAnswer(_ line: String, _ key: WordKey) -> Bool {
        answer(line, among: [key]) == key
    }
}
