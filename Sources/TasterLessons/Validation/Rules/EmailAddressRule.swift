/// Neutrality and privacy of email addresses: every address in a lesson is made up, under an
/// example domain such as example.com, or is a public service's address listed in full in the
/// allowed-links list (such as a government reporting address).
public struct EmailAddressRule: ContentRule {
    private let listedAddresses: Set<String>

    /// Creates the rule; `lists` may name whole public-service addresses to allow.
    public init(lists: RuleLists = .builtIn) {
        listedAddresses = Set(lists.allowedLinkHosts.filter { $0.contains("@") })
    }

    /// An error for each email address outside the example domains.
    public func check(_ content: LessonContent) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        for field in content.fields {
            var reported = Set<String>()
            for address in field.scanned.addresses
            where address.kind == .email && !address.isMadeUp && !listedAddresses.contains(address.text) && reported.insert(address.text).inserted {
                problems.append(LessonProblem(
                    path: content.path, location: field.location, severity: .error,
                    ProblemFact(.realEmail, ["Place": field.place, "address": .text(address.text)])
                ))
            }
        }
        return problems
    }
}
