/// Neutrality and privacy of email addresses: every address in a lesson is made up,
/// under an example domain such as example.com.
public struct EmailAddressRule: ContentRule {
    /// Creates the rule.
    public init() {}

    /// An error for each email address outside the example domains.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        for field in content.fields {
            var reported = Set<String>()
            for address in field.scanned.addresses
            where address.kind == .email && !address.isMadeUp && reported.insert(address.text).inserted {
                problems.append(LessonProblem(
                    path: content.path, location: field.location, severity: .error,
                    message: "\(field.place) has the email address \"\(address.text)\", which could be real. "
                        + "Use a made-up address under example.com or example.co.uk instead, such as \"sam@example.com\"."
                ))
            }
        }
        return problems
    }
}
