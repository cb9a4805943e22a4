import Foundation

/// Turns a translation file's YAML into a `LessonTranslation`, reporting every problem at once
/// with its place in the file, in the same words as the lesson decoder.
struct TranslationDecoder {
    /// The keys a translation may have at the top.
    static let topKeys = ["lesson", "language", "status", "reviewed_by", "title", "summary", "steps", "tests"]
    /// The texts a translated step may have.
    static let textKeys = ["text", "note", "hints", "explain", "solution", "screen", "options", "accept", "patterns", "wrong", "target", "items"]
    /// The answer facts a translator may copy from the English; lint checks they agree with it.
    static let factKeys = ["kind", "value", "tolerance", "unit", "pick", "typos", "min_length", "min_words"]
    /// Every key a translated step may have.
    static let stepKeys = ["fingerprint"] + textKeys + factKeys

    private var reader: NodeReader

    /// Creates a decoder for one file.
    init(path: String) {
        reader = NodeReader(path: path)
    }

    /// Every problem found.
    var problems: [LessonProblem] { reader.problems }

    /// Decodes a translation; nil when its header is missing or wrong.
    mutating func decode(_ root: YAMLNode?) -> LessonTranslation? {
        guard let root else {
            reader.report(.start, ProblemFact(.translationFileEmpty))
            return nil
        }
        guard let entries = reader.entries(root, ProblemFact(.placeATranslationFile)) else { return nil }
        let here = root.location
        reader.checkKeys(entries, allowed: Self.topKeys, in: ProblemFact(.placeTheTranslation))
        let lessonID = reader.text(entries, "lesson", required: true, in: ProblemFact(.placeTheTranslation), at: here, maxLength: 200, example: "unit-prices")
        if let lessonID, !Slug.isValid(lessonID) {
            reader.report(entries.first { $0.key == "lesson" }!.value.location,
                          ProblemFact(.translationBadLesson, ["value": .text(SafeText.quote(lessonID))]))
        }
        let language = languageValue(entries, at: here)
        let status = statusValue(entries, at: here)
        let title = reader.text(entries, "title", required: false, in: ProblemFact(.placeTheTranslation), at: here, maxLength: 80)
        let summary = reader.text(entries, "summary", required: false, in: ProblemFact(.placeTheTranslation), at: here, maxLength: 200)
        var steps: [StepTranslation] = []
        if let stepsEntry = entries.first(where: { $0.key == "steps" }), !stepsEntry.value.isNull {
            if case .mapping(let items, _) = stepsEntry.value {
                steps = items.compactMap { decodeStep($0) }
            } else {
                reader.report(stepsEntry.value.location, ProblemFact(.translationStepsNotGroup))
            }
        } else {
            reader.report(here, ProblemFact(.translationNoSteps), severity: .warning)
        }
        var tests: [LessonTest] = []
        if let testsEntry = entries.first(where: { $0.key == "tests" }) {
            var testDecoder = LessonDecoder(path: reader.path)
            tests = testDecoder.decodeTests(testsEntry.value)
            for problem in testDecoder.problems { reader.report(problem.location, problem.fact, severity: problem.severity) }
        }
        guard let lessonID, Slug.isValid(lessonID), let language, let status,
              problems.allSatisfy({ $0.severity != .error }) else { return nil }
        return LessonTranslation(
            lessonID: lessonID, language: language, status: status, title: title, summary: summary, steps: steps, tests: tests,
            sourcePath: reader.path,
            titleLocation: entries.first { $0.key == "title" }?.value.location ?? here,
            summaryLocation: entries.first { $0.key == "summary" }?.value.location ?? here)
    }

    private mutating func languageValue(_ entries: [YAMLEntry], at here: SourceLocation) -> String? {
        guard let tag = reader.text(entries, "language", required: false, in: ProblemFact(.placeTheTranslation), at: here, maxLength: 20) else {
            reader.report(here, ProblemFact(.translationNoLanguage))
            return nil
        }
        guard LanguageTag.isValid(tag) else {
            reader.report(entries.first { $0.key == "language" }!.value.location,
                          ProblemFact(.translationBadLanguage, ["value": .text(SafeText.quote(tag)), "fixed": .text(LanguageTag.fixed(tag))]))
            return nil
        }
        return tag
    }

    private mutating func statusValue(_ entries: [YAMLEntry], at here: SourceLocation) -> TranslationStatus? {
        let reviewer = reader.text(entries, "reviewed_by", required: false, in: ProblemFact(.placeTheTranslation), at: here, maxLength: 120)
        guard let word = reader.text(entries, "status", required: false, in: ProblemFact(.placeTheTranslation), at: here, maxLength: 20) else {
            reader.report(here, ProblemFact(.translationNoStatus))
            return nil
        }
        switch word {
        case "draft":
            if reviewer != nil {
                reader.report(entries.first { $0.key == "reviewed_by" }!.keyLocation,
                              ProblemFact(.draftWithReviewer))
            }
            return .draft
        case "reviewed":
            guard let reviewer, !reviewer.trimmingCharacters(in: .whitespaces).isEmpty else {
                reader.report(entries.first { $0.key == "status" }!.value.location,
                              ProblemFact(.reviewedNoReviewer))
                return nil
            }
            return .reviewed(by: reviewer)
        default:
            reader.report(entries.first { $0.key == "status" }!.value.location,
                          ProblemFact(.unknownStatus, ["value": .text(SafeText.quote(word))]))
            return nil
        }
    }

