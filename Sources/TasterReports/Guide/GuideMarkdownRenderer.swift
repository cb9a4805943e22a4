import TasterLessons

/// Writes a volunteer guide as Markdown, with lesson text escaped and its `**bold**` kept.
struct GuideMarkdownRenderer {
    /// The guide as Markdown.
    func render(_ guide: VolunteerGuide) -> String {
        var parts = ["# Volunteer guide: \(MarkdownText.inline(guide.title))"]
        var facts = "**Goal:** \(MarkdownText.inline(guide.goal))  \n\(MarkdownText.escape(guide.factsLine))"
        if !guide.prerequisites.isEmpty {
            facts += "  \nWorth doing first: " + guide.prerequisites.map { "`\($0)`" }.joined(separator: ", ")
        }
        parts.append(facts)
        if !guide.sources.isEmpty {
            parts.append("**Sources of the facts in this lesson**\n\n" + guide.sources.map {
                "- " + MarkdownText.escape("\($0.title): ") + "<\($0.address)>" + MarkdownText.escape(" (checked \($0.checked))")
            }.joined(separator: "\n"))
        }
        for step in guide.steps {
            parts.append("## \(MarkdownText.escape(guide.heading(of: step)))\n\n*\(MarkdownText.escape(step.kindDescription))*"
                + (step.isSafetyPoint ? "  \n**The lesson's safety point.**" : ""))
            parts.append(MarkdownText.block(step.text))
            if let screen = step.screen {
                let lines = ScreenBlock.lines(of: screen)
                let fence = String(repeating: "`", count: max(3, (lines.map(Self.longestBacktickRun).max() ?? 0) + 1))
                parts.append(([fence + "text"] + lines + [fence]).joined(separator: "\n"))
            }
            if let source = step.source {
                parts.append("*Source:* " + MarkdownText.escape(source.title + ": ") + "<\(source.address)>" + MarkdownText.escape(" (checked \(source.checked))"))
            }
            if let note = step.note {
                parts.append("> **Volunteer note:** " + MarkdownText.inline(note))
            }
            for section in step.sections {
                var lines = ["**\(MarkdownText.escape(section.title))**", ""]
                for (offset, entry) in section.entries.enumerated() {
                    let bullet = section.isOrdered ? "\(offset + 1)." : "-"
                    lines.append("\(bullet) " + entryText(entry))
                    if let feedback = entry.feedback {
                        lines.append("  " + String(repeating: " ", count: bullet.count - 1) + "Told: " + MarkdownText.inline(feedback))
                    }
                }
                parts.append(lines.joined(separator: "\n"))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func entryText(_ entry: GuideEntry) -> String {
        var prefix = entry.label.map { "\($0)) " } ?? ""
        switch entry.mark {
        case .right: prefix += "**Right:** "
        case .wrong: prefix += "Wrong: "
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
