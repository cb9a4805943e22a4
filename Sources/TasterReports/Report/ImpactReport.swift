import Foundation
import TasterLessons
import TasterStore
import TasterWording

/// The library's impact report: what happened in a period, in counts only, ready to be written
/// as text, CSV, JSON or HTML. It never holds a learner code or nickname.
public struct ImpactReport: Sendable, Equatable, Codable {
    /// The ways a report can be written.
    public enum Format: String, Sendable, CaseIterable {
        /// Plain text for the terminal.
        case text
        /// A long-format CSV file for a spreadsheet.
        case csv
        /// JSON.
        case json
        /// One self-contained HTML page with bar charts, that prints well on A4.
        case html
    }

    /// One session held.
    public struct SessionRow: Sendable, Equatable, Codable {
        /// The session's name, with anything shaped like a learner code taken out.
        public var name: String
        /// The day it started, `YYYY-MM-DD` (UTC).
        public var day: String
        /// How long it lasted, in whole minutes; nil while still open.
        public var minutes: Int?
        /// How many different learners took part.
        public var learners: Int
    }

    /// One lesson's activity.
    public struct LessonRow: Sendable, Equatable, Codable {
        /// The lesson's id.
        public var lessonID: String
        /// Its title, or the id when the lesson is no longer in the library.
        public var title: String
        /// Its skills area's key (`other` when the lesson is unknown).
        public var area: String
        /// Times started.
        public var started: Int
        /// Times completed.
        public var completed: Int
        /// Hints used.
        public var hintsUsed: Int
        /// Answers shown.
        public var solutionsShown: Int = 0
    }

    /// One skills area's activity, summed over its lessons.
    public struct AreaRow: Sendable, Equatable, Codable {
        /// The area's key, such as `being-safe`, or `other`.
        public var area: String
        /// The area's name as volunteers read it.
        public var name: String
        /// Lessons started in the area.
        public var started: Int
        /// Lessons completed in the area.
        public var completed: Int
        /// Hints used in the area.
        public var hintsUsed: Int
    }

    /// The confidence of the learners who answered both as they started and as they left one
    /// session: the same people at both moments.
    public struct SamePeople: Sendable, Equatable, Codable {
        /// How many learners answered both.
        public var people: Int
        /// Their average at the start, to two decimal places; nil when nobody answered both.
        public var averageBefore: Double?
        /// Their average when leaving, to two decimal places; nil when nobody answered both.
        public var averageAfter: Double?
    }

    /// Whom the average change compares.
    public enum ChangeBasis: String, Sendable, Equatable, Codable {
        /// The learners who answered both in one session (``SamePeople``).
        case samePeople = "same people"
        /// Everyone who answered at the start against everyone who answered when leaving, used
        /// only when nobody's two answers could be paired.
        case everyone
    }

    /// The key for lessons that are no longer in the library.
    public static let otherArea = "other"
    /// The name for lessons that are no longer in the library, in English.
    public static var otherAreaName: String { Catalogue.english.text(.reportOtherArea) }

    /// The library the report is for (`--library`, else `TASTER_LIBRARY_NAME`), if named.
    public var libraryName: String?
    /// The period in words.
    public var period: String
    /// The first day counted, `YYYY-MM-DD`, if limited.
    public var since: String?
    /// The last day counted (inclusive), `YYYY-MM-DD`, if limited.
    public var until: String?
    /// Sessions held.
    public var sessionsHeld: Int
    /// Different learners active.
    public var learners: Int
    /// Lessons started, in all: different learner and lesson pairs in the period.
    public var lessonsStarted: Int
    /// Lessons completed, in all.
    public var lessonsCompleted: Int
    /// Hints used, in all (answers shown are counted apart).
    public var hintsUsed: Int
    /// Answers shown, in all, when a learner asked for the solution.
    public var solutionsShown: Int
    /// How many skills areas had at least one lesson started.
    public var areasCovered: Int
    /// The sessions, earliest first; empty when they are summed by month instead.
    public var sessions: [SessionRow]
    /// The sessions summed by month, earliest first, for a long period (see
    /// ``listsEachSession(_:)``); nil when each session is listed.
    public var sessionMonths: [MonthRow]?
    /// The areas, in the framework's order, then `other`.
    public var areas: [AreaRow]
    /// The lessons, by area then title.
    public var lessons: [LessonRow]
    /// Confidence when learners started.
    public var confidenceBefore: ConfidenceSummary
    /// Confidence when learners left.
    public var confidenceAfter: ConfidenceSummary
    /// The learners who answered both as they started and as they left one session.
    public var confidenceSamePeople: SamePeople
    /// The average when leaving minus the average at the start, to two decimal places: of the
    /// same people (``confidenceSamePeople``) when any answered both, else of everyone who
    /// answered; nil unless there are answers to compare.
    public var averageChange: Double?
    /// Whom ``averageChange`` compares; nil when there is no change.
    public var averageChangeBasis: ChangeBasis?

