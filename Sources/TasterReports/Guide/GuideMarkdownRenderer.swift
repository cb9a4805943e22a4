import TasterLessons
import TasterWording

/// Writes a volunteer guide as Markdown, with lesson text escaped and its `**bold**` kept.
struct GuideMarkdownRenderer {
    /// The words of the headings and labels.
    let catalogue: Catalogue

    /// The guide as Markdown.
    func render(_ guide: VolunteerGuide) -> String {
        var parts = ["# " + catalogue.text(.guideTitle, ["title": MarkdownText.inline(guide.title)])]
        var facts = "**\(catalogue.text(.guideGoalLabel))** \(MarkdownText.inline(guide.goal))  \n\(MarkdownText.escape(guide.factsLine))"
        if !guide.prerequisites.isEmpty {
            facts += "  \n" + catalogue.text(.guideWorthFirstLabel) + " " + guide.prerequisites.map { "`\($0)`" }.joined(separator: ", ")
        }
        parts.append(facts)
        if !guide.sources.isEmpty {
            parts.append("**\(catalogue.text(.guideSourcesHeading))**\n\n" + guide.sources.map { "- " + sourceText($0, in: guide) }.joined(separator: "\n"))
        }
        for step in guide.steps {
            parts.append("## \(MarkdownText.escape(guide.heading(of: step)))\n\n*\(MarkdownText.escape(step.kindDescription))*"
                + (step.isSafetyPoint ? "  \n**\(catalogue.text(.guideSafetyPoint))**" : ""))
            parts.append(MarkdownText.block(step.text))
            if let screen = step.screen {
                let lines = ScreenBlock.lines(of: screen)
                let fence = String(repeating: "`", count: max(3, (lines.map(Self.longestBacktickRun).max() ?? 0) + 1))
                parts.append(([fence + "text"] + lines + [fence]).joined(separator: "\n"))
            }
            if let source = step.source {
                parts.append("*\(catalogue.text(.guideSourceLabel))* " + sourceText(source, in: guide))
            }
            if let note = step.note {
                parts.append("> **\(catalogue.text(.guideNoteLabel))** " + MarkdownText.inline(note))
            }
            for section in step.sections {
                var lines = ["**\(MarkdownText.escape(section.title))**", ""]
                for (offset, entry) in section.entries.enumerated() {
                    let bullet = section.isOrdered ? "\(offset + 1)." : "-"
                    lines.append("\(bullet) " + entryText(entry))
                    if let feedback = entry.feedback {
                        lines.append("  " + String(repeating: " ", count: bullet.count - 1) + catalogue.text(.guideToldLabel) + " " + MarkdownText.inline(feedback))
                    }
                }
                parts.append(lines.joined(separator: "\n"))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// A source: its title escaped, its address as an autolink, the day it was checked.
    private func sourceText(_ source: LessonSource, in guide: VolunteerGuide) -> String {
        MarkdownText.escape(guide.describe(source, title: "\u{E000}", address: "\u{E001}"))
            .replacingOccurrences(of: "\u{E000}", with: MarkdownText.escape(source.title))
            .replacingOccurrences(of: "\u{E001}", with: "<\(source.address)>")
    }

    private func entryText(_ entry: GuideEntry) -> String {
        var prefix = entry.label.map { "\($0)) " } ?? ""
        switch entry.mark {
        case .right: prefix += "**\(catalogue.text(.guideRight))** "
        case .wrong: prefix += catalogue.text(.guideWrong) + " "

        case nil: break
        }
        let body = entry.isLiteral ? literal(entry.text) : MarkdownText.inline(entry.text)
        return prefix + body + (entry.feedback == nil ? "" : "  ")
    }

    /// The longest run of backticks in a line, so that a fence around it is longer.
    static func longestBacktickRun(_ text: String) -> Int {
        var longestRun = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        return longestRun
    }

    /// Text shown exactly as written, in a code span long enough to hold any backticks inside.
    private func literal(_ text: String) -> String {
        let fence = String(repeating: "`", count: Self.longestBacktickRun(text) + 1)
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text + padding + fence
    }
}
