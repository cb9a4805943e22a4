import Foundation

/// The short name a learner goes by on the volunteers' live view: the first word of their code
/// and its number, such as `maple-42`, with a second (or third) word only when another learner
/// on the board would otherwise share it.
///
/// Others in the room can see a volunteer's screen, and a whole code is enough to carry on as
/// that learner, so the board shows only the handle: with one word of three it leaves about
/// 4 million codes to guess. A handle comes from the code itself, not from the learner's place on
/// the board, so it stays the same from one refresh to the next and a volunteer typing it into
/// `session clear` reaches the learner they saw, even if someone joined in between.
public enum LearnerHandle {
    /// The handle of each code, unique among `codes`.
    public static func handles(for codes: [LearnerCode]) -> [LearnerCode: String] {
        var result: [LearnerCode: String] = [:]
        for code in codes {
            let words = (1...LearnerCode.wordCount).first { count in
                !codes.contains { $0 != code && $0.number == code.number && $0.words.prefix(count) == code.words.prefix(count) }
            } ?? LearnerCode.wordCount
            result[code] = (code.words.prefix(words) + [String(format: "%02d", code.number)]).joined(separator: "-")
        }
        return result
    }

    /// The codes among `codes` that `typed` could name: its words must begin the code's words
    /// and its number must be the code's. Case, spaces and hyphens are forgiven as in a code.
    /// Empty when `typed` is not shaped like a handle.
    public static func matches(_ typed: String, in codes: [LearnerCode]) -> [LearnerCode] {
        guard let (words, number) = parts(of: typed) else { return [] }
        return codes.filter { $0.number == number && Array($0.words.prefix(words.count)) == words }
    }

    /// Whether `typed` is shaped like a handle: one to three words, then a number of up to two digits.
    public static func isHandleShaped(_ typed: String) -> Bool { parts(of: typed) != nil }

    private static func parts(of typed: String) -> (words: [String], number: Int)? {
        let tokens = typed.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let last = tokens.last, last.count <= 2, let number = Int(last),
              (1...LearnerCode.wordCount).contains(tokens.count - 1),
              tokens.dropLast().allSatisfy({ $0.allSatisfy(\.isLetter) })
        else { return nil }
        return (tokens.dropLast().map { LearnerCodeWords.spellingAliases[$0] ?? $0 }, number)
    }
}
