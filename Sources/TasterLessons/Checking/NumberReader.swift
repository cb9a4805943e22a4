/// Reads numbers the way people type them: `£1,234.50`, `1234.5`, `12.5%`, `50p`, `-3`.
public enum NumberReader {
    /// What was read from a typed number, or why it could not be read.
    public enum Reading: Sendable, Equatable {
        /// The value typed (pence are read as pounds, so `50p` is 0.5; `12.5%` is 12.5).
        case value(Double)
        /// The line is not a number; `advice` says what to type instead.
        case unreadable(advice: Feedback)
    }

    /// The longest line looked at; no sensible number is longer.
    static let longestNumberConsidered = 60

    /// The words that may follow an amount of pounds, in English and Welsh (punt, with its
    /// mutated forms after a number: "2 bunt", "3 phunt"), longest first.
    static let poundWords = ["punnoedd", "pounds", "pound", "phunt", "punt", "bunt"]
    /// The words that may follow an amount of pence, in English and Welsh (ceiniog), longest first.
    static let penceWords = ["ceiniogau", "ceiniog", "pence", "p"]

    /// The value in `text`, or nil when it cannot be read.
    public static func value(of text: String) -> Double? {
        if case .value(let value) = read(text) { return value }
        return nil
    }

    /// Reads `text`, forgiving spaces, a pound sign, thousands commas, a percent sign, a trailing
    /// `p` for pence, the words for pounds and pence in English and Welsh, and a full stop at the end.
    public static func read(_ text: String) -> Reading {
        let unreadable = Reading.unreadable(advice: StandardFeedback.numberAdvice)
        let trimmed = ForgivingText.trimmed(text)
        guard trimmed.count <= longestNumberConsidered else { return unreadable }
        guard var rest = compacted(trimmed.lowercased()) else { return unreadable }

        while let last = rest.last, last == "." || last == "!" || last == "?" { rest.removeLast() }
        var negative = false
        var hasPoundSign = false
        var sawSign = false
        func takeSign() -> Bool {
            guard let first = rest.first, first == "-" || first == "\u{2212}" || first == "+" else { return true }
            if sawSign { return false }
            sawSign = true
            negative = first != "+"
            rest.removeFirst()
            return true
        }
        guard takeSign() else { return unreadable }
        if rest.first == "£" {
            hasPoundSign = true
            rest.removeFirst()
            guard takeSign() else { return unreadable }
        }

        var isPence = false
        if let suffix = Self.poundWords.first(where: { rest.hasSuffix($0) }) {
            rest.removeLast(suffix.count)
            hasPoundSign = true
        } else if let suffix = Self.penceWords.first(where: { rest.hasSuffix($0) }) {
            rest.removeLast(suffix.count)
            isPence = true
        } else if rest.last == "%" {
            rest.removeLast()
            guard !hasPoundSign else { return unreadable }
        }
        guard !(isPence && hasPoundSign) else { return unreadable }

        guard let magnitude = magnitude(of: rest, allowFraction: !isPence) else {
            return looksLikeDecimalComma(rest) ? .unreadable(advice: StandardFeedback.decimalCommaAdvice) : unreadable
        }
        let pounds = isPence ? magnitude / 100 : magnitude
        return .value(negative && pounds != 0 ? -pounds : pounds)
    }

    /// `text` with whitespace removed, except that a space between two digits is kept as one
    /// space (a possible thousands separator); nil for a line with no digits at all.
    private static func compacted(_ text: String) -> String? {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, character.isASCIIDigit, result.last?.isASCIIDigit == true {
                result.append(" ")
            }
            pendingSpace = false
            result.append(character)
        }
        return result.contains(where: \.isASCIIDigit) ? result : nil
    }

    /// The value of unsigned digits with an optional fraction and optional thousands separators
    /// (commas or spaces, in the right places only), or nil.
    private static func magnitude(of body: String, allowFraction: Bool) -> Double? {
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return nil }
        let fraction = parts.count == 2 ? parts[1] : nil
        if let fraction {
            guard allowFraction, !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        guard let wholeDigits = digitsOfGroupedWhole(whole, fractionPresent: fraction != nil) else { return nil }
        let plain = (wholeDigits.isEmpty ? "0" : wholeDigits) + (fraction.map { "." + $0 } ?? "")
        return Double(plain)
    }

    /// The digits of the whole-number part, checking that any separators sit every three digits.
    private static func digitsOfGroupedWhole(_ whole: Substring, fractionPresent: Bool) -> String? {
        if whole.isEmpty { return fractionPresent ? "" : nil }
        if whole.allSatisfy(\.isASCIIDigit) { return String(whole) }
        let separators = Set(whole.filter { !$0.isASCIIDigit })
        guard separators.count == 1, let separator = separators.first, separator == "," || separator == " " else {
            return nil
        }
        let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        return groups.joined()
    }

    /// Whether `body` looks like pounds and pence written with a comma, such as `12,50`.
    private static func looksLikeDecimalComma(_ body: String) -> Bool {
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
            && (1...2).contains(parts[1].count)
    }
}

extension Character {
    /// Whether this is one of the digits 0 to 9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
