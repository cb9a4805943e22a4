import Foundation

/// Works out which options of a choice question a learner meant: by number (`2`), by letter
/// (`b`, `B`, `b)`), by the option's words (typos forgiven), or several at once (`1 3`, `a and c`).
enum ChoicePickReader {
    /// What a line was read as.
    enum Reading: Equatable {
        /// The options picked (0-based); `spelling` is the option's text when a typo was forgiven.
        case picks(Set<Int>, spelling: String?)
        /// A number or letter beyond the options shown.
        case outOfRange
        /// Nothing recognisable.
        case unreadable
    }

    /// Words that may sit between picks without meaning anything: `both 1 and 3`, `option b`.
    static let fillerWords: Set<Substring> = ["and", "both", "option", "options", "answer", "answers", "number", "numbers"]

    /// Characters that separate picks typed on one line.
    static let pickSeparators: Set<Character> = [" ", ",", "&", "+", ";", "/"]

    /// The options meant by the normalised line `given`.
    static func read(_ given: String, options: [ChoiceOption]) -> Reading {
        let labels = pickLabels(in: given)
        if let labels, labels.allSatisfy({ options.indices.contains($0) }) {
            return .picks(Set(labels), spelling: nil)
        }
        let texts = options.map { ForgivingText.normalized($0.text) }
        if let exact = optionsNamed(by: given, texts: texts, forgivingTypos: false) {
            return .picks(exact, spelling: nil)
        }
        if let nearly = optionsNamed(by: given, texts: texts, forgivingTypos: true) {
            let spelling = nearly.count == 1 ? nearly.first.map { options[$0].text } : nil
            return .picks(nearly, spelling: spelling)
        }
        return labels == nil ? .unreadable : .outOfRange
    }

    /// The 0-based positions named by numbers and letters in `given`, or nil when some part of
    /// the line is not a number or letter. Positions may be out of range.
    static func pickLabels(in given: String) -> [Int]? {
        let tokens = given.split(whereSeparator: { pickSeparators.contains($0) }).filter { !fillerWords.contains($0) }
        guard !tokens.isEmpty else { return nil }
        var positions: [Int] = []
        for token in tokens {
            guard let position = position(named: token) else { return nil }
            positions.append(position)
        }
        return positions
    }

    /// The 0-based position a token such as `2`, `b`, `b)`, `(b)` or `2.` names.
    private static func position(named token: Substring) -> Int? {
        var core = token
        if core.first == "(" { core.removeFirst() }
        while let last = core.last, last == ")" || last == "." || last == ":" { core.removeLast() }
        guard !core.isEmpty else { return nil }
        if core.allSatisfy(\.isASCIIDigit) {
            guard core.count <= 4, let number = Int(core) else { return nil }
            return number - 1
        }
        if core.count == 1, let letter = core.first, letter.isASCII, letter.isLetter, let value = letter.asciiValue {
            return Int(value) - Int(Character("a").asciiValue!)
        }
        return nil
    }

    /// The options whose words make up `given`: the whole line, or each part of a list such as
    /// `keep it secret, use three words and lock the screen`. Nil unless every part names one option.
    private static func optionsNamed(by given: String, texts: [String], forgivingTypos: Bool) -> Set<Int>? {
        if let whole = optionNamed(by: given, texts: texts, forgivingTypos: forgivingTypos) { return [whole] }
        let parts = listParts(of: given)
        guard parts.count > 1 else { return nil }
        var picked = Set<Int>()
        for part in parts {
            guard let index = optionNamed(by: part, texts: texts, forgivingTypos: forgivingTypos) else { return nil }
            picked.insert(index)
        }
        return picked
    }

    /// The one option whose text `phrase` is (or nearly is, when forgiving typos); nil when none
    /// is, or when two are equally near.
    private static func optionNamed(by phrase: String, texts: [String], forgivingTypos: Bool) -> Int? {
        if !forgivingTypos { return texts.firstIndex(of: phrase) }
        var best: (index: Int, edits: Int)?
        var isTied = false
        for (index, text) in texts.enumerated() {
            guard let edits = TypoDistance.phraseDistance(typed: phrase, expected: text) else { continue }
            if edits < best?.edits ?? Int.max {
                best = (index, edits)
                isTied = false
            } else if edits == best?.edits {
                isTied = true
            }
        }
        return isTied ? nil : best?.index
    }

    /// The parts of a list typed on one line, split at commas, `and` and `&`.
    private static func listParts(of given: String) -> [String] {
        given.replacingOccurrences(of: " and ", with: ",")
            .replacingOccurrences(of: "&", with: ",")
            .split(separator: ",")
            .map { ForgivingText.normalized(String($0)) }
            .filter { !$0.isEmpty }
    }
}
