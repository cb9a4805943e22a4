import TasterLessons

/// One language's words as a translator writes them: a YAML file with, for every key, the English
/// it was translated from and the translation.
///
/// ```yaml
/// language: cy
/// name: Cymraeg
/// status: draft
/// note: To be reviewed by a native speaker.
/// count-rule: welsh
/// ordinals: welsh
/// mutations: welsh
/// words:
///   report.sessions.other:
///     english: "{count} sessions"
///     translation: "{count} sesiwn"
///     zero: "{count} sesiwn"
/// ```
///
/// Reading never stops at a mistake: a key with a problem is left out (so the catalogue falls back
/// to English for it) and the problem says file:line:col, for a test to show.
public struct LanguageFile: Sendable {
    /// The language's code, such as `cy`.
    public var language = ""
    /// The language's name in itself, such as `Cymraeg`.
    public var name = ""
    /// `draft` or `reviewed`.
    public var status = ""
    /// A note for readers of the file, such as who must review it.
    public var note = ""
    /// How the language picks a count form.
    public var countRule = CountRule.oneOther
    /// How the language writes ordinals.
    public var ordinals = OrdinalRule.english
    /// The initial mutations the language makes (`mutations: welsh`), so that forgiving a typo
    /// never turns one of its words into another.
    public var mutations = WordListMatch.InitialMutations.none
    /// Each key's translation (the `other` form for a counted key).
    public var texts: [WordKey: String] = [:]
    /// The extra count forms (`zero`, `two`, `few`, `many`) of each counted key's `.other` key.
    public var forms: [WordKey: [CountForm: String]] = [:]
    /// The English each key was translated from, as written in the file, and where it is written.
    public var english: [WordKey: (text: String, location: SourceLocation)] = [:]
    /// Every problem found, with its place in the file.
    public var problems: [LessonProblem] = []

    /// The fields each key may have, besides the extra count forms.
    static let entryFields: Set<String> = ["english", "translation"]
    /// The keys the top of the file may have.
    static let topFields: Set<String> = ["language", "name", "status", "note", "count-rule", "ordinals", "mutations", "words"]

    /// The keys whose texts are counted: the `.other` key of each `.one`/`.other` pair.
    public static let countedKeys: Set<WordKey> = Set(WordKey.allCases.filter { key in
        key.rawValue.hasSuffix(".other")
            && WordKey(rawValue: String(key.rawValue.dropLast(".other".count)) + ".one") != nil
    })

    /// The file's name, as problems give it.
    public var path = ""

    /// The keys whose English beside them differs from today's English (or is missing): they
    /// need translating again.
    public var staleKeys: [WordKey] {
        WordKey.allCases.filter { key in
            guard texts[key] != nil || english[key] != nil else { return false }
            return english[key]?.text != EnglishWords.table[key]
        }
    }

    /// One warning for each stale key, at its `english:` line, saying the key and both texts, so
    /// a translator sees what changed.
    public var staleProblems: [LessonProblem] {
        staleKeys.map { key in
            let now = EnglishWords.table[key] ?? ""
            guard let written = english[key] else {
                return LessonProblem(path: path, location: SourceLocation(line: 1, column: 1), severity: .warning,
                                     message: "`\(key.rawValue)` has no `english:`. Add the English it translates: \"\(now)\"")
            }
            return LessonProblem(path: path, location: written.location, severity: .warning,
                                 message: "the English of `\(key.rawValue)` has changed. The file has \"\(written.text)\"; taster now says \"\(now)\". Check the translation, then copy the new English into `english:`.")
        }
    }

