import TasterLessons
import TasterWording

/// Writes a volunteer guide as one self-contained HTML page: no scripts, no network, escaped
/// lesson text, and print CSS that keeps each step on one A4 page where it fits.
struct GuideHTMLRenderer {
    /// The words of the headings and labels.
    let catalogue: Catalogue

    /// The guide's own styles, after the shared print styles.
    static let css = """
    .facts { margin-bottom: 10pt; }
    section.step { border-top: 2px solid #555555; padding-top: 6pt; margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; }
    section.step h2 { border: none; margin-top: 0; }
    .kind { font-style: italic; color: #333333; margin-bottom: 6pt; }
    .lesson-text { margin: 0 0 8pt 0; }
    pre.screen { font-family: monospace; white-space: pre; border: 1px solid #444; padding: 4pt 6pt; margin: 6pt 0; overflow-x: auto; }
    aside.note { border: 2px solid #7a5c00; border-left-width: 8px; background: #fff6d5; padding: 5pt 8pt; margin: 6pt 0 8pt 0;
                 -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    aside.note strong.label { text-transform: uppercase; letter-spacing: 0.04em; }
    .section-title { font-weight: bold; margin: 6pt 0 2pt 0; }
    p.entry { margin-left: 20pt; }
    ul.entries, ol.entries { margin-top: 0; }
    .mark { font-weight: bold; }
    .right .mark { color: #1b5e20; }
    .wrong .mark { color: #8b1a1a; }
    .feedback { display: block; color: #333333; margin-left: 1.2em; }
    code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; background: #f2f2f2; padding: 0 2pt; border: 1px solid #dddddd; }
    """

    /// The guide as a page.
    func render(_ guide: VolunteerGuide) -> String {
        var body = ["<h1>" + catalogue.text(.guideTitle, ["title": HTMLText.escape(guide.title)]) + "</h1>"]
        var facts = "<p><strong>\(catalogue.text(.guideGoalLabel))</strong> \(inline(guide.goal))</p>\n<p>\(HTMLText.escape(guide.factsLine))"
        if !guide.prerequisites.isEmpty {
            facts += "<br>\n" + catalogue.text(.guideWorthFirstLabel) + " " + guide.prerequisites.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: ", ")
        }
        body.append("<div class=\"facts\">\n" + facts + "</p>\n</div>")
        if !guide.sources.isEmpty {
            body.append("<p class=\"section-title\">\(catalogue.text(.guideSourcesHeading))</p>\n<ul class=\"sources\">\n"
                + guide.sources.map { "<li>" + sourceHTML($0, in: guide) + "</li>" }.joined(separator: "\n") + "\n</ul>")
        }
        for step in guide.steps {
            body.append(section(for: step, in: guide))
        }
        return HTMLPage.document(language: catalogue.pageLanguage, title: catalogue.text(.guideTitle, ["title": guide.title]), css: Self.css, body: body.joined(separator: "\n"))
    }

    private func section(for step: GuideStep, in guide: VolunteerGuide) -> String {
        var parts = [
            "<section class=\"step\">",
            "<h2>\(HTMLText.escape(guide.heading(of: step)))</h2>",
            "<p class=\"kind\">\(HTMLText.escape(step.kindDescription))</p>",
            "<div class=\"lesson-text\">\n\(LessonText(step.text).html)\n</div>",
        ]
        if step.isSafetyPoint {
            parts.insert("<p class=\"kind\"><strong>\(catalogue.text(.guideSafetyPoint))</strong></p>", at: 3)
        }
        if let screen = step.screen {
            parts.append("<pre class=\"screen\">" + ScreenBlock.lines(of: screen).map(HTMLText.escape).joined(separator: "\n") + "</pre>")
        }
        if let source = step.source {
            parts.append("<p class=\"source\">" + catalogue.text(.guideSourceLabel) + " " + sourceHTML(source, in: guide) + "</p>")
        }
        if let note = step.note {
            parts.append("<aside class=\"note\"><strong class=\"label\">\(catalogue.text(.guideNoteLabel))</strong> \(inline(note))</aside>")
        }
        for section in step.sections {
            parts.append("<p class=\"section-title\">\(HTMLText.escape(section.title))</p>")
            if section.entries.count == 1, let only = section.entries.first, only.label == nil, only.mark == nil, !only.isLiteral {
                // A lone sentence, such as the solution, reads better as a paragraph than a one-item list.
                parts.append("<p class=\"entry\">\(inline(only.text))</p>")
                continue
            }
            let tag = section.isOrdered ? "ol" : "ul"
            parts.append("<\(tag) class=\"entries\">")
            for entry in section.entries {
                parts.append(item(for: entry))
            }
            parts.append("</\(tag)>")
        }
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }

    /// A source as a title, a link and the day it was checked.
    private func sourceHTML(_ source: LessonSource, in guide: VolunteerGuide) -> String {
        let address = HTMLText.escape(source.address)
        return guide.describe(source, title: HTMLText.escape(source.title), address: "<a href=\"\(address)\">\(address)</a>")
    }

    private func item(for entry: GuideEntry) -> String {
        var html = entry.mark.map { "<li class=\"\($0.rawValue)\">" } ?? "<li>"
        if let label = entry.label { html += HTMLText.escape(label) + ") " }
        switch entry.mark {
        case .right: html += "<span class=\"mark\">&#10003; \(catalogue.text(.guideRight))</span> "
        case .wrong: html += "<span class=\"mark\">&#10007; \(catalogue.text(.guideWrong))</span> "
        case nil: break
        }
        html += entry.isLiteral ? "<code>\(HTMLText.escape(entry.text))</code>" : inline(entry.text)
        if let feedback = entry.feedback {
            html += "<span class=\"feedback\">\(catalogue.text(.guideToldLabel)) \(inline(feedback))</span>"

        }
        return html + "</li>"
    }

    /// Lesson text on one line: escaped, bold kept.
    private func inline(_ text: String) -> String {
        LessonText(text).blocks.map { block in
            switch block {
            case .paragraph(let lines): lines.map(LessonText.html).joined(separator: " ")
            case .list(let items): items.map { "&bull; " + LessonText.html($0) }.joined(separator: " ")
            }
        }.joined(separator: " ")
    }
}
