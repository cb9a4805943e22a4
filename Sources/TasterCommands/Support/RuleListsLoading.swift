import Foundation
import TasterLessons

/// The content rules with the lists kept beside the lessons (`rules/*.txt`), which add to the
/// built-in lists.
enum ContentRuleSetup {
    /// The content rules for lessons under `folder`, dated `today`.
    static func rules(lessonFolder folder: String, today: CalendarDate) -> @Sendable (Lesson) -> [LessonProblem] {
        let lists = RuleLists.builtIn.merging(listsInFolder(folder))
        let rules = ContentRules.rules(lists: lists, today: today)
        return { lesson in ContentRules.check(lesson, rules: rules) }
    }

    /// The lists in `folder/rules`, empty where a file is missing.
    static func listsInFolder(_ folder: String) -> RuleLists {
        let rulesFolder = URL(fileURLWithPath: folder).appendingPathComponent(RuleLists.folderName)
        func read(_ name: String) -> String {
            (try? String(contentsOf: rulesFolder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        return RuleLists.parse(
            brands: read(RuleLists.brandNamesFileName),
            allowedLinks: read(RuleLists.allowedLinksFileName),
            jargon: read(RuleLists.jargonFileName))
    }
}