    /// Builds the report from the store's counts, naming lessons and areas from `library`, in
    /// the words of `words`.
    public init(_ data: ImpactData, period: ReportPeriod, library: [Lesson], words: Catalogue = .english) {
        let known = Dictionary(library.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.period = words.words(for: period)
        since = period.since?.description
        until = period.until?.description
        let sessionRows = data.sessions.sorted { $0.startedAt < $1.startedAt }.map { session in
            SessionRow(
                name: LearnerCodeScrubber.scrub(session.name, replacement: words.text(.reportCodeRemoved)),
                day: CalendarDate(session.startedAt).description,
                minutes: session.endedAt.map { max(0, Int($0.timeIntervalSince(session.startedAt) / 60)) },
                learners: session.learnerCount)
        }
        if Self.listsEachSession(period) {
            sessions = sessionRows
            sessionMonths = nil
        } else {
            sessions = []
            sessionMonths = Self.months(sessionRows)
        }
        sessionsHeld = data.sessions.count
        learners = data.learnerCount
        let areaOrder = SkillsArea.allCases.map(\.rawValue) + [Self.otherArea]
        let lessonRows = data.lessons.map { activity in
            let lesson = known[activity.lessonID]
            return LessonRow(
                lessonID: activity.lessonID, title: lesson?.title ?? activity.lessonID,
                area: lesson?.area.rawValue ?? Self.otherArea,
                started: activity.started, completed: activity.completed, hintsUsed: activity.hintsUsed,
                solutionsShown: activity.solutionsShown)
        }.sorted { left, right in
            let leftArea = areaOrder.firstIndex(of: left.area) ?? areaOrder.count
            let rightArea = areaOrder.firstIndex(of: right.area) ?? areaOrder.count
            return (leftArea, left.title, left.lessonID) < (rightArea, right.title, right.lessonID)
        }
        let areasWithLessons = Set(library.map(\.area.rawValue) + lessonRows.map(\.area))
        let areaRows = areaOrder.filter(areasWithLessons.contains).map { key in
            let rows = lessonRows.filter { $0.area == key }
            return AreaRow(
                area: key, name: SkillsArea(rawValue: key).map(words.name(of:)) ?? words.text(.reportOtherArea),
                started: rows.reduce(0) { $0 + $1.started }, completed: rows.reduce(0) { $0 + $1.completed },
                hintsUsed: rows.reduce(0) { $0 + $1.hintsUsed })
        }
        lessons = lessonRows
        areas = areaRows
        lessonsStarted = lessonRows.reduce(0) { $0 + $1.started }
        lessonsCompleted = lessonRows.reduce(0) { $0 + $1.completed }
        hintsUsed = lessonRows.reduce(0) { $0 + $1.hintsUsed }
        solutionsShown = lessonRows.reduce(0) { $0 + $1.solutionsShown }
        areasCovered = areaRows.filter { $0.started > 0 && $0.area != Self.otherArea }.count
        confidenceBefore = ConfidenceSummary(counts: data.confidenceBefore)
        confidenceAfter = ConfidenceSummary(counts: data.confidenceAfter)
        let pairs = data.confidencePairs.filter { (1...5).contains($0.before) && (1...5).contains($0.after) && $0.count > 0 }
        let people = pairs.reduce(0) { $0 + $1.count }
        func average(_ rating: (ConfidencePair) -> Int) -> Double? {
            people == 0 ? nil : ConfidenceSummary.rounded(Double(pairs.reduce(0) { $0 + rating($1) * $1.count }) / Double(people))
        }
        confidenceSamePeople = SamePeople(people: people, averageBefore: average(\.before), averageAfter: average(\.after))
        if let before = confidenceSamePeople.averageBefore, let after = confidenceSamePeople.averageAfter {
            averageChange = ConfidenceSummary.rounded(after - before)
            averageChangeBasis = .samePeople
        } else if let before = confidenceBefore.average, let after = confidenceAfter.average {
            averageChange = ConfidenceSummary.rounded(after - before)
            averageChangeBasis = .everyone
        } else {
            averageChange = nil
            averageChangeBasis = nil
        }
    }

    /// The report written in `format`, in the words of `words`.
    public func rendered(as format: Format, words: Catalogue = .english) throws -> String {
        switch format {
        case .text: ReportTextRenderer(words: words).render(self)
        case .csv: ReportCSVRenderer(words: words).render(self)
        case .json: try ReportJSONRenderer().render(self)
        case .html: ReportHTMLRenderer(words: words).render(self)
        }
    }

    /// What each figure means, in English, as written under the figures in every format.
    public static var definitions: [String] { Catalogue.english.reportDefinitions }

    /// The one rounding rule for every format: two decimal places, such as "2.25"; a change
    /// gets a sign, such as "+1.25".
    static func twoDecimals(_ value: Double?, signed: Bool = false, words: Catalogue = .english) -> String {
        guard let value else { return words.text(.reportNoAnswers) }
        let text = String(format: "%.2f", value)
        return signed && value >= 0.005 ? "+" + text : (text == "-0.00" ? "0.00" : text)
    }
}