    /// Reads the file `path` from `bytes`.
    public static func read(_ bytes: [UInt8], path: String) -> LanguageFile {
        var file = LanguageFile()
        file.path = path
        let (root, yamlProblems) = YAMLNode.read(bytes, path: path)
        file.problems = yamlProblems
        guard yamlProblems.isEmpty else { return file }
        guard let root else {
            file.problems.append(LessonProblem(path: path, location: SourceLocation(line: 1, column: 1),
                                               message: "the file is empty. A language file starts with `language:` and `status:`, then `words:`."))
            return file
        }
        func problem(_ location: SourceLocation, _ message: String) {
            file.problems.append(LessonProblem(path: path, location: location, message: message))
        }
        guard case .mapping(let top, _) = root else {
            problem(root.location, "a language file is a group of keys (language, name, status, words), not \(root.kindName).")
            return file
        }
        var words: [YAMLEntry] = []
        for entry in top {
            if entry.key == "words" {
                guard case .mapping(let list, _) = entry.value else {
                    problem(entry.value.location, "`words` holds one group for each key, not \(entry.value.kindName).")
                    continue
                }
                words = list
                continue
            }
            guard topFields.contains(entry.key) else {
                problem(entry.keyLocation, "\(SafeText.quote(entry.key)) is not a setting of a language file. The settings are: \(topFields.sorted().joined(separator: ", ")).")
                continue
            }
            guard case .scalar(let value, _, _) = entry.value else {
                problem(entry.value.location, "`\(entry.key)` takes a single value, not \(entry.value.kindName).")
                continue
            }
            switch entry.key {
            case "language": file.language = value
            case "name": file.name = value
            case "note": file.note = value
            case "status":
                guard value == "draft" || value == "reviewed" else {
                    problem(entry.value.location, "`status` is `draft` or `reviewed`, not \(SafeText.quote(value)).")
                    continue
                }
                file.status = value
            case "count-rule":
                guard let rule = CountRule(rawValue: value) else {
                    problem(entry.value.location, "\(SafeText.quote(value)) is not a count rule taster knows. Use one of: \(CountRule.allCases.map(\.rawValue).joined(separator: ", ")).")
                    continue
                }
                file.countRule = rule
            case "mutations":
                switch value {
                case "welsh": file.mutations = .welsh
                case "none": file.mutations = .none
                default:
                    problem(entry.value.location, "`mutations` is `welsh` or `none`, not \(SafeText.quote(value)).")
                }
            case "ordinals":
                guard let rule = OrdinalRule(rawValue: value) else {
                    problem(entry.value.location, "\(SafeText.quote(value)) is not an ordinal rule taster knows. Use one of: \(OrdinalRule.allCases.map(\.rawValue).joined(separator: ", ")).")
                    continue
                }
                file.ordinals = rule
            default: break
            }
        }
        for name in ["language", "status"] where !top.contains(where: { $0.key == name }) {
            problem(root.location, "the file has no `\(name)`. Add it at the top, such as `\(name == "language" ? "language: cy" : "status: draft")`.")
        }
        let extraForms = Set(file.countRule.forms).subtracting([.one, .other])
        for entry in words {
            file.readEntry(entry, extraForms: extraForms, path: path)
        }
        return file
    }

    /// Reads one key's group into the file's tables, or says what is wrong with it.
    private mutating func readEntry(_ entry: YAMLEntry, extraForms: Set<CountForm>, path: String) {
        func problem(_ location: SourceLocation, _ message: String) {
            problems.append(LessonProblem(path: path, location: location, message: message))
        }
        guard let key = WordKey(rawValue: entry.key), let englishText = EnglishWords.table[key] else {
            let near = KeySuggestion.nearest(to: entry.key, among: WordKey.allCases.map(\.rawValue))
            problem(entry.keyLocation, "\(SafeText.quote(entry.key)) is not a key taster uses" + (near.map { "; did you mean `\($0)`?" } ?? ". Check its spelling, or remove it if taster no longer says it."))
            return
        }
        guard case .mapping(let fields, _) = entry.value else {
            problem(entry.value.location, "the key `\(key.rawValue)` holds `english:` and `translation:`, not \(entry.value.kindName).")
            return
        }
        let wanted = Self.placeholders(in: englishText)
        var translation: String?
        var forms: [CountForm: String] = [:]
        var broken = false
        for field in fields {
            let allowed = Self.entryFields.contains(field.key)
                || (Self.countedKeys.contains(key) && CountForm(rawValue: field.key).map(extraForms.contains) == true)
            guard allowed else {
                let others = Self.countedKeys.contains(key) ? extraForms.map(\.rawValue).sorted() : []
                problem(field.keyLocation, "`\(key.rawValue)` cannot have \(SafeText.quote(field.key)); it has \((["english", "translation"] + others).map { "`\($0)`" }.joined(separator: ", ")).")
                broken = true
                continue
            }
            guard case .scalar(let text, _, let location) = field.value else {
                problem(field.value.location, "`\(field.key)` of `\(key.rawValue)` is a single text, not \(field.value.kindName).")
                broken = true
                continue
            }
            if field.key == "english" {
                english[key] = (text, location)
                continue
            }
            if field.value.isNull { continue }
            let found = Self.placeholders(in: text)
            if found != wanted {
                let missing = wanted.subtracting(found).sorted().map { "{\($0)}" }
                let extra = found.subtracting(wanted).sorted().map { "{\($0)}" }
                var parts: [String] = []
                if !missing.isEmpty { parts.append("is missing \(missing.joined(separator: ", "))") }
                if !extra.isEmpty { parts.append("has \(extra.joined(separator: ", ")), which the English does not") }
                problem(location, "the `\(field.key)` of `\(key.rawValue)` \(parts.joined(separator: " and ")). Use the same {names} as the English; taster fills them in.")
                broken = true
                continue
            }
            if let form = CountForm(rawValue: field.key) { forms[form] = text } else { translation = text }
        }
        guard !broken, let translation else { return }
        texts[key] = translation
        if !forms.isEmpty { self.forms[key] = forms }
    }

    /// The `{name}` placeholders in `text`.
    static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
