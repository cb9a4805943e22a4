/// Checks a free-text answer: exact answers, then patterns, then foreseen wrong answers, then
/// small typos.
enum TextAnswerChecker {
    /// The verdict on `input` for `question`.
    static func check(_ input: String, against question: TextQuestion) -> AnswerVerdict {
        let trimmed = ForgivingText.trimmed(input)
        if ForgivingText.isTooLongToRead(trimmed) { return .incorrect(feedback: StandardFeedback.answerTooLong) }
        let given = ForgivingText.normalized(trimmed)
        if given.isEmpty { return .unreadable(advice: StandardFeedback.typeAnAnswer) }

        let accepted = question.accept.map { (written: $0, normalized: ForgivingText.normalized($0)) }
        if accepted.contains(where: { $0.normalized == given }) {
            return .correct(feedback: nil, spelling: nil)
        }
        if question.patterns.contains(where: { AnswerPattern.matchesWhole(given, pattern: $0) }) {
            return .correct(feedback: nil, spelling: nil)
        }
        let wrong = question.wrong.map { (answer: $0, normalized: ForgivingText.normalized($0.answer)) }
        if let known = wrong.first(where: { $0.normalized == given }) {
            return .incorrect(feedback: .authored(known.answer.feedback))
        }
        guard question.forgiveTypos else { return .incorrect(feedback: StandardFeedback.notQuite) }

        let closestAccepted = closest(to: given, among: accepted) { $0.normalized }
        let closestWrong = closest(to: given, among: wrong) { $0.normalized }
        // A foreseen wrong answer wins a tie, so a near-miss of it gets the author's explanation
        // rather than being waved through as a typo of a right answer.
        if let wrongMatch = closestWrong, wrongMatch.edits <= closestAccepted?.edits ?? Int.max {
            return .incorrect(feedback: .authored(wrongMatch.candidate.answer.feedback))
        }
        if let acceptedMatch = closestAccepted {
            return .correct(feedback: nil, spelling: acceptedMatch.candidate.written)
        }
        return .incorrect(feedback: StandardFeedback.notQuite)
    }

    /// The candidate whose normalised text is fewest forgivable edits from `given`, if any is.
    private static func closest<Candidate>(
        to given: String, among candidates: [Candidate], text: (Candidate) -> String
    ) -> (candidate: Candidate, edits: Int)? {
        var best: (candidate: Candidate, edits: Int)?
        for candidate in candidates {
            guard let edits = TypoDistance.phraseDistance(typed: given, expected: text(candidate)) else { continue }
            if edits < best?.edits ?? Int.max { best = (candidate, edits) }
        }
        return best
    }
}
