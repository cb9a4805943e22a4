import Foundation
import TasterLessons
import TasterWording

/// The library's lessons listed for people: as a table, JSON for tools, or Markdown for a catalogue.
public struct LessonCatalogue: Sendable {
    /// One lesson's entry.
    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var summary: String
        public var area: String
        public var areaName: String
        public var minutes: Int
        public var steps: Int
        public var reviewed: String
        public var requires: [String]
        public var file: String
        /// The languages it is translated into, with each translation's status.
        public var translations: [Translation]
    }

    /// One translation of a lesson, as the catalogue lists it.
    public struct Translation: Codable, Sendable, Equatable {
        /// The language tag, such as `cy`.
        public var language: String
        /// `draft` or `reviewed`.
        public var status: String
        /// Who reviewed it, when it has been.
        public var reviewedBy: String?
        /// Where it was loaded from.
        public var file: String
    }

    /// The entries, grouped by area in the framework's order, then by file order.
    public var entries: [Entry]
    /// The words the listing is written in.
    private let words: Catalogue

    /// Builds the catalogue of `library`, in the words of `catalogue`.
    public init(_ library: LessonLibrary, catalogue: Catalogue = .english) {
        words = catalogue
        let order = Dictionary(uniqueKeysWithValues: SkillsArea.allCases.enumerated().map { ($1, $0) })
        entries = library.lessons.enumerated()
            .sorted { (order[$0.element.area]!, $0.offset) < (order[$1.element.area]!, $1.offset) }
            .map { _, lesson in
                Entry(id: lesson.id, title: lesson.title, summary: lesson.summary, area: lesson.area.rawValue,
                      areaName: catalogue.name(of: lesson.area), minutes: lesson.minutes, steps: lesson.steps.count,
                      reviewed: lesson.reviewed.description, requires: lesson.prerequisites, file: lesson.sourcePath,
                      translations: library.translations(of: lesson.id).map {
                          Translation(language: $0.language, status: $0.status.word, reviewedBy: $0.status.reviewer, file: $0.sourcePath)
                      })
            }
    }

    /// "cy (draft), pl (reviewed by ...)": each translation with its status.
    func languagesLine(_ translations: [Translation]) -> String {
        translations.map { translation in
            let status = translation.reviewedBy.map { words.text(.lessonsTranslationReviewedBy, ["reviewer": $0]) }
                ?? words.text(translation.status == "reviewed" ? .lessonsTranslationReviewed : .lessonsTranslationDraft)
            return words.text(.lessonsTranslationEntry, ["language": translation.language, "status": status])
        }.joined(separator: words.text(.lessonsTranslationSeparator))
    }

    /// Pretty JSON: `{"lessons": [...]}`.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(["lessons": entries]), as: UTF8.self)
    }

    /// A plain table a volunteer can read in a terminal.
    public func text() -> String {
        guard !entries.isEmpty else { return words.text(.lessonsNoneFound) }
        let idWidth = max(2, entries.map(\.id.count).max() ?? 0)
        var lines: [String] = []
        var area = ""
        for entry in entries {
            if entry.areaName != area {
                if !area.isEmpty { lines.append("") }
                area = entry.areaName
                lines.append(area)
            }
            let id = entry.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            lines.append("  " + words.text(.lessonsRow, [
                "id": id, "minutes": String(format: "%3d", entry.minutes), "steps": String(format: "%2d", entry.steps), "title": entry.title,
            ]))
            if !entry.translations.isEmpty {
                lines.append("  " + String(repeating: " ", count: idWidth) + "  " + words.text(.lessonsAlsoInRow, ["languages": languagesLine(entry.translations)]))
            }
        }
        lines.append("")
        lines.append(words.text(one: .lessonsTotalOne, other: .lessonsTotalOther, count: entries.count, ["minutes": "\(entries.map(\.minutes).reduce(0, +))"]))
        return lines.joined(separator: "\n")
    }

    /// A Markdown catalogue for planning a session.
    public func markdown() -> String {
        var lines = ["# " + words.text(.lessonsHeading), "", words.text(.lessonsIntro), ""]
        var area = ""
        for entry in entries {
            if entry.areaName != area {
                area = entry.areaName
                let columns = [WordKey.lessonsColumnLesson, .lessonsColumnMinutes, .lessonsColumnSteps, .lessonsColumnGoal].map { words.text($0) }
                lines += ["## \(area)", "", "| " + columns.joined(separator: " | ") + " |", "| --- | ---: | ---: | --- |"]

            }
            let languages = entry.translations.isEmpty ? "" : " " + words.text(.lessonsAlsoInSentence, ["languages": languagesLine(entry.translations)])
            lines.append("| **\(entry.title)** (`\(entry.id)`) | \(entry.minutes) | \(entry.steps) | \(entry.summary)\(languages) |")
            if entries.last(where: { $0.areaName == area })?.id == entry.id { lines.append("") }
        }
        return lines.joined(separator: "\n")
    }
}
