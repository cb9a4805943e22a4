/// Checks a typing drill: the line must be exactly the target, apart from surrounding spaces.
enum TypingDrillChecker {
    /// The verdict on `input` for `drill`.
    static func check(_ input: String, against drill: TypingDrill) -> AnswerVerdict {
        let typed = ForgivingText.trimmed(input)
        let expected = ForgivingText.trimmed(drill.target)
        if typed == expected { return .correct(feedback: nil, spelling: nil) }
        return .mismatch(expected: expected, typed: typed, firstDifference: firstDifference(typed, expected))
    }

    /// The offset, in characters, of the first character of `typed` that differs from `expected`;
    /// the length of the shorter one when one is the start of the other.
    static func firstDifference(_ typed: String, _ expected: String) -> Int {
        var offset = 0
        var typedIndex = typed.startIndex
        var expectedIndex = expected.startIndex
        while typedIndex < typed.endIndex, expectedIndex < expected.endIndex, typed[typedIndex] == expected[expectedIndex] {
            offset += 1
            typed.formIndex(after: &typedIndex)
            expected.formIndex(after: &expectedIndex)
        }
        return offset
    }
}
