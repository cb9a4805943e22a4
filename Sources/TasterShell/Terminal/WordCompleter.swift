/// Decides what the Tab key does, given the text before the cursor and the shell's candidates.
///
/// Candidates may be single words ("hint") or phrases ("Example Bank"). The typed fragment is
/// the longest tail of the text that starts at a word boundary and begins some candidate, so
/// "Example B" still completes to "Example Bank". Matching ignores case, and the completed text
/// takes the candidate's own spelling.
public enum WordCompleter {
    /// What to do with the line being edited.
    public enum Action: Equatable, Sendable {
        /// Delete `deletingScalars` Unicode scalars before the cursor, then insert `insertion`.
        case replace(deletingScalars: Int, insertion: String)
        /// Several candidates fit equally well: show them.
        case list([String])
        /// Nothing fits.
        case nothing
    }

    /// Works out the completion of `textBeforeCursor` from `candidates`. A single match is
    /// completed with a space after it; several are completed as far as they agree, then listed.
    public static func complete(textBeforeCursor: String, candidates: [String]) -> Action {
        let candidates = usable(candidates)
        for start in wordStarts(in: textBeforeCursor) {
            let fragment = textBeforeCursor[start...]
            let matches = candidates.filter { $0.lowercased().hasPrefix(fragment.lowercased()) }
            if matches.isEmpty { continue }
            let deleting = fragment.unicodeScalars.count
            if matches.count == 1 {
                return .replace(deletingScalars: deleting, insertion: matches[0] + " ")
            }
            let shared = commonPrefix(of: matches)
            if shared.count > fragment.count {
                return .replace(deletingScalars: deleting, insertion: shared)
            }
            return .list(matches)
        }
        return .nothing
    }

    /// Candidates made safe to put on the line, without empties or repeats.
    private static func usable(_ candidates: [String]) -> [String] {
        var seen = Set<String>()
        return candidates.map(TerminalText.sanitizeLine).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The start of the text and every position just after a space, earliest first.
    private static func wordStarts(in text: String) -> [String.Index] {
        var starts = [text.startIndex]
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == " " {
                starts.append(next)
            }
            index = next
        }
        return starts
    }

    /// The longest prefix, compared without case, that all `words` share, in the first's spelling.
    private static func commonPrefix(of words: [String]) -> String {
        guard let first = words.first else { return "" }
        var length = first.count
        for word in words.dropFirst() {
            let agreeing = zip(first, word).prefix { $0.lowercased() == $1.lowercased() }.count
            length = min(length, agreeing)
        }
        return String(first.prefix(length))
    }
}
