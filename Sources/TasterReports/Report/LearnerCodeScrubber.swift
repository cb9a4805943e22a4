import Foundation
import TasterStore
import TasterWording

/// Takes anything shaped like a learner code out of free text, such as a session's name, so
/// that a report can never carry one even if a volunteer typed it there.
public enum LearnerCodeScrubber {
    /// What a code is replaced with, in English.
    public static var replacement: String { Catalogue.english.text(.reportCodeRemoved) }

    /// Three runs of letters and a one- or two-digit number, separated by spaces, hyphens, dots
    /// or underscores (the forgiving shapes taster itself accepts).
    private static let pattern = "[A-Za-z]+[-_. ]+[A-Za-z]+[-_. ]+[A-Za-z]+[-_. ]*[0-9]{1,2}(?![0-9])"

    /// `text` with every run that reads as a real learner code replaced; other words and
    /// numbers, such as "Tuesday taster group 2", are left alone.
    public static func scrub(_ text: String, replacement: String = replacement) -> String {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return text }
        let result = NSMutableString(string: text)
        let matches = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for match in matches.reversed() where LearnerCode(result.substring(with: match.range)) != nil {
            result.replaceCharacters(in: match.range, with: replacement)
        }
        return result.substring(from: 0)
    }

    /// Whether `text` holds anything shaped like a learner code.
    public static func containsCodeShape(_ text: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
