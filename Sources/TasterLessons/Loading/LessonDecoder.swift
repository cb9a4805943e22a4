import Foundation

/// Turns a lesson file's YAML into a `Lesson`, reporting every problem in the file at once.
struct LessonDecoder {
    /// The keys a lesson may have at the top.
    static let lessonKeys = ["id", "title", "summary", "area", "minutes", "language", "reviewed", "requires", "sources", "steps", "tests"]
    /// The keys every step may have.
    static let commonStepKeys = ["kind", "id", "text", "screen", "note", "hints", "explain", "solution", "source", "safety"]
    /// The extra keys each kind of step may have.
    static let kindKeys: [String: [String]] = [
        "say": [], "choice": ["options", "pick"], "answer": ["accept", "patterns", "wrong", "typos"],
        "number": ["value", "tolerance", "unit", "wrong"], "type": ["target"],
        "secret": ["min_length", "min_words"], "order": ["items"],
    ]

    private var reader: NodeReader

    /// The keys a step of this kind may have: a `say` step asks nothing, so it has no hints,
    /// explanation or solution.
    static func keys(forKind kind: String, extraKeys: [String]) -> [String] {
        kind == "say" ? commonStepKeys.filter { !["hints", "explain", "solution"].contains($0) } : commonStepKeys + extraKeys
    }

    /// Creates a decoder for one file.
    init(path: String) {
        reader = NodeReader(path: path)
    }

    /// Every problem found.
    var problems: [LessonProblem] { reader.problems }

    /// Decodes a lesson; nil when a required part is missing or wrong.
    mutating func decodeLesson(_ root: YAMLNode?, contentVersion: String) -> Lesson? {
        guard let root else {
            reader.report(.start, "the file is empty. A lesson needs at least `id`, `title`, `summary`, `area`, `minutes`, `reviewed` and `steps`.")
            return nil
        }
        guard let entries = reader.entries(root, "a lesson file") else { return nil }
        let here = root.location
        reader.checkKeys(entries, allowed: Self.lessonKeys, in: "the lesson")
        let id = slug(entries, "id", required: true, in: "the lesson", at: here)
        let title = reader.text(entries, "title", required: true, in: "the lesson", at: here, maxLength: 80, example: "Reading a web address")
        let summary = reader.text(entries, "summary", required: true, in: "the lesson", at: here, maxLength: 200, example: "Read the parts of a web address")
        let area = areaValue(entries, at: here)
        let minutes = reader.integer(entries, "minutes", range: 1...120, required: true, in: "the lesson", at: here)
        let language = languageValue(entries)
        let reviewed = dateValue(entries, "reviewed", at: here)
        var prerequisites: [String] = []
        if let requires = entries.first(where: { $0.key == "requires" }) {
            prerequisites = reader.textList(requires.value, named: "requires", maxLength: 60)
        }
        var sources: [LessonSource] = []
        if let sourcesEntry = entries.first(where: { $0.key == "sources" }), !sourcesEntry.value.isNull,
           let items = reader.list(sourcesEntry.value, named: "sources") {
            sources = items.compactMap { decodeSource($0) }
        }
        var steps: [Step] = []
        if let stepsEntry = entries.first(where: { $0.key == "steps" }), !stepsEntry.value.isNull {
            if let items = reader.list(stepsEntry.value, named: "steps") {
                if items.isEmpty || items.count > 100 {
                    reader.report(stepsEntry.value.location, "a lesson needs from 1 to 100 steps; this one has \(items.count).")
                }
                steps = items.prefix(100).compactMap { decodeStep($0) }
            }
        } else {
            reader.report(here, "the lesson has no `steps`. Add `steps:` followed by a list of steps, each starting `- kind: say`.")
        }
        var tests: [LessonTest] = []
        if let testsEntry = entries.first(where: { $0.key == "tests" }) {
            tests = decodeTests(testsEntry.value)
        }
        guard let id, let title, let summary, let area, let minutes, let reviewed, !steps.isEmpty,
              problems.allSatisfy({ $0.severity != .error }) else { return nil }
        return Lesson(
            id: id, title: title, summary: summary, area: area, minutes: minutes, language: language,
            reviewed: reviewed, prerequisites: prerequisites, sources: sources, steps: steps, tests: tests,
            contentVersion: contentVersion, sourcePath: reader.path)
    }

