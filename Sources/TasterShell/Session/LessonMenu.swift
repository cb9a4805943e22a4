import Foundation
import TasterEngine
import TasterLessons
import TasterStore
import TasterWording


/// The list of lessons a learner picks from: grouped by area, numbered, with a mark for those
/// completed or left part-way and the one suggested next, cut into pages that fit the screen.
struct LessonMenu {
    /// The lessons in menu order.
    let lessons: [Lesson]
    /// Ids of lessons this learner has completed.
    let completed: Set<String>
    /// Lessons left part-way, by id: the step to carry on from (from 0).
    let partWay: [String: Int]
    /// Ids of lessons left part-way, most recently active first.
    private let partWayOrder: [String]
    /// The lesson just finished, whose followers are suggested before the rest.
    private let justFinished: String?
    /// The learner's words for the marks and the lessons' lengths.
    private let catalogue: Catalogue
    /// Ids of lessons not translated into the learner's language, offered in English.
    private let notInLanguage: Set<String>

    init(library: LessonLibrary, progress: LearnerProgress?, justFinished: String? = nil, catalogue: Catalogue = .english) {
        self.catalogue = catalogue
        notInLanguage = library.notInLanguage
        let order = Dictionary(uniqueKeysWithValues: SkillsArea.allCases.enumerated().map { ($1, $0) })
        lessons = library.lessons.enumerated()
            .sorted { (order[$0.element.area]!, $0.offset) < (order[$1.element.area]!, $1.offset) }
            .map(\.element)
        var completed = progress?.completedLessonIDs ?? []
        if let justFinished { completed.insert(justFinished) }
        self.completed = completed
        self.justFinished = justFinished
        var partWay: [String: Int] = [:]
        var partWayOrder: [String] = []
        for entry in progress?.lessons ?? [] where entry.isPartWay && entry.lessonID != justFinished {
            guard let lesson = library.lesson(id: entry.lessonID) else { continue }
            partWay[entry.lessonID] = entry.contentChanged(currentVersion: lesson.contentVersion)
                ? 0 : min(entry.resumeStepIndex, max(lesson.steps.count - 1, 0))
            partWayOrder.append(entry.lessonID)
        }
        self.partWay = partWay
        self.partWayOrder = partWayOrder
    }

    /// The lesson to suggest: one left part-way (the latest), then one that follows the lesson
    /// just finished (it requires it, or comes next in its area), then the first not yet done
    /// whose prerequisites are done, else the first not done.
    var suggested: Lesson? {
        if let id = partWayOrder.first, let lesson = lessons.first(where: { $0.id == id }) { return lesson }
        let open = lessons.filter { !completed.contains($0.id) }
        let ready = open.filter { $0.prerequisites.allSatisfy(completed.contains) }
        if let finished = justFinished, let done = lessons.first(where: { $0.id == finished }) {
            if let follower = ready.first(where: { $0.prerequisites.contains(finished) }) { return follower }
            let after = lessons.firstIndex { $0.id == finished }!
            if let sameArea = ready.first(where: { $0.area == done.area && lessons.firstIndex(of: $0)! > after }) {
                return sameArea
            }
        }
        return ready.first ?? open.first
    }

    /// The step a lesson opens at: where the learner left it part-way, else the start.
    func startIndex(of lesson: Lesson) -> Int {
        partWay[lesson.id] ?? 0
    }

    /// One lesson's line, with its marks, before wrapping.
    private func line(for index: Int, style: OutputStyle, suggestedID: String?) -> String {
        let lesson = lessons[index]
        var marks = ""
        if let step = partWay[lesson.id] {
            let words = catalogue.text(.menuMarkCarryOn, ["step": "\(step + 1)", "steps": "\(lesson.steps.count)"])
            marks += style.isPlain ? " (\(words))" : " " + style.warn("· " + words)
        } else if completed.contains(lesson.id) {
            let done = catalogue.text(.menuMarkDone)
            marks += style.isPlain ? " (\(done))" : " " + style.good("✓ " + done)
        }
        if notInLanguage.contains(lesson.id) {
            let english = catalogue.text(.menuMarkInEnglish)
            marks += style.isPlain ? " (\(english))" : " " + style.dim("· " + english)
        }
        if lesson.id == suggestedID {
            let suggested = catalogue.text(.menuMarkSuggested)
            marks += style.isPlain ? " (\(suggested))" : " " + style.warn("← " + suggested)
        }
        let number = index + 1 < 10 ? " \(index + 1)" : "\(index + 1)"
        return "  " + catalogue.text(one: .menuLessonOne, other: .menuLessonOther, count: lesson.minutes, [
            "number": number, "title": TerminalText.sanitizeLine(lesson.title), "minutes": "\(lesson.minutes)", "marks": marks,
        ])
    }

    /// One page of the menu: its lines (wrapped to `width`, words never split) and the lesson
    /// numbers it shows.
    struct Page: Equatable {
        var lines: [String]
        var numbers: ClosedRange<Int>
    }

    /// The menu cut into pages of at most `rows` lines each (at least one lesson a page), each
    /// page starting with its area's name.
    func pages(style: OutputStyle, width: Int, rows: Int) -> [Page] {
        let suggestedID = suggested?.id
        var pages: [Page] = []
        var current: [String] = []
        var first = 0
        var area: SkillsArea?
        for index in lessons.indices {
            let lesson = lessons[index]
            var block: [String] = []
            let newArea = lesson.area != area || current.isEmpty
            if newArea {
                if !current.isEmpty { block.append("") }
                block.append(style.bold(catalogue.name(of: lesson.area)))
            }
            block += TextWrapper.wrap(line(for: index, style: style, suggestedID: suggestedID), width: width)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if !current.isEmpty, current.count + block.count > rows {
                pages.append(Page(lines: current, numbers: (first + 1)...index))
                current = []
                first = index
                // A new page always names its area again.
                block = [style.bold(catalogue.name(of: lesson.area))] + block.drop { $0.isEmpty || $0 == style.bold(catalogue.name(of: lesson.area)) }
            }
            area = lesson.area
            current += block
        }
        if !current.isEmpty { pages.append(Page(lines: current, numbers: (first + 1)...lessons.count)) }
        return pages
    }

    /// The lesson a line names: its number, its id, or the start of its title.
    func choose(_ line: String) -> Lesson? {
        let text = line.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".)"))
        guard !text.isEmpty else { return nil }
        if let number = Int(text) {
            return (1...max(1, lessons.count)).contains(number) && !lessons.isEmpty ? lessons[number - 1] : nil
        }
        if let lesson = lessons.first(where: { $0.id == text }) { return lesson }
        return lessons.first { $0.title.lowercased().hasPrefix(text) && text.count >= 3 }
    }

    /// Words Tab can complete at the menu.
    var completionWords: [String] {
        lessons.map(\.title) + [catalogue.answers(.answersMore).first ?? ""] + [LearnerCommand.progress, .quit, .help].map(catalogue.commandWords.mainWord(of:))

    }
}
