/// Ends made-up sentences tidily, whether or not the author's words already end in a full stop.
public enum SentenceEnding {
    /// `sentence` with a full stop added unless it already ends in `.`, `!` or `?`.
    public static func ended(_ sentence: String) -> String {
        guard let last = sentence.last, !".!?".contains(last) else { return sentence }
        return sentence + "."
    }
}
