import Foundation
import TasterLessons

/// The list of lessons a learner picks from: grouped by area, numbered, with a mark for those
/// completed and the one suggested next.
struct LessonMenu {
    /// The lessons in menu order.
    let lessons: [Lesson]
    /// Ids of lessons this learner has completed.
    let completed: Set<String>

    init(library: LessonLibrary, completed: Set<String>) {
        let order = Dictionary(uniqueKeysWithValues: SkillsArea.allCases.enumerated().map { ($1, $0) })
        lessons = library.lessons.enumerated()
            .sorted { (order[$0.element.area]!, $0.offset) < (order[$1.element.area]!, $1.offset) }
            .map(\.element)
        self.completed = completed
    }

    /// The first lesson not yet done whose prerequisites are done (else the first not done).
    var suggested: Lesson? {
        let open = lessons.filter { !completed.contains($0.id) }
        return open.first { $0.prerequisites.allSatisfy(completed.contains) } ?? open.first
    }

    /// The menu as lines of text.
    func lines(style: OutputStyle) -> [String] {
        var lines: [String] = []
        var area: SkillsArea?
        let suggestedID = suggested?.id
        for (index, lesson) in lessons.enumerated() {
            if lesson.area != area {
                area = lesson.area
                lines.append("")
                lines.append(style.bold(lesson.area.displayName))
            }
            let done = completed.contains(lesson.id)
            let mark = done ? (style.isPlain ? " (done)" : " " + style.good("✓ done")) : ""
            let next = lesson.id == suggestedID ? (style.isPlain ? " (suggested next)" : " " + style.warn("← suggested next")) : ""
            let number = String(index + 1).count == 1 ? " \(index + 1)" : "\(index + 1)"
            lines.append("  \(number)) \(TerminalText.sanitizeLine(lesson.title)), \(lesson.minutes) minute\(lesson.minutes == 1 ? "" : "s")\(mark)\(next)")
        }
        return lines
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
        lessons.map(\.title) + ["quit", "help"]
    }
}
