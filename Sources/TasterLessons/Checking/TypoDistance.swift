/// How many small typing slips are forgiven, and how far apart two spellings are.
public enum TypoDistance {
    /// The edits forgiven in a word of `letterCount` characters: none below five, one for five to
    /// nine, two for ten or more.
    public static func allowedEdits(forWordOfLength letterCount: Int) -> Int {
        switch letterCount {
        case ..<5: 0
        case 5...9: 1
        default: 2
        }
    }

    /// The number of single-character insertions, deletions, substitutions and swaps of two
    /// neighbouring characters that turn `typed` into `expected`, or nil when it is more than `limit`.
    ///
    /// A swap counts as one edit because swapped letters are the commonest typing slip.
    /// The work is bounded by the limit, not the lengths squared: unequal lengths beyond `limit`
    /// are rejected at once, only cells within `limit` of the diagonal are worked out, and each
    /// row stops early once every path is over the limit.
    public static func distance<S: StringProtocol>(_ typed: S, _ expected: S, limit: Int) -> Int? {
        guard limit >= 0, abs(typed.count - expected.count) <= limit else { return nil }
        let a = Array(typed)
        let b = Array(expected)
        if a == b { return 0 }
        guard limit > 0 else { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }

        let overLimit = limit + 1
        var rowBeforePrevious = [Int](repeating: overLimit, count: b.count + 1)
        var previous = [Int](repeating: overLimit, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        var current = [Int](repeating: overLimit, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            // Cells just outside the band are read by this row and the next, so they must be "too far".
            current[low - 1] = low == 1 && i <= limit ? i : overLimit
            if high < b.count { current[high + 1] = overLimit }
            var rowMinimum = overLimit
            if low <= high {
                for j in low...high {
                    let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    var best = min(previous[j] + 1, current[j - 1] + 1, substitution)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        best = min(best, rowBeforePrevious[j - 2] + 1)
                    }
                    current[j] = min(best, overLimit)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if rowMinimum > limit { return nil }
            (rowBeforePrevious, previous, current) = (previous, current, rowBeforePrevious)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }

    /// The total edits between two normalised phrases compared word by word, or nil when they
    /// have different numbers of words or any word is further off than its length forgives.
    public static func phraseDistance(typed: String, expected: String) -> Int? {
        let typedWords = ForgivingText.words(ofNormalized: typed)
        let expectedWords = ForgivingText.words(ofNormalized: expected)
        guard typedWords.count == expectedWords.count, !expectedWords.isEmpty else { return nil }
        var total = 0
        for (typedWord, expectedWord) in zip(typedWords, expectedWords) {
            let limit = allowedEdits(forWordOfLength: expectedWord.count)
            guard let edits = distance(typedWord, expectedWord, limit: limit) else { return nil }
            total += edits
        }
        return total
    }
}
