import Foundation

/// Finds string literals in Swift sources that look like words a person reads: a phrase of two
/// words or more, or one capitalised word standing alone (a heading such as "Lessons"). Text a
/// person reads belongs in the catalogue; what is left in code is markup, escape sequences,
/// file names and the names of settings and variables.
struct SourceSentenceScan {
    /// One literal found, where it was.
    struct Finding: CustomStringConvertible {
        var file: String
        var line: Int
        var literal: String
        var description: String { "\(file):\(line): \"\(literal)\"" }
    }

    /// The repository's root, found from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `.swift` file under `folder` (relative to the root), skipping the folders in `excluding`.
    static func files(under folder: String, excluding: [String] = []) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
            .map { folder + "/" + $0 }
            .filter { path in !excluding.contains { path.hasPrefix($0 + "/") } }
            .sorted()
    }

    /// The literals in `file` that read as words for a person.
    static func findings(in file: String) throws -> [Finding] {
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        var found: [Finding] = []
        var inBlock = false
        var skippingBlock = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            let code = line.trimmingCharacters(in: .whitespaces)
            if inBlock {
                if code.hasPrefix("\"\"\"") || code.hasSuffix("\"\"\"") || code.contains("\"\"\"") {
                    inBlock = false
                    continue
                }
                if !skippingBlock, looksLikeWords(code) { found.append(Finding(file: file, line: index + 1, literal: code)) }
                continue
            }
            if code.hasPrefix("//") { continue }
            if code.hasSuffix("\"\"\"") && code.components(separatedBy: "\"\"\"").count == 2 {
                inBlock = true
                // A command's discussion is its --help text, which stays beside its declaration.
                skippingBlock = isHelpDeclaration(code)
                continue
            }
            if isHelpDeclaration(code) { continue }
            for literal in literals(in: code) where looksLikeWords(literal) {
                found.append(Finding(file: file, line: index + 1, literal: literal))
            }
        }
        return found
    }

    /// `--help` text, which swift-argument-parser takes from the declarations themselves, and
    /// the usage mistakes its `validate()` reports, which it prints with its own usage text.
    static func isHelpDeclaration(_ code: String) -> Bool {
        ["help:", "abstract:", "discussion:", "ArgumentHelp(", "CommandGroup(name:", "ValidationError("].contains { code.contains($0) }
    }

    /// The string literals on one line of code, with interpolations taken out and an end-of-line
    /// comment left off.
    static func literals(in code: String) -> [String] {
        var literals: [String] = []
        var current = ""
        var inString = false
        var depth = 0
        var characters = Array(code)[...]
        var previous: Character = " "
        var opener: Character = " "
        while let character = characters.popFirst() {
            if !inString {
                if character == "/", characters.first == "/" { break }
                if character == "\"" { inString = true; current = ""; opener = previous }
                previous = character
                continue
            }
            if depth > 0 {
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1; if depth == 0 { current += " " } }
                continue
            }
            if character == "\\" {
                let next = characters.popFirst()
                if next == "(" { depth = 1 } else if next == "u" {
                    // \u{...}: an escape, not a word.
                    while let skipped = characters.popFirst(), skipped != "}" {}
                }
                continue
            }
            if character == "\"" {
                inString = false
                previous = character
                // A literal subscript, such as variables["TASTER_STORE"], names a key and is never shown.
                if opener == "[" && characters.first == "]" { continue }
                literals.append(current)
                continue
            }

            current.append(character)
        }
        return literals
    }

    /// Two words of letters with a space between, or one capitalised word of three letters or
    /// more. HTML tags are taken out first (what is between them is still read), and a line of
    /// CSS (braces, or a property and a semicolon) is not words.
    static func looksLikeWords(_ rawLiteral: String) -> Bool {
        if rawLiteral.contains("{") || rawLiteral.contains("}") || rawLiteral.contains(#/^\s*-?[a-z-]+: [^;]+;/#) { return false }

        let literal = rawLiteral.replacing(#/<[^>]*>?/#, with: " ")
        let words = literal.split { !$0.isLetter && $0 != "'" }.filter { $0.count >= 2 }

        let spaced = literal.split(separator: " ").filter { part in part.contains { $0.isLetter } }
        if words.count >= 2 && spaced.count >= 2 { return true }
        let whole = literal.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))

        return whole.count >= 3 && whole.allSatisfy(\.isLetter) && whole.first!.isUppercase
    }
}
