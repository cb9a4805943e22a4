import Foundation

/// Finds which word of a short list (a learner's command words, the ways of saying yes) a typed
/// line means, forgiving case, spacing, accents and small typing slips, without ever turning one
/// real word into another.
///
/// The rule, in order:
/// 1. The line and every listed word are compared normalised (``ForgivingText/normalized(_:)``)
///    and with accents folded (`nôl` is `nol`, `ŵyr` is `wyr`), so a learner need not find the
///    circumflex on the keyboard.
/// 2. A line that is itself a listed word means that word, and only that word.
/// 3. Otherwise a typing slip is forgiven when the line is within the edits
///    ``TypoDistance/allowedEdits(forWordOfLength:)`` allows for each word (none below five
///    letters, so `dal` is never `tal`), one listed word is nearer than every other (a tie means
///    nothing: the learner is asked again), and the line and that word are not a mutation pair.
/// 4. A **mutation pair** is two words that differ only by a Welsh initial mutation of one of
///    their words (soft `tal`/`dal`, `gadael`/`adael`; nasal `dol`/`nol`; aspirate `tal`/`thal`;
///    an `h` before a vowel). Welsh makes real, different words this way, so a mutated word is
///    never taken for a slip of its radical or the other way round. The check is made only for
///    a language that mutates (``InitialMutations/welsh``); English forgives `ting` for `thing`.
public struct WordListMatch: Sendable {
    /// The mutations a language makes at the start of a word.
    public enum InitialMutations: Sendable {
        /// No initial mutations (English).
        case none
        /// Welsh's soft, nasal and aspirate mutations and the h before a vowel.
        case welsh
    }

    /// The listed words, as given.
    public let words: [String]
    private let folded: [String]
    private let mutations: InitialMutations

    /// A matcher for `words` in a language with `mutations`.
    public init(_ words: [String], mutations: InitialMutations = .none) {
        self.words = words
        self.folded = words.map(Self.fold)
        self.mutations = mutations
    }

    /// The listed word `typed` means, or nil when it means none of them (or could mean two).
    public func match(_ typed: String) -> String? {
        let line = Self.fold(typed)
        guard !line.isEmpty, line.count <= 40 else { return nil }
        if let exact = folded.firstIndex(of: line) { return words[exact] }
        var best: (index: Int, edits: Int)?
        var tied = false
        for (index, candidate) in folded.enumerated() {
            guard let edits = TypoDistance.phraseDistance(typed: line, expected: candidate) else { continue }
            guard !isMutationPair(line, candidate) else { continue }
            if let current = best {
                if edits < current.edits {
                    best = (index, edits)
                    tied = false
                } else if edits == current.edits, folded[current.index] != candidate {
                    tied = true
                }
            } else {
                best = (index, edits)
            }
        }
        guard let best, !tied else { return nil }
        return words[best.index]
    }

    /// `text` normalised, with accents (the circumflex, acute, grave and diaeresis Welsh uses)
    /// taken off its letters.
    public static func fold(_ text: String) -> String {
        var normalized = ForgivingText.normalized(text)
        // A word that is all punctuation ("?") is kept as typed rather than tidied away.
        if normalized.isEmpty { normalized = ForgivingText.trimmed(text) }
        return normalized.folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// Whether two phrases of the same words differ only by an initial mutation of one word.
    func isMutationPair(_ first: String, _ second: String) -> Bool {
        guard mutations == .welsh else { return false }
        let a = ForgivingText.words(ofNormalized: first)
        let b = ForgivingText.words(ofNormalized: second)
        guard a.count == b.count else { return false }
        return zip(a, b).contains { Self.isWelshMutation(String($0), String($1)) || Self.isWelshMutation(String($1), String($0)) }
    }

    /// Welsh initial mutations: each radical beginning with the beginnings it mutates to.
    static let welshMutations: [(radical: String, mutated: [String])] = [
        ("p", ["b", "mh", "ph"]), ("t", ["d", "nh", "th"]), ("c", ["g", "ngh", "ch"]),
        ("b", ["f", "m"]), ("d", ["dd", "n"]), ("g", ["", "ng"]), ("m", ["f"]),
        ("ll", ["l"]), ("rh", ["r"]),
    ]

    /// Whether `mutated` is `radical` with its beginning mutated (or an `h` put before its vowel).
    static func isWelshMutation(_ radical: String, _ mutated: String) -> Bool {
        guard radical != mutated else { return false }
        for (start, forms) in welshMutations where radical.hasPrefix(start) {
            let rest = radical.dropFirst(start.count)
            guard !rest.isEmpty else { continue }
            if forms.contains(where: { mutated == $0 + rest }) { return true }
        }
        if let first = radical.first, "aeiouwy".contains(first), mutated == "h" + radical { return true }
        return false
    }
}
