import Foundation
import TasterAuthoring
import TasterLessons
import TasterWording

/// The content rules for a set of lesson files, each checked with the house rules kept beside it
/// (see `HouseRules`), so the verdict does not depend on where lint is run.
struct ContentRuleSetup {
    /// The content rules, choosing each lesson's lists by its file.
    let rules: @Sendable (Lesson) -> [LessonProblem]
    /// The rules for every language, for a translation's steps, with the lists kept beside it.
    let translationRules: @Sendable (Lesson) -> [LessonProblem]
    /// The rules folders used (absolute paths, sorted), and whether some lesson had none.
    let foldersUsed: [String]
    /// The list files read.
    let filesUsed: [String]
    /// Whether some lesson had no rules folder and got the built-in lists only.
    let someBuiltInOnly: Bool

    /// The content rules for the lessons under `paths`, dated `today`.
    init(paths: [String], today: CalendarDate) {
        let (files, translations, _) = LessonFiles.search(in: paths)
        var byFolder: [String: HouseRules] = [:]
        var byFile: [String: [any ContentRule]] = [:]
        var builtInOnly = false
        let builtInRules = ContentRules.rules(lists: .builtIn, today: today)
        var folderRules: [String: [any ContentRule]] = [:]
        for file in files {
            let found = HouseRules.forLesson(at: file)
            guard let folder = found.folder else {
                builtInOnly = true
                byFile[file] = builtInRules
                continue
            }
            if byFolder[folder] == nil {
                byFolder[folder] = found
                folderRules[folder] = ContentRules.rules(lists: found.lists, today: today)
            }
            byFile[file] = folderRules[folder]
        }
        let chosen = byFile
        rules = { lesson in ContentRules.check(lesson, rules: chosen[lesson.sourcePath] ?? builtInRules) }
        var translationLists: [String: RuleLists] = [:]
        for file in translations {
            let found = HouseRules.forLesson(at: file)
            if let folder = found.folder, byFolder[folder] == nil { byFolder[folder] = found }
            translationLists[file] = found.lists
        }
        let listsByFile = translationLists
        translationRules = { seen in
            ContentRules.check(seen, rules: ContentRules.rulesForEveryLanguage(lists: listsByFile[seen.sourcePath] ?? .builtIn))
        }
        foldersUsed = byFolder.keys.sorted()
        filesUsed = foldersUsed.flatMap { byFolder[$0]!.files }
        someBuiltInOnly = builtInOnly || (files.isEmpty && translations.isEmpty)
    }

    /// The line saying which rule files were used, with paths relative to `base` when inside it.
    func description(from base: String, catalogue: Catalogue) -> String {
        let shown = filesUsed.map { HouseRules.shown($0, from: base) }
        if shown.isEmpty {
            return catalogue.text(.houseRulesBuiltInOnly)
        }
        let files = shown.joined(separator: ", ")
        return catalogue.text(someBuiltInOnly ? .houseRulesFilesSomeBuiltIn : .houseRulesFiles, ["files": files])
    }

}