    private mutating func decodeStep(_ entry: YAMLEntry) -> StepTranslation? {
        guard Slug.isValid(entry.key) else {
            reader.report(entry.keyLocation, ProblemFact(.notAStepID, ["value": .text(SafeText.quote(entry.key))]))
            return nil
        }
        guard let fields = reader.entries(entry.value, ProblemFact(.placeStepTranslation, ["id": .text(entry.key)])) else { return nil }
        let here = entry.keyLocation
        let what = ProblemFact(.placeStepTranslation, ["id": .text(entry.key)])
        reader.checkKeys(fields, allowed: Self.stepKeys, in: what)
        let fingerprintEntry = fields.first { $0.key == "fingerprint" && !$0.value.isNull }
        var step = StepTranslation(id: entry.key, location: here, fingerprintLocation: fingerprintEntry?.value.location)
        step.bodyLocation = fields.first?.keyLocation
        if let fingerprintEntry, let fingerprint = reader.scalarText(fingerprintEntry.value, named: "fingerprint", maxLength: 40, allowingNonText: true) {
            step.fingerprint = fingerprint
        }
        step.text = reader.text(fields, "text", required: false, in: what, at: here)
        step.note = reader.text(fields, "note", required: false, in: what, at: here)
        step.explain = reader.text(fields, "explain", required: false, in: what, at: here)
        step.solution = reader.text(fields, "solution", required: false, in: what, at: here)
        step.screen = reader.text(fields, "screen", required: false, in: what, at: here, maxLength: 5_000)
        step.target = reader.text(fields, "target", required: false, in: what, at: here, maxLength: 500)
        func list(_ key: String, maxLength: Int = 5_000) -> [String]? {
            fields.first { $0.key == key && !$0.value.isNull }.map { reader.textList($0.value, named: key, maxLength: maxLength) }
        }
        step.hints = list("hints")
        step.accept = list("accept", maxLength: 500)
        step.patterns = list("patterns", maxLength: 500)
        step.items = list("items", maxLength: 500)
        if let optionsNode = fields.first(where: { $0.key == "options" && !$0.value.isNull })?.value,
           let items = reader.list(optionsNode, named: "options") {
            step.options = items.compactMap { decodeOption($0) }
        }
        if let wrongNode = fields.first(where: { $0.key == "wrong" && !$0.value.isNull })?.value,
           let items = reader.list(wrongNode, named: "wrong") {
            decodeWrong(items, into: &step)
        }
        for fact in fields where Self.factKeys.contains(fact.key) && !fact.value.isNull {
            guard let value = reader.scalarText(fact.value, named: fact.key, maxLength: 40, allowingNonText: true) else { continue }
            step.statedFacts.append(.init(key: fact.key, value: value, location: fact.value.location))
        }
        return step
    }

    private mutating func decodeOption(_ node: YAMLNode) -> OptionTranslation? {
        if case .scalar = node, !node.isNull {
            reader.report(node.location, ProblemFact(.translatedOptionNotGroup))
            return nil
        }
        guard let entries = reader.entries(node, ProblemFact(.placeAnOption)) else { return nil }
        reader.checkKeys(entries, allowed: ["text", "feedback", "correct"], in: ProblemFact(.placeAnOption))
        let text = reader.text(entries, "text", required: false, in: ProblemFact(.placeThisOption), at: node.location, maxLength: 500)
        let feedback = reader.text(entries, "feedback", required: false, in: ProblemFact(.placeThisOption), at: node.location)
        var correct: Bool?
        if let correctNode = entries.first(where: { $0.key == "correct" && !$0.value.isNull })?.value {
            correct = reader.boolean(correctNode, named: "correct")
        }
        return OptionTranslation(text: text, feedback: feedback, statedCorrect: correct, location: node.location)
    }

    /// A wrong answer has `answer` and `feedback`; a wrong number has `value` (as in the English)
    /// and `feedback`.
    private mutating func decodeWrong(_ items: [YAMLNode], into step: inout StepTranslation) {
        for item in items {
            guard let fields = reader.entries(item, ProblemFact(.placeAWrongAnswer)) else { continue }
            reader.checkKeys(fields, allowed: ["answer", "value", "feedback"], in: ProblemFact(.placeAWrongAnswer))
            let feedback = reader.text(fields, "feedback", required: true, in: ProblemFact(.placeThisWrongAnswer), at: item.location, example: "...")
            if let valueNode = fields.first(where: { $0.key == "value" && !$0.value.isNull })?.value {
                if fields.contains(where: { $0.key == "answer" }) {
                    reader.report(item.location, ProblemFact(.wrongAnswerAndValue))
                    continue
                }
                if let value = reader.decimal(valueNode, named: "value"), let feedback {
                    step.wrongNumbers = (step.wrongNumbers ?? []) + [KnownWrongNumber(value: value, feedback: feedback, location: item.location)]
                }
            } else if let answer = reader.text(fields, "answer", required: false, in: ProblemFact(.placeThisWrongAnswer), at: item.location, maxLength: 500) {
                if let feedback {
                    step.wrongAnswers = (step.wrongAnswers ?? []) + [KnownWrongAnswer(answer: answer, feedback: feedback, location: item.location)]
                }
            } else {
                reader.report(item.location, ProblemFact(.wrongAnswerNeither))
            }
        }
    }
}
