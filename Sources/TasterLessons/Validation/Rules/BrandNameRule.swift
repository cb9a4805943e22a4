/// Neutrality: no brand, bank, product or app names anywhere in a lesson, notes included.
public struct BrandNameRule: ContentRule {
    private let lists: RuleLists

    /// Creates the rule with the brand names to look for.
    public init(lists: RuleLists) {
        self.lists = lists
    }

    /// An error for each brand name in each piece of text (once per name and piece).
    public func check(_ content: LessonContent) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        for field in content.fields {
            var reported = Set<ListedPhrase>()
            for match in lists.brandMatcher.matches(in: field.scanned) where reported.insert(match.phrase).inserted {
                problems.append(LessonProblem(
                    path: content.path, location: field.location, severity: .error,
                    ProblemFact(.brandName, ["Place": field.place, "brand": .text(match.phrase.text)])
                ))
            }
        }
        return problems
    }
}