    /// Decodes the `tests:` of a lesson or the top of a sidecar file.
    mutating func decodeTests(_ node: YAMLNode) -> [LessonTest] {
        guard let items = reader.list(node, named: "tests") else { return [] }
        return items.compactMap { item in
            guard let entries = reader.entries(item, "a test") else { return nil }
            reader.checkKeys(entries, allowed: ["name", "from", "play"], in: "a test")
            let name = reader.text(entries, "name", required: true, in: "this test", at: item.location, maxLength: 200, example: "a wrong answer, then a hint") ?? "test"
            let from = reader.text(entries, "from", required: false, in: "this test", at: item.location, maxLength: 60)
            var exchanges: [TestExchange] = []
            if let play = entries.first(where: { $0.key == "play" }), let lines = reader.list(play.value, named: "play") {
                exchanges = lines.compactMap { decodeExchange($0) }
            } else {
                reader.report(item.location, "this test has no `play`. Add `play:` with lines such as `- input: \"2\"` and `expect: incorrect`.")
            }
            return LessonTest(name: name, from: from, exchanges: exchanges, sourcePath: reader.path, location: item.location)
        }
    }

    private mutating func decodeExchange(_ node: YAMLNode) -> TestExchange? {
        guard let entries = reader.entries(node, "a line of a test") else { return nil }
        reader.checkKeys(entries, allowed: ["input", "expect", "shows"], in: "a line of a test")
        let input = reader.text(entries, "input", required: true, in: "this line of the test", at: node.location, maxLength: 10_000, example: "\"2\"") ?? ""
        var expect: TestExpectation?
        if let word = reader.text(entries, "expect", required: false, in: "this line", at: node.location, maxLength: 40) {
            expect = TestExpectation(rawValue: word.lowercased())
            if expect == nil {
                reader.report(entries.first { $0.key == "expect" }!.value.location,
                              "`expect` should be one of " + TestExpectation.allCases.map(\.rawValue).joined(separator: ", ") + ", not \(SafeText.quote(word)).")
            }
        }
        let shows = entries.first { $0.key == "shows" }.map { reader.textList($0.value, named: "shows") } ?? []
        return TestExchange(input: input, expect: expect, shows: shows, location: node.location)
    }

    private mutating func decodeStep(_ node: YAMLNode) -> Step? {
        guard let entries = reader.entries(node, "a step") else { return nil }
        let here = node.location
        guard let kindName = reader.text(entries, "kind", required: true, in: "this step", at: here, maxLength: 20, example: "say") else {
            return nil
        }
        guard let extraKeys = Self.kindKeys[kindName] else {
            let location = entries.first { $0.key == "kind" }!.value.location
            var message = "`kind` should be one of " + StepKind.names.joined(separator: ", ") + ", not \(SafeText.quote(kindName))"
            if let nearest = KeySuggestion.nearest(to: kindName, among: StepKind.names) { message += "; did you mean `\(nearest)`?" } else { message += "." }
            reader.report(location, message)
            return nil
        }
        let allowed = Self.keys(forKind: kindName, extraKeys: extraKeys)
        let otherKindKeys = Set(Self.commonStepKeys + Self.kindKeys.values.flatMap { $0 }).subtracting(allowed)
        for entry in entries where otherKindKeys.contains(entry.key) {
            let owners = Self.kindKeys.filter { $0.value.contains(entry.key) }.keys.sorted()
            let usedBy = owners.isEmpty ? "questions" : owners.map { "`\($0)`" }.joined(separator: " and ") + " steps"
            reader.report(entry.keyLocation, "a `\(kindName)` step does not use `\(entry.key)`; it is for \(usedBy). Remove it, or change the step's `kind`.")
        }
        reader.checkKeys(entries.filter { !otherKindKeys.contains($0.key) }, allowed: allowed, in: "a `\(kindName)` step")
        let id = slug(entries, "id", required: false, in: "this step", at: here)
        let text = reader.text(entries, "text", required: true, in: "this step", at: here, example: "What you want the learner to read")
        let note = reader.text(entries, "note", required: false, in: "this step", at: here)
        let hints = entries.first { $0.key == "hints" }.map { reader.textList($0.value, named: "hints") } ?? []
        let explain = reader.text(entries, "explain", required: false, in: "this step", at: here)
        let solution = reader.text(entries, "solution", required: false, in: "this step", at: here)
        let screen = reader.text(entries, "screen", required: false, in: "this step", at: here, maxLength: 5_000)
        let source = slug(entries, "source", required: false, in: "this step", at: here)
        var isSafetyPoint = false
        if let safetyNode = entries.first(where: { $0.key == "safety" && !$0.value.isNull })?.value {
            isSafetyPoint = reader.boolean(safetyNode, named: "safety") ?? false
        }
        guard let kind = decodeKind(kindName, entries, at: here), let text else { return nil }
        return Step(id: id, text: text, note: note, hints: hints, explain: explain, solution: solution,
                    screen: screen, source: source, isSafetyPoint: isSafetyPoint, kind: kind, location: here)
    }

