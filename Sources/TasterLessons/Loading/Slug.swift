/// The rule for lesson and step ids: lower-case letters, digits and single hyphens.
public enum Slug {
    /// Whether `text` is a valid id (at most 60 characters), so it is safe in file names and commands.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 60, text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
