/// Language tags as lessons and translations write them: `en-GB`, `cy`, `pl`.
public enum LanguageTag {
    /// Whether `text` is a tag such as `cy` or `en-GB`: two or three small letters, then
    /// optionally a hyphen and a two-letter region in capitals.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ ("a"..."z").contains($0) }) else { return false }
        return parts.count == 1 || (parts.count == 2 && parts[1].count == 2 && parts[1].allSatisfy { ("A"..."Z").contains($0) })
    }

    /// The language part of a tag, in small letters: `cy` for `cy-GB`.
    public static func primary(of tag: String) -> String {
        String(tag.split(separator: "-").first ?? Substring(tag)).lowercased()
    }

    /// A suggested spelling for a tag written with the wrong case, such as `cy` for `CY`.
    public static func fixed(_ tag: String) -> String {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        var fixed = parts.first.map { $0.lowercased() } ?? "en"
        if parts.count > 1 { fixed += "-" + parts[1].uppercased() }
        return fixed
    }
}
