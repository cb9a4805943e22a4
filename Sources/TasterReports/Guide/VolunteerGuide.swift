import TasterLessons
import TasterWording

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
    /// The words the guide is written in.
    let catalogue: Catalogue

    /// Gathers the guide for `lesson`, in the words of `catalogue`.
    public init(_ lesson: Lesson, catalogue: Catalogue = .english) {
        self.catalogue = catalogue
        lessonID = lesson.id
        title = lesson.title
        goal = lesson.summary
        area = lesson.area
        minutes = lesson.minutes
        reviewed = lesson.reviewed
        prerequisites = lesson.prerequisites
        sources = lesson.sources
        steps = lesson.steps.enumerated().map { GuideStep($0.element, number: $0.offset + 1, sources: lesson.sources, catalogue: catalogue) }
    }

    /// The guide written in `format`.
    public func rendered(as format: Format) -> String {
        switch format {
        case .text: GuideTextRenderer(catalogue: catalogue).render(self)
        case .md: GuideMarkdownRenderer(catalogue: catalogue).render(self)
        case .html: GuideHTMLRenderer(catalogue: catalogue).render(self)
        }
    }

    /// Two guides are the same when they say the same, in the same language.
    public static func == (left: VolunteerGuide, right: VolunteerGuide) -> Bool {
        left.lessonID == right.lessonID && left.title == right.title && left.goal == right.goal && left.area == right.area
            && left.minutes == right.minutes && left.reviewed == right.reviewed && left.prerequisites == right.prerequisites
            && left.sources == right.sources && left.steps == right.steps && left.catalogue.language == right.catalogue.language
    }

    /// The line under the title: area, minutes, steps and review date.
    var factsLine: String {
        catalogue.text(.guideFacts, ["area": catalogue.name(of: area), "minutes": "\(minutes)", "steps": "\(steps.count)", "reviewed": "\(reviewed)"])
    }

    /// One source in words: its title, address and the day it was checked, each value given
    /// as the format needs it (escaped, linked).
    func describe(_ source: LessonSource, title: String? = nil, address: String? = nil) -> String {
        catalogue.text(.guideSource, ["title": title ?? source.title, "address": address ?? source.address, "checked": "\(source.checked)"])
    }

    /// The heading of one step.
    func heading(of step: GuideStep) -> String {
        let values = ["number": "\(step.number)", "count": "\(steps.count)"]
        return step.id.map { catalogue.text(.guideStepHeadingWithID, values.merging(["id": $0]) { $1 }) } ?? catalogue.text(.guideStepHeading, values)
    }

}
