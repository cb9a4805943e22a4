import TasterLessons

/// A lesson as a volunteer sees it before a session: every step with its answers, feedback,
/// hints, solution and the notes meant for the volunteer.
public struct VolunteerGuide: Sendable, Equatable {
    /// The ways a guide can be written.
    public enum Format: String, Sendable, CaseIterable {
        /// Plain text for the terminal.
        case text
        /// Markdown.
        case md
        /// One self-contained HTML page that prints well on A4.
        case html
    }

    /// The lesson's id.
    public var lessonID: String
    /// The lesson's title.
    public var title: String
    /// What the learner will be able to do afterwards.
    public var goal: String
    /// The skills area.
    public var area: SkillsArea
    /// Roughly how long it takes.
    public var minutes: Int
    /// When the content was last checked.
    public var reviewed: CalendarDate
    /// Lessons worth doing first.
    public var prerequisites: [String]
    /// The public sources the lesson's facts were checked against.
    public var sources: [LessonSource]
    /// The steps.
    public var steps: [GuideStep]

    /// Gathers the guide for `lesson`.
    public init(_ lesson: Lesson) {
        lessonID = lesson.id
        title = lesson.title
        goal = lesson.summary
        area = lesson.area
        minutes = lesson.minutes
        reviewed = lesson.reviewed
        prerequisites = lesson.prerequisites
        sources = lesson.sources
        steps = lesson.steps.enumerated().map { GuideStep($0.element, number: $0.offset + 1, sources: lesson.sources) }
    }

    /// The guide written in `format`.
    public func rendered(as format: Format) -> String {
        switch format {
        case .text: GuideTextRenderer().render(self)
        case .md: GuideMarkdownRenderer().render(self)
        case .html: GuideHTMLRenderer().render(self)
        }
    }

    /// The line under the title: area, minutes, steps and review date.
    var factsLine: String {
        "Area: \(area.displayName). About \(minutes) minutes. \(steps.count) steps. Content reviewed \(reviewed)."
    }

    /// One source in words: its title, address and the day it was checked.
    static func describe(_ source: LessonSource) -> String {
        "\(source.title): \(source.address) (checked \(source.checked))"
    }

    /// The heading of one step.
    func heading(of step: GuideStep) -> String {
        "Step \(step.number) of \(steps.count)" + (step.id.map { " (\($0))" } ?? "")
    }
}
