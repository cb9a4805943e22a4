import Foundation

/// One wrong letter in a web address is a different website, so an answer that is a web address
/// must be checked exactly: typo forgiveness would accept look-alikes such as `examp1e.org`.
public struct ExactAddressRule: ContentRule {
    /// Creates the rule.
    public init() {}

    /// What a web address typed as an answer looks like: dotted names ending in letters, perhaps a path.
    static let addressPattern = try! NSRegularExpression(
        pattern: #"^\s*(https?://)?([a-z0-9-]+\.)+[a-z]{2,}(/\S*)?\s*$"#, options: [.caseInsensitive])

    /// Whether `answer` looks like a web address.
    public static func looksLikeWebAddress(_ answer: String) -> Bool {
        addressPattern.firstMatch(in: answer, range: NSRange(answer.startIndex..., in: answer)) != nil
    }

    /// A warning for each answer step that accepts a web address with typos forgiven.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        for (index, step) in content.lesson.steps.enumerated() {
            guard case .answer(let question) = step.kind, question.forgiveTypos,
                  let address = question.accept.first(where: Self.looksLikeWebAddress) else { continue }
            let name = Lesson.stepPhrase(index: index, id: step.id)
            problems.append(LessonProblem(path: content.path, location: question.location, severity: .warning,
                ProblemFact(.exactAddressTypos, ["step": name, "address": .text(address)])))
        }
        return problems
    }
}
