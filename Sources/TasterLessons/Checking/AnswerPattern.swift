/// The regular expressions authors write to accept free-text answers.
///
/// Swift's regular expressions backtrack, so a pattern that repeats something that itself
/// repeats, such as `(a+)+b` or `(\w+\s?)+`, can take minutes on a line of a few dozen
/// characters. Such patterns are refused (lint says why) and never run, and a pattern is only
/// tried on a line of at most ``longestLineMatched`` characters.
public enum AnswerPattern {
    /// The longest line a pattern is tried on; a right answer is never this long.
    public static let longestLineMatched = 300

    /// Why `pattern` cannot be used, in words for the author, or nil when it is a valid pattern.
    public static func problem(with pattern: String) -> String? {
        do {
            _ = try Regex(pattern)
        } catch {
            return "The pattern \"\(pattern)\" is not a valid regular expression (\(error)). Check its brackets and backslashes."
        }
        if hasNestedRepetition(pattern) {
            return "The pattern \"\(pattern)\" repeats a group that itself repeats (like (a+)+), which can make checking one answer take minutes. Remove the outer repeat, or list the answers in `accept` instead."
        }
        return nil
    }

    /// Whether `pattern` matches all of `text`, ignoring case. An invalid or unsafe pattern, or a
    /// line longer than ``longestLineMatched``, matches nothing.
    public static func matchesWhole(_ text: String, pattern: String) -> Bool {
        guard text.count <= longestLineMatched, !hasNestedRepetition(pattern),
              let regex = try? Regex(pattern).ignoresCase() else { return false }
        return (try? regex.wholeMatch(in: text)) != nil
    }

    /// Whether a group that contains a repeat (`+`, `*`, `{n,}`) is itself repeated.
    static func hasNestedRepetition(_ pattern: String) -> Bool {
        let characters = Array(pattern)
        var groupsHoldingRepeat: [Bool] = []
        var index = 0
        var inClass = false
        func isRepeat(at position: Int) -> Bool {
            guard position < characters.count else { return false }
            switch characters[position] {
            case "+", "*": return true
            case "{":
                // {n,} and {n,m} with m > 1 repeat; {n} alone does not make a group dangerous.
                var end = position + 1
                while end < characters.count, characters[end] != "}" { end += 1 }
                return end < characters.count && characters[(position + 1)..<end].contains(",")
            default: return false
            }
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                index += 2
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
            } else if character == "[" {
                inClass = true
            } else if character == "(" {
                groupsHoldingRepeat.append(false)
            } else if character == ")" {
                let held = groupsHoldingRepeat.popLast() ?? false
                if held, isRepeat(at: index + 1) { return true }
                if held || isRepeat(at: index + 1), !groupsHoldingRepeat.isEmpty {
                    groupsHoldingRepeat[groupsHoldingRepeat.count - 1] = true
                }
            } else if isRepeat(at: index), !groupsHoldingRepeat.isEmpty {
                groupsHoldingRepeat[groupsHoldingRepeat.count - 1] = true
            }
            index += 1
        }
        return false
    }
}
