/// Plain language: short sentences. Long sentences lose readers who are new to the subject.
public struct SentenceLengthRule: ContentRule {
    /// The most words a sentence may have before it is flagged.
    public let maximumWords: Int

    /// Creates the rule.
    public init(maximumWords: Int = 25) {
        self.maximumWords = maximumWords
    }

    /// A warning for each sentence of learner text with more than `maximumWords` words.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        for field in content.fields where field.role.isLearnerProse {
            for sentence in field.scanned.sentences where sentence.wordCount > maximumWords {
                let opening = field.scanned.opening(of: sentence, words: 6)
                problems.append(LessonProblem(
                    path: content.path, location: field.location, severity: .warning,
                    ProblemFact(.longSentence, ["Place": field.place, "words": "\(sentence.wordCount)", "opening": .text(opening), "most": "\(maximumWords)"])
                ))
            }
        }
        return problems
    }
}
