import TasterEngine
import TasterLessons

/// What a learner may type, per language: the ways of saying yes, no, new, more (`answers.`
/// keys) and the command words (`command-words.` keys), matched forgivingly by ``WordListMatch``.
extension Catalogue {
    /// The answers a learner may type for `key` (such as every way of saying yes), lower-case.
    /// The catalogue lists them separated by `|`, so the shell never compares typed text with
    /// English words of its own.
    public func answers(_ key: WordKey) -> [String] {
        text(key).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

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

    /// The initial mutations of this language's words (its file's `mutations:`), so that
    /// forgiving a typo never turns one real word into another (``WordListMatch``).
    public var mutations: WordListMatch.InitialMutations { words.mutations }

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
