@testable import TasterLessons

/// Small lessons for the content rule tests, built with the model's initialisers.
enum RulesFixture {
    static let reviewed = CalendarDate(year: 2026, month: 1, day: 15)
    static let today = CalendarDate(year: 2026, month: 6, day: 1)

    /// A lesson with the given steps; neutral, plain metadata.
    static func lesson(
        title: String = "Reading a web address", summary: String = "Read the parts of a web address.",
        reviewed: CalendarDate = reviewed, steps: [Step]
    ) -> Lesson {
        Lesson(
            id: "reading-web-addresses", title: title, summary: summary, area: .beingSafe, minutes: 10,
            reviewed: reviewed, steps: steps, sourcePath: "lessons/reading-web-addresses.yaml"
        )
    }

    /// A lesson of one `say` step with this text.
    static func lesson(saying text: String, note: String? = nil) -> Lesson {
        lesson(steps: [Step(text: text, note: note, kind: .say, location: SourceLocation(line: 9, column: 5))])
    }

    /// The messages a rule reports for a lesson.
    static func messages(_ rule: some ContentRule, _ lesson: Lesson) -> [String] {
        rule.check(lesson).map(\.message)
    }
}
