import TasterLessons

/// The words that mean each ``LearnerCommand`` in the learner's language. The words come from
/// the catalogue (one `commands.words.` key per command), so the engine holds none of its own.
public struct CommandWords: Sendable {
    /// Each command's words, the first being the one shown in help and suggestions.
    public let words: [LearnerCommand: [String]]
    private let matcher: WordListMatch
    private let commandOfWord: [String: LearnerCommand]

    /// Commands meant by `words`; a word listed for two commands means the first in
    /// ``LearnerCommand/allCases`` order. `mutations` is the language's, for forgiving typos.
    public init(_ words: [LearnerCommand: [String]], mutations: WordListMatch.InitialMutations = .none) {
        self.words = words
        var commandOfWord: [String: LearnerCommand] = [:]
        var listed: [String] = []
        for command in LearnerCommand.allCases {
            for word in words[command] ?? [] where commandOfWord[word] == nil {
                commandOfWord[word] = command
                listed.append(word)
            }
        }
        self.commandOfWord = commandOfWord
        self.matcher = WordListMatch(listed, mutations: mutations)
    }

    /// The command a line means: the whole line is one of the words, or a slip of exactly one of
    /// them as ``WordListMatch`` forgives it. Spaces inside the line are tidied, so "help  me"
    /// is the two-word command, while "help" alone is help.
    public func command(for line: String) -> LearnerCommand? {
        guard let word = matcher.match(line) else { return nil }
        return commandOfWord[word]
    }

    /// The word shown for `command` in help and suggestions.
    public func mainWord(of command: LearnerCommand) -> String {
        words[command]?.first ?? command.rawValue
    }

    /// Every one-word command word, for tab completion.
    public var completionWords: [String] {
        LearnerCommand.allCases.flatMap { words[$0] ?? [] }.filter { $0 != "?" && !$0.contains(" ") }
    }
}
