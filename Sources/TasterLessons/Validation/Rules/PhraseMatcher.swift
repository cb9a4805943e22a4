/// Finds listed words and phrases in scanned text as whole words, looking each word up once
/// instead of searching the text once per phrase.
struct PhraseMatcher: Sendable {
    /// A phrase found in a text.
    struct Match: Sendable {
        /// Which phrase of the list was found.
        let phrase: ListedPhrase
        /// Which tokens of the text it covers.
        let tokens: Range<Int>
    }

    private struct Pattern: Sendable {
        let phrase: ListedPhrase
        /// The phrase's words in lower case, as UTF-8.
        let words: [[UInt8]]
        /// Their hashes, as `ScannedText` computes them.
        let hashes: [UInt64]
        /// The phrase's words as written, for phrases matched with exact capitalisation.
        let writtenWords: [[UInt8]]
    }

    /// Patterns by the hash of their first word, longest first.
    private let patternsByFirstWord: [UInt64: [Pattern]]
    /// A cheap filter in front of the dictionary: most words are not listed at all.
    private let firstWordFilter: [Bool]
    private static let filterMask: UInt64 = 0xFFF

    /// Prepares to find `phrases`; with `matchingPlurals`, "cookies" also finds "cookie".
    init(_ phrases: [ListedPhrase], matchingPlurals: Bool) {
        var patterns: [UInt64: [Pattern]] = [:]
        for phrase in phrases {
            let scanned = ScannedText(phrase.text)
            let words = scanned.tokens.indices.map { Array(scanned.word($0)) }
            let written = scanned.writtenWords()
            guard !words.isEmpty, written.count == words.count else { continue }
            var variants = [(words, written)]
            if matchingPlurals, let last = words.last, let lastWritten = written.last {
                let ending = String(decoding: last, as: UTF8.self)
                let plural = ["s", "x", "ch", "sh"].contains(where: ending.hasSuffix) ? "es" : "s"
                variants.append((words.dropLast() + [last + plural.utf8], written.dropLast() + [lastWritten + plural.utf8]))
            }
            for (variantWords, variantWritten) in variants {
                let pattern = Pattern(
                    phrase: phrase, words: variantWords, hashes: variantWords.map(ScannedText.hash), writtenWords: variantWritten
                )
                patterns[pattern.hashes[0], default: []].append(pattern)
            }
        }
        // Longer phrases first, so "Metro Bank" wins over a shorter phrase starting with "Metro".
        patternsByFirstWord = patterns.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        var filter = [Bool](repeating: false, count: Int(Self.filterMask) + 1)
        for hash in patterns.keys { filter[Int(hash & Self.filterMask)] = true }
        firstWordFilter = filter
    }

    /// Whether there is nothing to look for.
    var isEmpty: Bool { patternsByFirstWord.isEmpty }

    /// Every listed phrase in `text`, in order, without overlaps.
    func matches(in text: ScannedText) -> [Match] {
        guard !patternsByFirstWord.isEmpty else { return [] }
        var found: [Match] = []
        var index = 0
        let tokens = text.tokens
        while index < tokens.count {
            let hash = tokens[index].hash
            if firstWordFilter[Int(hash & Self.filterMask)], let candidates = patternsByFirstWord[hash],
               let pattern = candidates.first(where: { matches($0, in: text, at: index) }) {
                found.append(Match(phrase: pattern.phrase, tokens: index..<(index + pattern.words.count)))
                index += pattern.words.count
            } else {
                index += 1
            }
        }
        return found
    }

    private func matches(_ pattern: Pattern, in text: ScannedText, at start: Int) -> Bool {
        guard start + pattern.words.count <= text.tokens.count else { return false }
        for offset in pattern.words.indices {
            guard text.tokens[start + offset].hash == pattern.hashes[offset],
                  text.word(start + offset).elementsEqual(pattern.words[offset]) else { return false }
        }
        if pattern.phrase.caseSensitive {
            for offset in pattern.words.indices where !text.writtenWord(start + offset, is: pattern.writtenWords[offset]) {
                return false
            }
        }
        return true
    }
}
