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
    static let factPatterns: [(kind: String, regex: NSRegularExpression)] = [
        ("a phone number", #"\b(call|calling|ring|phone|dial|text|texting|texts to|forward\w*(\s+\w+){0,3}\s+to|free on|on)\s+(0\d{2,4}[ \d]{5,9}\d|\d{3,5})\b(?![.,]\d)"#),
        ("a percentage", #"\d+(\.\d+)?\s?(%|per cent\b)"#),
        ("a money limit", #"\b(up to|limit of|limit is|protects?|protected|at least|at most|maximum of|minimum of|no more than|capped at)\s+£\s?\d"#),
        ("the date of a rule", #"\b(since|from|until|before|after|in|on)\s+((\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(19|20)\d{2}\b"#),
    ].map { ($0.0, try! NSRegularExpression(pattern: $0.1, options: [.caseInsensitive])) }

    /// Warnings for unsourced facts, errors for sources off the allowed list, warnings for sources checked in the future.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        let lesson = content.lesson
        for source in lesson.sources {
            let host = URLComponents(string: source.address)?.host?.lowercased() ?? ""
            if host.isEmpty || !lists.allowsLink(toHost: host) {
                problems.append(LessonProblem(path: content.path, location: source.location, severity: .error,
                    message: "the source `\(source.id)` is at \"\(source.address)\", but \(host.isEmpty ? "that address has no site" : host) is not on the list of allowed sites. "
                        + "Sources must be public, non-commercial sites from lessons/\(RuleLists.folderName)/\(RuleLists.allowedLinksFileName)."))
            }
            if source.checked > today {
                problems.append(LessonProblem(path: content.path, location: source.location, severity: .warning,
                    message: "the source `\(source.id)` says it was checked on \(source.checked), which is after today (\(today)). Write the day you really checked it."))
            }
        }
        guard lesson.sources.isEmpty else { return problems }
        for field in content.fields where field.role.isLearnerProse || field.role == .note {
            guard let kind = Self.fact(in: field.text) else { continue }
            problems.append(LessonProblem(path: content.path, location: field.location, severity: .warning,
                message: "\(field.place) states \(kind.kind) (\"\(kind.text)\"), but the lesson has no `sources:`. "
                    + "Facts like this change: list the public source you checked it against, with the date, and name it in the step with `source:`."))
        }
        return problems
    }

    /// The first fact in `text` that needs a source, with the words that showed it.
    static func fact(in text: String) -> (kind: String, text: String)? {
        let range = NSRange(text.startIndex..., in: text)
        for pattern in factPatterns {
            if let match = pattern.regex.firstMatch(in: text, range: range), let found = Range(match.range, in: text) {
                return (pattern.kind, String(text[found]))
            }
        }
        return nil
    }
}
