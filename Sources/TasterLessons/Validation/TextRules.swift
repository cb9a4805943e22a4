import Foundation

/// Small checks on the words of a step, for rules the lesson format states.
enum TextRules {
    /// Feedback that says only that an answer is wrong, which does not help a learner.
    static let bareVerdicts: Set<String> = [
        "wrong", "incorrect", "no", "nope", "not right", "not quite", "try again", "wrong answer",
        "that is wrong", "that's wrong", "thats wrong", "that is not right", "that's not right",
        "sorry", "no wrong", "wrong try again", "incorrect try again", "not correct", "false", "x",
    ]

    /// What taster adds to every lesson by itself (lower-cased, to find it), with how it is written.
    static let tasterSays: [(String, String)] = [
        ("press enter to carry on", "Press Enter to carry on"),
        ("correct!", "Correct!"),
        ("you have finished this lesson", "Well done: you have finished this lesson!"),
    ]

    /// The feedback written on a step's options and expected wrong answers.
    static func feedbacks(of step: Step) -> [String] {
        switch step.kind {
        case .choice(let question): question.options.compactMap(\.feedback)
        case .answer(let question): question.wrong.map(\.feedback)
        case .number(let question): question.wrong.map(\.feedback)
        default: []
        }
    }

    /// Whether the feedback is only a verdict such as "Wrong!", with nothing about why.
    static func isBareVerdict(_ feedback: String) -> Bool {
        let words = feedback.lowercased().unicodeScalars.map { CharacterSet.letters.contains($0) || $0 == "'" ? Character($0) : " " }
        let plain = String(words).split(separator: " ").joined(separator: " ")
        return plain.isEmpty || bareVerdicts.contains(plain)
    }

    /// The warning for feedback that is only a verdict.
    static func bareVerdictMessage(_ feedback: String) -> ProblemFact {
        ProblemFact(.bareVerdict, ["feedback": .text(SafeText.quote(feedback))])
    }

    /// Whether a secret step's text tells the learner not to type a password they really use.
    static func warnsAgainstRealPassword(_ text: String) -> Bool {
        let plain = text.lowercased().replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "’", with: "'")
        let phrases = ["real password", "real one", "password you really use", "password you use",
                       "password you already use", "your own password", "a real passphrase", "never type a password",
                       "don't type a password", "do not type a password", "do not use a password", "don't use a password"]
        return phrases.contains { plain.contains($0) }
    }

    /// A run of two or more numbers such as "3 1 2" or "2, 1, 3" in an order step's text.
    static func sampleOrder(in text: String) -> String? {
        let pattern = try! NSRegularExpression(pattern: "(?<![0-9.,£])\\b[1-9](?:(?:\\s*,\\s*|\\s+)[1-9]){1,8}\\b(?!\\.?[0-9]|%)")
        let range = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
        return String(text[found])
    }
}
