/// The content lint rules for lessons: neutrality (errors), plain language and freshness (warnings).
public enum ContentRules {
    /// Every content rule, set up with the lists and today's date.
    public static func rules(lists: RuleLists, today: CalendarDate) -> [any ContentRule] {
        [
            HiddenCharacterRule(),
            BrandNameRule(lists: lists),
            LinkRule(lists: lists),
            EmailAddressRule(lists: lists),
            SentenceLengthRule(),
            ReadingEaseRule(),
            JargonRule(lists: lists),
            FreshnessRule(today: today),
            SafetyPointRule(),
            SourcesRule(lists: lists, today: today),
            ExactAddressRule(),
        ]
    }

    /// The rules that hold in every language, for translations: no hidden characters, no brand
    /// names, only allowed links and email addresses. Plain-language rules (sentence length,
    /// reading ease, jargon) are made for English, and the lesson-wide ones (freshness, sources,
    /// a safety point) belong to the English lesson.
    public static func rulesForEveryLanguage(lists: RuleLists) -> [any ContentRule] {
        [HiddenCharacterRule(), BrandNameRule(lists: lists), LinkRule(lists: lists), EmailAddressRule(lists: lists)]
    }

    /// Every content problem in a lesson, sorted by place; the lesson's text is read only once.
    public static func check(_ lesson: Lesson, lists: RuleLists, today: CalendarDate) -> [LessonProblem] {
        check(lesson, rules: rules(lists: lists, today: today))
    }

    /// Every problem the given rules find in a lesson, sorted by place.
    public static func check(_ lesson: Lesson, rules: [any ContentRule]) -> [LessonProblem] {
        let content = LessonContent(lesson)
        return stableSorted(rules.flatMap { $0.check(content) })
    }

    /// Sorts by location, keeping each rule's own order among problems at the same place.
    private static func stableSorted(_ problems: [LessonProblem]) -> [LessonProblem] {
        problems.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}
