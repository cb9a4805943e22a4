/// The regular expressions authors write to accept free-text answers.
public enum AnswerPattern {
    /// Why `pattern` cannot be used, in words for the author, or nil when it is a valid pattern.
    public static func problem(with pattern: String) -> String? {
        do {
            _ = try Regex(pattern)
            return nil
        } catch {
            return "The pattern \"\(pattern)\" is not a valid regular expression (\(error)). Check its brackets and backslashes."
        }
    }

    /// Whether `pattern` matches all of `text`, ignoring case. An invalid pattern matches nothing.
    public static func matchesWhole(_ text: String, pattern: String) -> Bool {
        guard let regex = try? Regex(pattern).ignoresCase() else { return false }
        return (try? regex.wholeMatch(in: text)) != nil
    }
}
