/// Plain language: a jargon word may be used only if the lesson explains it somewhere.
///
/// A word counts as explained when some learner text in the lesson has it in `**bold**`, or has it
/// followed later in the same sentence by "means", "is a", "is an", "is the", "is when" or
/// "stands for", or directly by an opening parenthesis: "APR (the yearly cost of borrowing)".
public struct JargonRule: ContentRule {
    private let lists: RuleLists

    /// Creates the rule with the jargon words to look for.
    public init(lists: RuleLists) {
        self.lists = lists
    }

    /// A warning for each jargon word used but never explained, at the place it first appears.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        guard !lists.jargonMatcher.isEmpty else { return [] }
        var firstUses: [(word: ListedPhrase, field: ContentField)] = []
        var used = Set<ListedPhrase>()
        var explained = Set<ListedPhrase>()
        for field in content.fields where field.role.isLearnerProse {
            // "https" inside a link is part of an address the learner copies, not a word to explain.
            for match in lists.jargonMatcher.matches(in: field.scanned) where !Self.isInsideAddress(match, in: field.scanned) {
                if used.insert(match.phrase).inserted { firstUses.append((match.phrase, field)) }
                if !explained.contains(match.phrase), Self.isExplained(match, in: field.scanned) {
                    explained.insert(match.phrase)
                }
            }
        }
        return firstUses.filter { !explained.contains($0.word) }.map { word, field in
            let term = word.text
            return LessonProblem(
                path: content.path, location: field.location, severity: .warning,
                ProblemFact(.jargon, ["term": .text(term), "place": field.place, "bold": .text("**\(term)**")])
            )
        }
    }

    /// Whether the match is part of a web or email address.
    static func isInsideAddress(_ match: PhraseMatcher.Match, in text: ScannedText) -> Bool {
        let start = text.tokens[match.tokens.lowerBound].start
        return text.addresses.contains { $0.span.contains(start) }
    }

    /// Whether this use of the word comes with its explanation.
    static func isExplained(_ match: PhraseMatcher.Match, in text: ScannedText) -> Bool {
        let first = text.tokens[match.tokens.lowerBound]
        let last = text.tokens[match.tokens.upperBound - 1]
        if text.isBold(first.start) { return true }
        if opensParenthesis(after: last.end, in: text.bytes) { return true }
        let sentenceEnd = text.sentences[last.sentence].tokens.upperBound
        var index = match.tokens.upperBound
        while index < sentenceEnd {
            let hasNext = index + 1 < sentenceEnd
            if text.word(index, is: "means") { return true }
            if text.word(index, is: "is"), hasNext,
               ["a", "an", "the", "when"].contains(where: { text.word(index + 1, is: $0) }) { return true }
            if text.word(index, is: "stands"), hasNext, text.word(index + 1, is: "for") { return true }
            index += 1
        }
        return false
    }

    /// Whether the next thing after `position`, past spaces, quotes and bold marks, is `(`.
    private static func opensParenthesis(after position: Int, in bytes: [UInt8]) -> Bool {
        var index = position
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "("): return true
            case UInt8(ascii: " "), UInt8(ascii: "*"), UInt8(ascii: "\""), UInt8(ascii: "'"): index += 1
            // The last bytes of the curly closing quotes \u{2019} and \u{201D}.
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D): index += 3
            default: return false
            }
        }
        return false
    }
}
