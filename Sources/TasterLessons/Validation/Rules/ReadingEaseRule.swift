/// Plain language: each step's text should be easy to read, by the Flesch reading-ease score
/// (about 60-70 is plain English; below 50 is hard going; below 30 reads like a legal document).
public struct ReadingEaseRule: ContentRule {
    /// The lowest acceptable score.
    public let minimumScore: Double
    /// Texts with fewer words are not scored: the formula means little for a line or two.
    public let minimumWords: Int

    /// Creates the rule.
    public init(minimumScore: Double = 50, minimumWords: Int = 20) {
        self.minimumScore = minimumScore
        self.minimumWords = minimumWords
    }

    /// A warning for each step whose text scores below `minimumScore`.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        content.fields.compactMap { field in
            guard field.role == .text, let score = Self.score(field.scanned, minimumWords: minimumWords),
                  score < minimumScore else { return nil }
            return LessonProblem(
                path: content.path, location: field.location, severity: .warning,
                ProblemFact(.hardToRead, ["Place": field.place, "score": "\(Int(score.rounded(.down)))", "minimum": "\(Int(minimumScore))"])
            )
        }
    }

    /// The Flesch reading-ease score of a text: higher is easier; nil when it has too few words to judge.
    public static func score(of text: String, minimumWords: Int = 20) -> Double? {
        score(ScannedText(text), minimumWords: minimumWords)
    }

    static func score(_ text: ScannedText, minimumWords: Int) -> Double? {
        let words = text.sentences.reduce(0) { $0 + $1.wordCount }
        guard words >= max(minimumWords, 1), !text.sentences.isEmpty else { return nil }
        let syllables = text.tokens.indices.reduce(0) { total, token in
            total + (isContractionEnding(token, in: text) ? 0 : SyllableCounter.syllables(in: text.word(token)))
        }
        let wordsPerSentence = Double(words) / Double(text.sentences.count)
        let syllablesPerWord = Double(syllables) / Double(words)
        return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
    }

    /// The `t` of "don't" or the `re` of "you're", which add no syllable to the word before.
    private static func isContractionEnding(_ token: Int, in text: ScannedText) -> Bool {
        let start = text.tokens[token].start
        let bytes = text.bytes
        let afterApostrophe = (start >= 1 && bytes[start - 1] == UInt8(ascii: "'"))
            || (start >= 3 && bytes[start - 3] == 0xE2 && bytes[start - 2] == 0x80 && bytes[start - 1] == 0x99)
        return afterApostrophe && ["s", "t", "d", "m", "re", "ve", "ll"].contains { text.word(token, is: $0) }
    }
}
