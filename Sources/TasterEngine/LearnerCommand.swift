import Foundation

/// The plain-word commands a learner can type at any step.
public enum LearnerCommand: String, Sendable, CaseIterable {
    case help, hint, volunteer, back, skip, `repeat`, menu, progress, quit

    /// Every word that means this command (the first is the one shown in help).
    public var words: [String] {
        switch self {
        case .help: ["help", "?", "commands"]
        case .hint: ["hint", "clue"]
        case .volunteer: ["volunteer", "call", "help me"]
        case .back: ["back", "previous"]
        case .skip: ["skip"]
        case .repeat: ["repeat", "again"]
        case .menu: ["menu", "lessons"]
        case .progress: ["progress", "where"]
        case .quit: ["quit", "stop", "bye", "exit"]
        }
    }

    /// The command a line means, when the whole line is one of the command words. Spaces inside
    /// the line are tidied, so "help  me" is the two-word command, while "help" alone is help.
    public static func parse(_ line: String) -> LearnerCommand? {
        let word = line.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        guard !word.isEmpty, word.count <= 12 else { return nil }
        return allCases.first { $0.words.contains(word) }
    }

    /// Every one-word command word, for tab completion.
    public static var allWords: [String] { allCases.flatMap(\.words).filter { $0 != "?" && !$0.contains(" ") } }
}
