import Foundation

/// One lesson: its metadata, its steps and its author's tests, loaded from one YAML file.
public struct Lesson: Sendable, Equatable {
    /// A slug, unique across the library, such as `reading-web-addresses`.
    public var id: String
    /// The title a learner sees in the menu.
    public var title: String
    /// One line saying what the learner will be able to do afterwards.
    public var summary: String
    /// The skills area the lesson belongs to.
    public var area: SkillsArea
    /// Roughly how long the lesson takes, in minutes.
    public var minutes: Int
    /// The language of the text, as a tag such as `en-GB`.
    public var language: String
    /// The day the content was last checked for accuracy.
    public var reviewed: CalendarDate
    /// Lessons worth doing first, by id.
    public var prerequisites: [String]
    /// The public sources its facts were checked against.
    public var sources: [LessonSource]
    /// The steps, in order.
    public var steps: [Step]
    /// Scripted learner sessions that `taster test` plays, from the lesson file and its sidecar.
    public var tests: [LessonTest]
    /// A short fingerprint of the file's content, so that a changed lesson is noticed.
    public var contentVersion: String
    /// Where the lesson was loaded from, for messages.
    public var sourcePath: String

    /// Creates a lesson from its parts.
    public init(
        id: String, title: String, summary: String, area: SkillsArea, minutes: Int,
        language: String = "en-GB", reviewed: CalendarDate, prerequisites: [String] = [],
        sources: [LessonSource] = [], steps: [Step], tests: [LessonTest] = [], contentVersion: String = "", sourcePath: String = ""
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.area = area
        self.minutes = minutes
        self.language = language
        self.reviewed = reviewed
        self.prerequisites = prerequisites
        self.sources = sources
        self.steps = steps
        self.tests = tests
        self.contentVersion = contentVersion
        self.sourcePath = sourcePath
    }

    /// How messages name a step: "step 4 (line-through-mic)", or "step 4" when it has no id.
    public func stepLabel(_ index: Int) -> ProblemValue {
        Self.stepPhrase(index: index, id: steps.indices.contains(index) ? steps[index].id : nil)
    }

    /// `step 3` or `step 3 (padlock)`, as a phrase for problems.
    public static func stepPhrase(index: Int, id: String?) -> ProblemValue {
        guard let id, !id.isEmpty else { return .phrase(.stepNumber, ["number": "\(index + 1)"]) }
        return .phrase(.stepNumberID, ["number": "\(index + 1)", "id": .text(id)])
    }

    /// Whether a step is marked as the lesson's safety point (`safety: true`).
    public var hasSafetyPoint: Bool { steps.contains(where: \.isSafetyPoint) }

    /// The index of the step with this id, or of this 1-based step number written as text.
    public func stepIndex(for reference: String) -> Int? {
        if let index = steps.firstIndex(where: { $0.id == reference }) { return index }
        if let number = Int(reference), number >= 1, number <= steps.count { return number - 1 }
        return nil
    }
}
