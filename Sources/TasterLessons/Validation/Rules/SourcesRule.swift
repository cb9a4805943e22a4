import Foundation

/// Facts that change need a source: a lesson that states a phone number, a money limit, a
/// percentage or the date of a rule should list where the facts were checked, and each source
/// must be a public `https://` address on the allowed list, checked no later than today.
public struct SourcesRule: ContentRule {
    private let lists: RuleLists
    private let today: CalendarDate

    /// Creates the rule with the allowed sites and today's date.
    public init(lists: RuleLists, today: CalendarDate) {
        self.lists = lists
        self.today = today
    }

    /// The kinds of fact that need a source, each with what it looks like.
    static let factPatterns: [(kind: ProblemKind, regex: NSRegularExpression)] = [
        (ProblemKind.factPhone, #"\b(call|calling|ring|phone|dial|text|texting|texts to|forward\w*(\s+\w+){0,3}\s+to|free on|on)\s+(0\d{2,4}[ \d]{5,9}\d|\d{3,5})\b(?![.,]\d)"#),
        (ProblemKind.factPercentage, #"\d+(\.\d+)?\s?(%|per cent\b)"#),
        (ProblemKind.factMoneyLimit, #"\b(up to|limit of|limit is|protects?|protected|at least|at most|maximum of|minimum of|no more than|capped at)\s+£\s?\d"#),
        (ProblemKind.factRuleDate, #"\b(since|from|until|before|after|in|on)\s+((\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(19|20)\d{2}\b"#),
    ].map { (kind: ProblemKind, pattern: String) in (kind, try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])) }

    /// Warnings for unsourced facts, errors for sources off the allowed list, warnings for sources checked in the future.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        let lesson = content.lesson
        for source in lesson.sources {
            let host = URLComponents(string: source.address)?.host?.lowercased() ?? ""
            if host.isEmpty || !lists.allowsLink(toHost: host) {
                problems.append(LessonProblem(path: content.path, location: source.location, severity: .error,
                    ProblemFact(.sourceNotAllowed, ["id": .text(source.id), "address": .text(source.address), "host": host.isEmpty ? .phrase(.addressNoSite) : .text(host),
                                                   "file": .text("\(RuleLists.folderName)/\(RuleLists.allowedLinksFileName)")])))
            }
            if source.checked > today {
                problems.append(LessonProblem(path: content.path, location: source.location, severity: .warning,
                    ProblemFact(.sourceCheckedInFuture, ["id": .text(source.id), "checked": "\(source.checked)", "today": "\(today)"])))
            }
        }
        guard lesson.sources.isEmpty else { return problems }
        for field in content.fields where field.role.isLearnerProse || field.role == .note {
            guard let kind = Self.fact(in: field.text) else { continue }
            problems.append(LessonProblem(path: content.path, location: field.location, severity: .warning,
                ProblemFact(.factWithoutSource, ["Place": field.place, "kind": .phrase(kind.kind), "text": .text(kind.text)])))
        }
        return problems
    }

    /// The first fact in `text` that needs a source, with the words that showed it.
    static func fact(in text: String) -> (kind: ProblemKind, text: String)? {
        let range = NSRange(text.startIndex..., in: text)
        for pattern in factPatterns {
            if let match = pattern.regex.firstMatch(in: text, range: range), let found = Range(match.range, in: text) {
                return (pattern.kind, String(text[found]))
            }
        }
        return nil
    }
}