    private mutating func decodeKind(_ name: String, _ entries: [YAMLEntry], at here: SourceLocation) -> StepKind? {
        func value(_ key: String) -> YAMLNode? {
            entries.first { $0.key == key && !$0.value.isNull }?.value
        }
        switch name {
        case "say":
            return .say
        case "choice":
            guard let optionsNode = value("options") else {
                reader.report(here, "a choice step needs `options`: a list of answers, each with `text` and, for the right ones, `correct: true`.")
                return nil
            }
            guard let items = reader.list(optionsNode, named: "options") else { return nil }
            if !(2...9).contains(items.count) {
                reader.report(optionsNode.location, "a choice step needs from 2 to 9 options; this one has \(items.count).")
            }
            let options = items.compactMap { decodeOption($0) }
            var pick = ChoiceQuestion.Pick.all
            if let pickNode = value("pick"), let word = reader.scalarText(pickNode, named: "pick") {
                if let chosen = ChoiceQuestion.Pick(rawValue: word) { pick = chosen } else {
                    reader.report(pickNode.location, "`pick` should be `all` or `any`, not \(SafeText.quote(word)).")
                }
            }
            return options.count == items.count ? .choice(ChoiceQuestion(options: options, pick: pick)) : nil
        case "answer":
            let accept = value("accept").map { reader.textList($0, named: "accept", maxLength: 500) } ?? []
            let patterns = value("patterns").map { reader.textList($0, named: "patterns", maxLength: 500) } ?? []
            var wrong: [KnownWrongAnswer] = []
            if let wrongNode = value("wrong"), let items = reader.list(wrongNode, named: "wrong") {
                for item in items {
                    guard let fields = reader.entries(item, "a wrong answer") else { continue }
                    reader.checkKeys(fields, allowed: ["answer", "feedback"], in: "a wrong answer")
                    let answer = reader.text(fields, "answer", required: true, in: "this wrong answer", at: item.location, maxLength: 500)
                    let feedback = reader.text(fields, "feedback", required: true, in: "this wrong answer", at: item.location, example: "Not quite: ...")
                    if let answer, let feedback { wrong.append(KnownWrongAnswer(answer: answer, feedback: feedback, location: item.location)) }
                }
            }
            var typos = true
            if let typosNode = value("typos") { typos = reader.boolean(typosNode, named: "typos") ?? true }
            let location = entries.first { $0.key == "accept" }?.value.location ?? here
            return .answer(TextQuestion(accept: accept, patterns: patterns, wrong: wrong, forgiveTypos: typos, location: location))
        case "number":
            guard let valueNode = value("value") else {
                reader.report(here, "a number step needs `value`: the right answer, such as `value: 1234.50`.")
                return nil
            }
            let number = reader.decimal(valueNode, named: "value")
            var tolerance = 0.0
            if let toleranceNode = value("tolerance"), let given = reader.decimal(toleranceNode, named: "tolerance") {
                if given < 0 { reader.report(toleranceNode.location, "`tolerance` cannot be negative.") }
                tolerance = abs(given)
            }
            var unit = NumberUnit.plain
            if let unitNode = value("unit"), let word = reader.scalarText(unitNode, named: "unit") {
                if let chosen = NumberUnit(rawValue: word) { unit = chosen } else {
                    reader.report(unitNode.location, "`unit` should be one of pounds, percent, plain, not \(SafeText.quote(word)).")
                }
            }
            var wrong: [KnownWrongNumber] = []
            if let wrongNode = value("wrong"), let items = reader.list(wrongNode, named: "wrong") {
                for item in items {
                    guard let fields = reader.entries(item, "a wrong number") else { continue }
                    reader.checkKeys(fields, allowed: ["value", "feedback"], in: "a wrong number")
                    let wrongValue = fields.first { $0.key == "value" }.flatMap { reader.decimal($0.value, named: "value") }
                    if fields.first(where: { $0.key == "value" }) == nil {
                        reader.report(item.location, "this wrong number has no `value`.")
                    }
                    let feedback = reader.text(fields, "feedback", required: true, in: "this wrong number", at: item.location, example: "That's the monthly figure; we asked for the year.")
                    if let wrongValue, let feedback { wrong.append(KnownWrongNumber(value: wrongValue, feedback: feedback, location: item.location)) }
                }
            }
            return number.map { .number(NumberQuestion(value: $0, tolerance: tolerance, wrong: wrong, unit: unit)) }
        case "type":
            guard let target = reader.text(entries, "target", required: true, in: "a type step", at: here, maxLength: 500, example: "www.example.org") else { return nil }
            if target.trimmingCharacters(in: .whitespaces).isEmpty {
                reader.report(here, "`target` is empty: write the exact text the learner should type.")
                return nil
            }
            return .type(TypingDrill(target: target))
        case "secret":
            let minLength = reader.integer(entries, "min_length", range: 4...64, required: false, in: "this step", at: here) ?? 12
            let minWords = reader.integer(entries, "min_words", range: 1...8, required: false, in: "this step", at: here) ?? 3
            return .secret(SecretPractice(minLength: minLength, minWords: minWords))
        case "order":
            guard let itemsNode = value("items") else {
                reader.report(here, "an order step needs `items`: the things to put in order, written in the RIGHT order.")
                return nil
            }
            let items = reader.textList(itemsNode, named: "items", maxLength: 500)
            if !(2...9).contains(items.count) {
                reader.report(itemsNode.location, "an order step needs from 2 to 9 items; this one has \(items.count).")
                return nil
            }
            return .order(OrderQuestion(items: items))
        default:
            return nil
        }
    }

