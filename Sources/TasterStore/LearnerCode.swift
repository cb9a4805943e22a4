import Foundation

/// A learner's pseudonymous code: three common English words and two digits, such as
/// `maple-river-otter-42`.
///
/// The code is the only thing that identifies a learner: no name, email or birth date is ever
/// asked for or stored. It is generated with the system's secure random number generator from
/// ``LearnerCodeWords`` (2,048 words) and a number from 00 to 99, so there are
/// 2,048³ × 100 ≈ 8.6 × 10¹¹ codes, about ``entropyBits`` (39.6) bits: far too many to guess one
/// at a library terminal, while short enough to write on a card and read aloud.
///
/// Parsing is forgiving about case, spaces, hyphens, dots and underscores, a missing separator
/// before the digits ("otter42") and American spellings ("color" for "colour"); the stored and
/// compared form is always the normalised ``rawValue``.
public struct LearnerCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How many words a code has.
    public static let wordCount = 3
    /// How many different two-digit numbers a code can end with (00 to 99).
    public static let numberRange = 0..<100
    /// The information in a code, in bits: 3 × log2(2,048) + log2(100) ≈ 39.6.
    public static let entropyBits: Double =
        Double(wordCount) * log2(Double(LearnerCodeWords.all.count)) + log2(Double(numberRange.count))

    /// The three words, lower case, each from ``LearnerCodeWords``.
    public let words: [String]
    /// The number, from 0 to 99, shown with two digits.
    public let number: Int

    /// The normalised form, as shown and stored: `maple-river-otter-42`.
    public var rawValue: String {
        (words + [String(format: "%02d", number)]).joined(separator: "-")
    }

    /// The normalised form, so that codes print the way learners see them.
    public var description: String { rawValue }

    /// Reads a code, forgiving case, separators and American spellings; nil if it is not a code.
    public init?(_ text: String) {
        guard let code = try? LearnerCode.parse(text) else { return nil }
        self = code
    }

    private init(checkedWords: [String], number: Int) {
        self.words = checkedWords
        self.number = number
    }

    /// Reads a code, or explains in plain words why the text is not one.
    public static func parse(_ text: String) throws(LearnerCodeError) -> LearnerCode {
        let tokens = tokenise(text)
        var wordTokens = tokens.filter { $0.first?.isLetter == true }
        let numberTokens = tokens.filter { $0.first?.isNumber == true }
        guard !tokens.isEmpty else { throw .empty }
        // "diveavailgroove37": the words were typed together, so split them by the word list.
        if wordTokens.count < wordCount, let split = splitIntoWords(wordTokens.joined(), count: wordCount) {
            wordTokens = split
        }
        guard wordTokens.count == wordCount, numberTokens.count == 1,
              tokens.last?.first?.isNumber == true
        else { throw .wrongShape(text) }
        var words: [String] = []
        for token in wordTokens {
            let spelled = LearnerCodeWords.spellingAliases[token] ?? token
            guard LearnerCodeWords.known.contains(spelled) else { throw .unknownWord(token, in: text) }
            words.append(spelled)
        }
        let digits = numberTokens[0]
        guard digits.count <= 2, let number = Int(digits), numberRange.contains(number) else {
            throw .badNumber(digits, in: text)
        }
        return LearnerCode(checkedWords: words, number: number)
    }

    /// Makes a new random code with the given generator.
    public static func generate(using generator: inout some RandomNumberGenerator) -> LearnerCode {
        let words = (0..<wordCount).map { _ in LearnerCodeWords.all.randomElement(using: &generator)! }
        return LearnerCode(checkedWords: words, number: Int.random(in: numberRange, using: &generator))
    }

    /// Makes a new random code with the system's secure random number generator.
    public static func generate() -> LearnerCode {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// Splits letters typed without separators into `count` words of the list (or their American
    /// spellings), trying shorter first words first; nil when no split uses only list words.
    static func splitIntoWords(_ letters: String, count: Int) -> [String]? {
        let characters = Array(letters)
        func isWord(_ candidate: String) -> Bool {
            LearnerCodeWords.known.contains(LearnerCodeWords.spellingAliases[candidate] ?? candidate)
        }
        func split(from start: Int, remaining: Int) -> [String]? {
            if remaining == 0 { return start == characters.count ? [] : nil }
            // List words are 3 to 6 letters, and their American spellings no longer than 7.
            for length in 3...7 where start + length <= characters.count {
                let candidate = String(characters[start..<(start + length)])
                guard isWord(candidate), let rest = split(from: start + length, remaining: remaining - 1) else { continue }
                return [candidate] + rest
            }
            return nil
        }
        return split(from: 0, remaining: count)
    }

    /// Splits text into runs of ASCII letters and runs of digits, lower-cased; anything else
    /// (spaces, hyphens, dots, underscores, commas) only separates.
    private static func tokenise(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsDigits = false
        for character in text.lowercased() {
            let isLetter = character.isASCII && character.isLetter
            let isDigit = character.isASCII && character.isNumber
            if isLetter || isDigit {
                if !current.isEmpty && currentIsDigits != isDigit {
                    tokens.append(current)
                    current = ""
                }
                currentIsDigits = isDigit
                current.append(character)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// Decodes the normalised form, refusing anything that is not a valid code.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try LearnerCode.parse(text)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a learner code: \(error)"))
        }
    }

    /// Encodes the normalised form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
