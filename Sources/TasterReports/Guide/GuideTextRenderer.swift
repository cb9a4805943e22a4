import TasterLessons
import TasterWording

/// Writes a volunteer guide as plain text for the terminal: no colour, no boxes, one fact a line.
struct GuideTextRenderer {
    /// The words of the headings and labels.
    let catalogue: Catalogue

    /// The guide as text.
    func render(_ guide: VolunteerGuide) -> String {
        var lines = [
            catalogue.text(.guideTitleWithID, ["title": flat(guide.title), "id": guide.lessonID]),
            catalogue.text(.guideGoalLabel) + " " + flat(guide.goal), guide.factsLine,
        ]
        if !guide.prerequisites.isEmpty {
            lines.append(catalogue.text(.guideWorthFirstLabel) + " " + guide.prerequisites.joined(separator: ", "))
        }
        if !guide.sources.isEmpty {
            lines.append(catalogue.text(.guideSourcesHeading) + ":")
            lines += guide.sources.map { "  - " + guide.describe($0) }
        }
        for step in guide.steps {
            lines.append("")
            lines.append("\(guide.heading(of: step)): \(step.kindDescription)")
            if step.isSafetyPoint { lines.append("  (" + catalogue.text(.guideSafetyPoint) + ")") }
            lines += LessonText(step.text).plainLines.map { "  " + $0 }
            if let screen = step.screen {
                lines.append("  " + catalogue.text(.guideScreenLabel))
                lines += ScreenBlock.lines(of: screen).map { "    " + $0 }
            }
            if let source = step.source {
                lines.append("  " + catalogue.text(.guideSourceLabel) + " " + guide.describe(source))
            }
            if let note = step.note {
                lines.append("  >>> " + catalogue.text(.guideNoteLabelLoud) + " " + LessonText(note).plainLines.joined(separator: " "))
            }
            for section in step.sections {
                lines.append("  \(section.title):")
                for (offset, entry) in section.entries.enumerated() {
                    lines.append("    " + entryLine(entry, position: section.isOrdered ? offset + 1 : nil))
                    if let feedback = entry.feedback {
                        lines.append("        " + catalogue.text(.guideToldLabel) + " " + flat(feedback))
                    }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func entryLine(_ entry: GuideEntry, position: Int?) -> String {
        var parts: [String] = []
        if let label = entry.label ?? position.map(String.init) { parts.append(label + ")") }
        switch entry.mark {
        case .right: parts.append(catalogue.text(.guideRightLoud))
        case .wrong: parts.append(catalogue.text(.guideWrongQuiet))

        case nil: break
        }
        parts.append(entry.isLiteral ? entry.text : flat(entry.text))
        return parts.joined(separator: " ")
    }

    /// Lesson text on one line, bold markers taken out.
    private func flat(_ text: String) -> String {
        LessonText(text).plainLines.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