    private mutating func decodeSource(_ node: YAMLNode) -> LessonSource? {
        guard let entries = reader.entries(node, "a source") else { return nil }
        reader.checkKeys(entries, allowed: ["id", "title", "address", "checked"], in: "a source")
        let here = node.location
        let id = slug(entries, "id", required: true, in: "this source", at: here)
        let title = reader.text(entries, "title", required: true, in: "this source", at: here, maxLength: 200, example: "Overdrafts (FCA)")
        let address = reader.text(entries, "address", required: true, in: "this source", at: here, maxLength: 500, example: "https://www.fca.org.uk")
        let checked = dateValue(entries, "checked", in: "this source", at: here)
        if let address, !address.lowercased().hasPrefix("https://") || address.contains(" ") {
            let location = entries.first { $0.key == "address" }!.value.location
            reader.report(location, "a source's `address` should be a whole https:// address with no spaces, such as https://www.gov.uk, not \(SafeText.quote(address)).")
            return nil
        }
        guard let id, let title, let address, let checked else { return nil }
        return LessonSource(id: id, title: title, address: address, checked: checked, location: here)
    }

    private mutating func decodeOption(_ node: YAMLNode) -> ChoiceOption? {
        if case .scalar = node {
            reader.report(node.location, "each option should have `text:` (and `correct: true` for the right ones, `feedback:` to explain), for example `- text: The connection is private.`")
            return nil
        }
        guard let entries = reader.entries(node, "an option") else { return nil }
        reader.checkKeys(entries, allowed: ["text", "correct", "feedback"], in: "an option")
        let text = reader.text(entries, "text", required: true, in: "this option", at: node.location, maxLength: 500)
        var correct = false
        if let correctNode = entries.first(where: { $0.key == "correct" })?.value {
            correct = reader.boolean(correctNode, named: "correct") ?? false
        }
        let feedback = reader.text(entries, "feedback", required: false, in: "this option", at: node.location)
        return text.map { ChoiceOption(text: $0, correct: correct, feedback: feedback, location: node.location) }
    }

