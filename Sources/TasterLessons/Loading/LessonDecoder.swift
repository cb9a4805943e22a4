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
            reader.report(.start, ProblemFact(.lessonFileEmpty))
            return nil
        }
        guard let entries = reader.entries(root, ProblemFact(.placeALessonFile)) else { return nil }
        let here = root.location
        reader.checkKeys(entries, allowed: Self.lessonKeys, in: ProblemFact(.placeTheLesson))
        let id = slug(entries, "id", required: true, in: ProblemFact(.placeTheLesson), at: here)
        let title = reader.text(entries, "title", required: true, in: ProblemFact(.placeTheLesson), at: here, maxLength: 80, example: "Reading a web address")
        let summary = reader.text(entries, "summary", required: true, in: ProblemFact(.placeTheLesson), at: here, maxLength: 200, example: "Read the parts of a web address")
        let area = areaValue(entries, at: here)
        let minutes = reader.integer(entries, "minutes", range: 1...120, required: true, in: ProblemFact(.placeTheLesson), at: here)
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
                    reader.report(stepsEntry.value.location, ProblemFact(.stepCount, ["count": "\(items.count)"]))
                }
                steps = items.prefix(100).compactMap { decodeStep($0) }
            }
        } else {
            reader.report(here, ProblemFact(.noSteps))
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
            guard let entries = reader.entries(item, ProblemFact(.placeATest)) else { return nil }
            reader.checkKeys(entries, allowed: ["name", "from", "play"], in: ProblemFact(.placeATest))
            let name = reader.text(entries, "name", required: true, in: ProblemFact(.placeThisTest), at: item.location, maxLength: 200, example: "a wrong answer, then a hint") ?? "test"
            let from = reader.text(entries, "from", required: false, in: ProblemFact(.placeThisTest), at: item.location, maxLength: 60)
            var exchanges: [TestExchange] = []
            if let play = entries.first(where: { $0.key == "play" }), let lines = reader.list(play.value, named: "play") {
                exchanges = lines.compactMap { decodeExchange($0) }
            } else {
                reader.report(item.location, ProblemFact(.testNoPlay))
            }
            return LessonTest(name: name, from: from, exchanges: exchanges, sourcePath: reader.path, location: item.location)
        }
    }

    private mutating func decodeExchange(_ node: YAMLNode) -> TestExchange? {
        guard let entries = reader.entries(node, ProblemFact(.placeALineOfATest)) else { return nil }
        reader.checkKeys(entries, allowed: ["input", "expect", "shows"], in: ProblemFact(.placeALineOfATest))
        let input = reader.text(entries, "input", required: true, in: ProblemFact(.placeThisLineOfTheTest), at: node.location, maxLength: 10_000, example: "\"2\"") ?? ""
        var expect: TestExpectation?
        if let word = reader.text(entries, "expect", required: false, in: ProblemFact(.placeThisLine), at: node.location, maxLength: 40) {
            expect = TestExpectation(rawValue: word.lowercased())
            if expect == nil {
                reader.report(entries.first { $0.key == "expect" }!.value.location,
                              ProblemFact(.unknownExpect, ["allowed": .text(TestExpectation.allCases.map(\.rawValue).joined(separator: ", ")), "value": .text(SafeText.quote(word))]))
            }
        }
        let shows = entries.first { $0.key == "shows" }.map { reader.textList($0.value, named: "shows") } ?? []
        return TestExchange(input: input, expect: expect, shows: shows, location: node.location)
    }

    private mutating func decodeStep(_ node: YAMLNode) -> Step? {
        guard let entries = reader.entries(node, ProblemFact(.placeAStep)) else { return nil }
        let here = node.location
        guard let kindName = reader.text(entries, "kind", required: true, in: ProblemFact(.placeThisStep), at: here, maxLength: 20, example: "say") else {
            return nil
        }
        guard let extraKeys = Self.kindKeys[kindName] else {
            let location = entries.first { $0.key == "kind" }!.value.location
            let values: [String: ProblemValue] = ["allowed": .text(StepKind.names.joined(separator: ", ")), "value": .text(SafeText.quote(kindName))]
            if let nearest = KeySuggestion.nearest(to: kindName, among: StepKind.names) {
                reader.report(location, ProblemFact(.unknownKindSuggest, values.merging(["suggestion": .text(nearest)]) { $1 }))
            } else {
                reader.report(location, ProblemFact(.unknownKind, values))
            }
            return nil
        }
        let allowed = Self.keys(forKind: kindName, extraKeys: extraKeys)
        let otherKindKeys = Set(Self.commonStepKeys + Self.kindKeys.values.flatMap { $0 }).subtracting(allowed)
        for entry in entries where otherKindKeys.contains(entry.key) {
            let owners = Self.kindKeys.filter { $0.value.contains(entry.key) }.keys.sorted()
            let kinds = owners.map { ProblemValue.text("`\($0)`") }.reduce(nil as ProblemValue?) { list, kind in
                list.map { .phrase(.listAnd, ["first": $0, "second": kind]) } ?? kind
            }
            let usedBy: ProblemValue = kinds.map { .phrase(.usedBySteps, ["kinds": $0]) } ?? .phrase(.usedByQuestions)
            reader.report(entry.keyLocation, ProblemFact(.keyOfOtherKind, ["kind": .text(kindName), "key": .text(entry.key), "usedBy": usedBy]))
        }
        reader.checkKeys(entries.filter { !otherKindKeys.contains($0.key) }, allowed: allowed, in: ProblemFact(.placeKindStep, ["kind": .text(kindName)]))
        let id = slug(entries, "id", required: false, in: ProblemFact(.placeThisStep), at: here)
        let text = reader.text(entries, "text", required: true, in: ProblemFact(.placeThisStep), at: here, example: "What you want the learner to read")
        let note = reader.text(entries, "note", required: false, in: ProblemFact(.placeThisStep), at: here)
        let hints = entries.first { $0.key == "hints" }.map { reader.textList($0.value, named: "hints") } ?? []
        let explain = reader.text(entries, "explain", required: false, in: ProblemFact(.placeThisStep), at: here)
        let solution = reader.text(entries, "solution", required: false, in: ProblemFact(.placeThisStep), at: here)
        let screen = reader.text(entries, "screen", required: false, in: ProblemFact(.placeThisStep), at: here, maxLength: 5_000)
        let source = slug(entries, "source", required: false, in: ProblemFact(.placeThisStep), at: here)
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
                reader.report(here, ProblemFact(.choiceNoOptions))
                return nil
            }
            guard let items = reader.list(optionsNode, named: "options") else { return nil }
            if !(2...9).contains(items.count) {
                reader.report(optionsNode.location, ProblemFact(.optionCount, ["count": "\(items.count)"]))
            }
            let options = items.compactMap { decodeOption($0) }
            var pick = ChoiceQuestion.Pick.all
            if let pickNode = value("pick"), let word = reader.scalarText(pickNode, named: "pick") {
                if let chosen = ChoiceQuestion.Pick(rawValue: word) { pick = chosen } else {
                    reader.report(pickNode.location, ProblemFact(.unknownPick, ["value": .text(SafeText.quote(word))]))
                }
            }
            return options.count == items.count ? .choice(ChoiceQuestion(options: options, pick: pick)) : nil
        case "answer":
            let accept = value("accept").map { reader.textList($0, named: "accept", maxLength: 500) } ?? []
            let patterns = value("patterns").map { reader.textList($0, named: "patterns", maxLength: 500) } ?? []
            var wrong: [KnownWrongAnswer] = []
            if let wrongNode = value("wrong"), let items = reader.list(wrongNode, named: "wrong") {
                for item in items {
                    guard let fields = reader.entries(item, ProblemFact(.placeAWrongAnswer)) else { continue }
                    reader.checkKeys(fields, allowed: ["answer", "feedback"], in: ProblemFact(.placeAWrongAnswer))
                    let answer = reader.text(fields, "answer", required: true, in: ProblemFact(.placeThisWrongAnswer), at: item.location, maxLength: 500)
                    let feedback = reader.text(fields, "feedback", required: true, in: ProblemFact(.placeThisWrongAnswer), at: item.location, example: "Not quite: ...")
                    if let answer, let feedback { wrong.append(KnownWrongAnswer(answer: answer, feedback: feedback, location: item.location)) }
                }
            }
            var typos = true
            if let typosNode = value("typos") { typos = reader.boolean(typosNode, named: "typos") ?? true }
            let location = entries.first { $0.key == "accept" }?.value.location ?? here
            return .answer(TextQuestion(accept: accept, patterns: patterns, wrong: wrong, forgiveTypos: typos, location: location))
        case "number":
            guard let valueNode = value("value") else {
                reader.report(here, ProblemFact(.numberNoValue))
                return nil
            }
            let number = reader.decimal(valueNode, named: "value")
            var tolerance = 0.0
            if let toleranceNode = value("tolerance"), let given = reader.decimal(toleranceNode, named: "tolerance") {
                if given < 0 { reader.report(toleranceNode.location, ProblemFact(.negativeTolerance)) }
                tolerance = abs(given)
            }
            var unit = NumberUnit.plain
            if let unitNode = value("unit"), let word = reader.scalarText(unitNode, named: "unit") {
                if let chosen = NumberUnit(rawValue: word) { unit = chosen } else {
                    reader.report(unitNode.location, ProblemFact(.unknownUnit, ["value": .text(SafeText.quote(word))]))
                }
            }
            var wrong: [KnownWrongNumber] = []
            if let wrongNode = value("wrong"), let items = reader.list(wrongNode, named: "wrong") {
                for item in items {
                    guard let fields = reader.entries(item, ProblemFact(.placeAWrongNumber)) else { continue }
                    reader.checkKeys(fields, allowed: ["value", "feedback"], in: ProblemFact(.placeAWrongNumber))
                    let wrongValue = fields.first { $0.key == "value" }.flatMap { reader.decimal($0.value, named: "value") }
                    if fields.first(where: { $0.key == "value" }) == nil {
                        reader.report(item.location, ProblemFact(.wrongNumberNoValue))
                    }
                    let feedback = reader.text(fields, "feedback", required: true, in: ProblemFact(.placeThisWrongNumber), at: item.location, example: "That's the monthly figure; we asked for the year.")
                    if let wrongValue, let feedback { wrong.append(KnownWrongNumber(value: wrongValue, feedback: feedback, location: item.location)) }
                }
            }
            return number.map { .number(NumberQuestion(value: $0, tolerance: tolerance, wrong: wrong, unit: unit)) }
        case "type":
            guard let target = reader.text(entries, "target", required: true, in: ProblemFact(.placeATypeStep), at: here, maxLength: 500, example: "www.example.org") else { return nil }
            if target.trimmingCharacters(in: .whitespaces).isEmpty {
                reader.report(here, ProblemFact(.emptyTarget))
                return nil
            }
            return .type(TypingDrill(target: target))
        case "secret":
            let minLength = reader.integer(entries, "min_length", range: 4...64, required: false, in: ProblemFact(.placeThisStep), at: here) ?? 12
            let minWords = reader.integer(entries, "min_words", range: 1...8, required: false, in: ProblemFact(.placeThisStep), at: here) ?? 3
            return .secret(SecretPractice(minLength: minLength, minWords: minWords))
        case "order":
            guard let itemsNode = value("items") else {
                reader.report(here, ProblemFact(.orderNoItems))
                return nil
            }
            let items = reader.textList(itemsNode, named: "items", maxLength: 500)
            if !(2...9).contains(items.count) {
                reader.report(itemsNode.location, ProblemFact(.itemCount, ["count": "\(items.count)"]))
                return nil
            }
            return .order(OrderQuestion(items: items))
        default:
            return nil
        }
    }

    private mutating func decodeSource(_ node: YAMLNode) -> LessonSource? {
        guard let entries = reader.entries(node, ProblemFact(.placeASource)) else { return nil }
        reader.checkKeys(entries, allowed: ["id", "title", "address", "checked"], in: ProblemFact(.placeASource))
        let here = node.location
        let id = slug(entries, "id", required: true, in: ProblemFact(.placeThisSource), at: here)
        let title = reader.text(entries, "title", required: true, in: ProblemFact(.placeThisSource), at: here, maxLength: 200, example: "Overdrafts (FCA)")
        let address = reader.text(entries, "address", required: true, in: ProblemFact(.placeThisSource), at: here, maxLength: 500, example: "https://www.fca.org.uk")
        let checked = dateValue(entries, "checked", in: ProblemFact(.placeThisSource), at: here)
        if let address, !address.lowercased().hasPrefix("https://") || address.contains(" ") {
            let location = entries.first { $0.key == "address" }!.value.location
            reader.report(location, ProblemFact(.sourceAddress, ["value": .text(SafeText.quote(address))]))
            return nil
        }
        guard let id, let title, let address, let checked else { return nil }
        return LessonSource(id: id, title: title, address: address, checked: checked, location: here)
    }

    private mutating func decodeOption(_ node: YAMLNode) -> ChoiceOption? {
        if case .scalar = node {
            reader.report(node.location, ProblemFact(.optionNotGroup))
            return nil
        }
        guard let entries = reader.entries(node, ProblemFact(.placeAnOption)) else { return nil }
        reader.checkKeys(entries, allowed: ["text", "correct", "feedback"], in: ProblemFact(.placeAnOption))
        let text = reader.text(entries, "text", required: true, in: ProblemFact(.placeThisOption), at: node.location, maxLength: 500)
        var correct = false
        if let correctNode = entries.first(where: { $0.key == "correct" })?.value {
            correct = reader.boolean(correctNode, named: "correct") ?? false
        }
        let feedback = reader.text(entries, "feedback", required: false, in: ProblemFact(.placeThisOption), at: node.location)
        return text.map { ChoiceOption(text: $0, correct: correct, feedback: feedback, location: node.location) }
    }

    private mutating func slug(_ entries: [YAMLEntry], _ key: String, required: Bool, in what: ProblemFact, at here: SourceLocation) -> String? {
        guard let value = reader.text(entries, key, required: required, in: what, at: here, maxLength: 200, example: "reading-web-addresses") else { return nil }
        guard Slug.isValid(value) else {
            let location = entries.first { $0.key == key }!.value.location
            reader.report(location, ProblemFact(.badSlug, ["key": .text(key), "value": .text(SafeText.quote(value))]))
            return nil
        }
        return value
    }

    private mutating func areaValue(_ entries: [YAMLEntry], at here: SourceLocation) -> SkillsArea? {
        guard let word = reader.text(entries, "area", required: true, in: ProblemFact(.placeTheLesson), at: here, maxLength: 40, example: "being-safe") else { return nil }
        guard let area = SkillsArea(rawValue: word) else {
            let location = entries.first { $0.key == "area" }!.value.location
            reader.report(location, ProblemFact(.unknownArea, ["allowed": .text(SkillsArea.allCases.map(\.rawValue).joined(separator: ", ")), "value": .text(SafeText.quote(word))]))
            return nil
        }
        return area
    }

    private mutating func dateValue(_ entries: [YAMLEntry], _ key: String, in what: ProblemFact = ProblemFact(.placeTheLesson), at here: SourceLocation) -> CalendarDate? {
        guard let text = reader.text(entries, key, required: true, in: what, at: here, maxLength: 40, example: "2026-11-30") else { return nil }
        guard let date = CalendarDate(parsing: text.trimmingCharacters(in: .whitespaces)) else {
            let location = entries.first { $0.key == key }!.value.location
            if let problem = CalendarDate.impossibleDayProblem(text.trimmingCharacters(in: .whitespaces)) {
                reader.report(location, ProblemFact(.impossibleDay, ["key": .text(key), "value": .text(SafeText.quote(text)), "why": .phrase(problem)]))
            } else {
                reader.report(location, ProblemFact(.notADate, ["key": .text(key), "value": .text(SafeText.quote(text))]))
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
            reader.report(entry.value.location, ProblemFact(.badLessonLanguage, ["value": .text(SafeText.quote(tag)), "fixed": .text(fixed)]))
            return "en-GB"
        }
        return tag
    }
}
