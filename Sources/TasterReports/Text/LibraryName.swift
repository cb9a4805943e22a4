/// The library's name for printed pages: what the volunteer typed with `--library`, else the
/// site's `TASTER_LIBRARY_NAME`, else none (taster never guesses one).
public enum LibraryName {
    /// The environment variable a site sets once, so that every volunteer's pages carry its name.
    public static let variable = "TASTER_LIBRARY_NAME"

    /// The name from `option`, else from `variables`; blank counts as none, and runs of spaces
    /// or line breaks become one space so that the name stays on the lines made for it.
    public static func chosen(option: String?, variables: [String: String]) -> String? {
        cleaned(option) ?? cleaned(variables[variable])
    }

    private static func cleaned(_ text: String?) -> String? {
        guard let text else { return nil }
        let joined = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }
}
