import Foundation

/// All the lessons found in some files or folders, checked against each other.
public struct LessonLibrary: Sendable {
    /// The usable lessons, in file order.
    public private(set) var lessons: [Lesson]
    /// How many lesson files were read.
    public private(set) var fileCount: Int
    /// The usable translations (those with no errors), in file order.
    public private(set) var translations: [LessonTranslation] = []
    /// How many translation files were read.
    public private(set) var translationFileCount = 0

    /// Loads every lesson under `paths`; problems include each file's own and those between
    /// files (two lessons with one id, a `requires` naming no lesson).
    public static func load(paths: [String], loader: LessonLoader = LessonLoader()) -> (library: LessonLibrary, problems: [LessonProblem]) {
        let (files, translationFiles, findProblems) = LessonFiles.search(in: paths)
        var problems = findProblems
        var lessons: [Lesson] = []
        let checked = ParallelMap.map(files) { file -> (lesson: Lesson?, problems: [LessonProblem]) in
            let result = loader.load(fileAt: file)
            guard let lesson = result.lesson else { return (nil, result.problems) }
            let own = LessonValidator.check(lesson)
            return (own.contains(where: { $0.severity == .error }) ? nil : lesson, result.problems + own)
        }
        for file in checked {
            problems += file.problems
            if let lesson = file.lesson { lessons.append(lesson) }
        }
        var firstFile: [String: String] = [:]
        var unique: [Lesson] = []
        for lesson in lessons {
            if let first = firstFile[lesson.id] {
                problems.append(LessonProblem(path: lesson.sourcePath, location: .start,
                    ProblemFact(.duplicateID, ["id": .text(lesson.id), "first": .text(first)])))
            } else {
                firstFile[lesson.id] = lesson.sourcePath
                unique.append(lesson)
            }
        }
        for lesson in unique {
            for prerequisite in lesson.prerequisites where firstFile[prerequisite] == nil {
                problems.append(LessonProblem(path: lesson.sourcePath, location: .start, severity: .warning,
                    ProblemFact(.unknownPrerequisite, ["id": .text(prerequisite)])))
            }
        }
        var library = LessonLibrary(lessons: unique, fileCount: files.count)
        library.translationFileCount = translationFiles.count
        let translated = loadTranslations(translationFiles, for: unique, loader: loader)
        library.translations = translated.translations
        return (library, problems + translated.problems)
    }

    /// Loads translation files and checks each against its English lesson: one of `lessons`, or
    /// the lesson file above its language folder when only the translation was given.
    static func loadTranslations(_ files: [String], for lessons: [Lesson], loader: LessonLoader) -> (translations: [LessonTranslation], problems: [LessonProblem]) {
        let byID = Dictionary(lessons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let checked = ParallelMap.map(files) { file -> (translation: LessonTranslation?, problems: [LessonProblem]) in
            let result = loader.loadTranslation(fileAt: file)
            guard let translation = result.translation else { return (nil, result.problems) }
            var problems = result.problems
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            if stem != translation.lessonID {
                problems.append(LessonProblem(path: file, location: .start,
                    ProblemFact(.translationMisnamed, ["id": .text(translation.lessonID), "file": .text(SafeText.quote((file as NSString).lastPathComponent))])))
            }
            var english = byID[translation.lessonID]
            if english == nil {
                let beside = LessonFiles.lessonPath(forTranslation: file)
                if FileManager.default.fileExists(atPath: beside) {
                    let loaded = loader.load(fileAt: beside).lesson
                    let usable = loaded.map { !LessonValidator.check($0).contains { $0.severity == .error } } ?? false
                    if let loaded, usable, loaded.id == translation.lessonID {
                        english = loaded
                    } else if !usable {
                        problems.append(LessonProblem(path: file, location: .start,
                            ProblemFact(.englishHasErrors, ["file": .text(SafeText.quote(beside))])))
                        return (nil, problems)
                    }
                }
            }
            guard let english else {
                problems.append(LessonProblem(path: file, location: .start,
                    ProblemFact(.translationOfNothing, ["id": .text(translation.lessonID)])))
                return (nil, problems)
            }
            problems += TranslationChecker.check(translation, against: english)
            return (problems.contains { $0.severity == .error } ? nil : translation, problems)
        }
        var translations: [LessonTranslation] = []
        var problems: [LessonProblem] = []
        var first: [String: String] = [:]
        for file in checked {
            problems += file.problems
            guard let translation = file.translation else { continue }
            let key = translation.lessonID + "|" + LanguageTag.primary(of: translation.language)
            if let earlier = first[key] {
                problems.append(LessonProblem(path: translation.sourcePath, location: .start,
                    ProblemFact(.translationTwice, ["earlier": .text(earlier), "id": .text(translation.lessonID), "language": .text(translation.language)])))
                continue
            }
            first[key] = translation.sourcePath
            translations.append(translation)
        }
        return (translations, problems)
    }

    /// The translations of one lesson, in file order.
    public func translations(of lessonID: String) -> [LessonTranslation] {
        translations.filter { $0.lessonID == lessonID }
    }

    /// The lesson as a learner reading `language` sees it: translated where a translation into
    /// that language exists, in English otherwise (`isOfferedInItsOwnLanguage` says so).
    public func lesson(id: String, language: String) -> LessonInLanguage? {
        guard let english = lesson(id: id) else { return nil }
        let translation = LanguageTag.primary(of: language) == LanguageTag.primary(of: english.language)
            ? nil : translations(of: id).first { $0.isFor(language: language) }
        return LessonInLanguage(lesson: english, requestedLanguage: language, translation: translation)
    }

    /// The library as a learner reading `language` sees it: each lesson translated where a
    /// translation into that language exists, in its own language otherwise, in the same order
    /// and with the same ids, steps and answers, so progress and resume points carry over.
    public func seen(in language: String) -> LessonLibrary {
        var seen = self
        seen.lessons = lessons.map { english in lesson(id: english.id, language: language)?.lesson ?? english }
        seen.notInLanguage = Set(lessons.filter { lesson(id: $0.id, language: language)?.isOfferedInItsOwnLanguage ?? false }.map(\.id))
        return seen
    }

    /// After ``seen(in:)``: the ids of lessons with no translation into that language, offered
    /// in their own language instead (the menu and the lesson say so). Empty otherwise.
    public private(set) var notInLanguage: Set<String> = []

    /// The languages a lesson can be played in: its own, then each translation's.
    public func languages(of lessonID: String) -> [String] {
        guard let english = lesson(id: lessonID) else { return [] }
        return [english.language] + translations(of: lessonID).map(\.language)
    }

    /// Creates a library from lessons already loaded.
    public init(lessons: [Lesson], fileCount: Int? = nil) {
        self.lessons = lessons
        self.fileCount = fileCount ?? lessons.count
    }

    /// The lesson with this id.
    public func lesson(id: String) -> Lesson? {
        lessons.first { $0.id == id }
    }
}