    private mutating func slug(_ entries: [YAMLEntry], _ key: String, required: Bool, in what: String, at here: SourceLocation) -> String? {
        guard let value = reader.text(entries, key, required: required, in: what, at: here, maxLength: 200, example: "reading-web-addresses") else { return nil }
        guard Slug.isValid(value) else {
            let location = entries.first { $0.key == key }!.value.location
            reader.report(location, "`\(key)` \(SafeText.quote(value)) should be a short name of lower-case letters, digits and single hyphens (at most 60), such as `reading-web-addresses`.")
            return nil
        }
        return value
    }

    private mutating func areaValue(_ entries: [YAMLEntry], at here: SourceLocation) -> SkillsArea? {
        guard let word = reader.text(entries, "area", required: true, in: "the lesson", at: here, maxLength: 40, example: "being-safe") else { return nil }
        guard let area = SkillsArea(rawValue: word) else {
            let location = entries.first { $0.key == "area" }!.value.location
            reader.report(location, "`area` should be one of " + SkillsArea.allCases.map(\.rawValue).joined(separator: ", ") + ", not \(SafeText.quote(word)).")
            return nil
        }
        return area
    }

    private mutating func dateValue(_ entries: [YAMLEntry], _ key: String, in what: String = "the lesson", at here: SourceLocation) -> CalendarDate? {
        guard let text = reader.text(entries, key, required: true, in: what, at: here, maxLength: 40, example: "2026-11-30") else { return nil }
        guard let date = CalendarDate(parsing: text.trimmingCharacters(in: .whitespaces)) else {
            let location = entries.first { $0.key == key }!.value.location
            if let problem = CalendarDate.impossibleDayProblem(text.trimmingCharacters(in: .whitespaces)) {
                reader.report(location, "`\(key)` \(SafeText.quote(text)) is written the right way, but \(problem). Check the day and the month.")
            } else {
                reader.report(location, "`\(key)` should be a date written YYYY-MM-DD, such as 2026-11-30, not \(SafeText.quote(text)).")
            }
            return nil
        }
        return date
    }

    /// The lesson's `language`: a tag such as `en-GB` or `cy` (small letters, then capitals).
    private mutating func languageValue(_ entries: [YAMLEntry]) -> String {
        guard let entry = entries.first(where: { $0.key == "language" }), !entry.value.isNull,
              let tag = reader.scalarText(entry.value, named: "language", maxLength: 20) else { return "en-GB" }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        let languageOK = parts.first.map { (2...3).contains($0.count) && $0.allSatisfy { ("a"..."z").contains($0) } } ?? false
        let regionOK = parts.count == 1 || (parts.count == 2 && parts[1].count == 2 && parts[1].allSatisfy { ("A"..."Z").contains($0) })
        guard languageOK, regionOK else {
            var fixed = parts.first.map { $0.lowercased() } ?? "en"
            if parts.count > 1 { fixed += "-" + parts[1].uppercased() }
            reader.report(entry.value.location, "`language` should be a tag such as `en-GB` (small letters, a hyphen, then capitals), not \(SafeText.quote(tag)). Did you mean `\(fixed)`?")
            return "en-GB"
        }
        return tag
    }
}
