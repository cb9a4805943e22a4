import Foundation

/// A short fingerprint of the English a step was translated from: its texts and its answer.
///
/// A translation keeps the fingerprint of each step it translates (`fingerprint:`), written by
/// `taster lint --update-fingerprints`, so that a later change to the English step (a reworded
/// hint, a new option, a different value) is noticed and the translator is told which step.
public enum StepFingerprint {
    /// Eight hexadecimal digits, such as `3f9a1c2d`.
    public static func of(_ step: Step) -> String {
        var parts: [String] = ["kind", step.kind.name, "text", step.text]
        func add(_ key: String, _ value: String?) {
            if let value { parts += [key, value] }
        }
        add("screen", step.screen)
        add("note", step.note)
        for hint in step.hints { parts += ["hint", hint] }
        add("explain", step.explain)
        add("solution", step.solution)
        switch step.kind {
        case .say:
            break
        case .choice(let question):
            parts += ["pick", question.pick.rawValue]
            for option in question.options {
                parts += ["option", option.text, option.correct ? "correct" : "wrong"]
                add("feedback", option.feedback)
            }
        case .answer(let question):
            for answer in question.accept { parts += ["accept", answer] }
            for pattern in question.patterns { parts += ["pattern", pattern] }
            for wrong in question.wrong { parts += ["wrong", wrong.answer, wrong.feedback] }
            parts += ["typos", question.forgiveTypos ? "true" : "false"]
        case .number(let question):
            parts += ["value", number(question.value), "tolerance", number(question.tolerance), "unit", question.unit.rawValue]
            for wrong in question.wrong { parts += ["wrong", number(wrong.value), wrong.feedback] }
        case .type(let drill):
            parts += ["target", drill.target]
        case .secret(let practice):
            parts += ["min_length", "\(practice.minLength)", "min_words", "\(practice.minWords)"]
        case .order(let question):
            for item in question.items { parts += ["item", item] }
        }
        // Unit separators between parts, so that moving words from one part to the next changes it.
        let bytes = Array(parts.joined(separator: "\u{1F}").utf8)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let folded = UInt32(truncatingIfNeeded: hash >> 32) ^ UInt32(truncatingIfNeeded: hash)
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Whether `text` looks like a fingerprint: eight hexadecimal digits.
    public static func isWellFormed(_ text: String) -> Bool {
        text.count == 8 && text.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// A number the same way on every machine: `0.3`, `25`.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}
