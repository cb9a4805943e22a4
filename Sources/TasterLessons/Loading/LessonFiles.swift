import Foundation

/// Finds lesson files in folders: `.yaml` and `.yml` files, not sidecar `NAME.tests.yaml` files.
public enum LessonFiles {
    /// How many folders deep a lesson folder is searched: `lessons/money/budgets/x.yaml` is found.
    public static let deepestLevel = 3
    /// How many files and folders a search looks at before it stops: a lesson folder holds far
    /// fewer, and a mistaken `--lessons /` must not read the whole disk.
    public static let mostEntries = 20_000

    /// The lesson files under each path (a file is taken as it is), sorted, each once; a folder
    /// search stops after `mostEntries` entries with a problem that says so. Translations, in
    /// folders named by a language tag, are not lesson files: `search` finds them.
    public static func find(in paths: [String], mostEntries: Int = mostEntries) -> (files: [String], problems: [LessonProblem]) {
        let found = search(in: paths, mostEntries: mostEntries)
        return (found.files, found.problems)
    }

    /// The lesson files and the translation files under each path, each sorted and once: a
    /// translation is a `.yaml` file in a folder named by a language tag, such as `lessons/cy/`.
    public static func search(in paths: [String], mostEntries: Int = mostEntries) -> (files: [String], translations: [String], problems: [LessonProblem]) {
        var files: [String] = []
        var translations: [String] = []
        var problems: [LessonProblem] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(LessonProblem(path: path, location: .start, ProblemFact(path.isEmpty ? .noPathGiven : .noSuchPath)))
                continue
            }
            guard isFolder.boolValue else {
                if isTranslation(path) {
                    translations.append(path)
                } else if isSidecar(path) {
                    // A tests file given by itself: check its lesson, which loads the tests too.
                    let lesson = lessonPath(forSidecar: path)
                    if let lesson { files.append(lesson) } else { problems += orphanProblems(sidecars: [path], lessons: []) }
                } else {
                    files.append(path)
                    translations += translationsBeside(path)
                }
                continue
            }
            let walk = walkFolder(path, mostEntries: mostEntries)
            files += walk.files
            translations += walk.translations
            problems += walk.problems
        }
        var seen = Set<String>()
        var seenTranslations = Set<String>()
        return (files.filter { seen.insert($0).inserted }, translations.filter { seenTranslations.insert($0).inserted }, problems)
    }

    /// The lesson files in one folder and its subfolders, skipping hidden ones such as `.git`.
    private static func walkFolder(_ path: String, mostEntries: Int) -> (files: [String], translations: [String], problems: [LessonProblem]) {
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            return ([], [], [LessonProblem(path: path, location: .start, ProblemFact(.folderUnreadable))])
        }
        var found: [String] = []
        var translations: [String] = []
        // A language folder given itself (`taster lint lessons/cy`) holds translations too.
        let insideLanguageFolder = LanguageTag.isValid((base as NSString).lastPathComponent)
        var sidecars: [String] = []
        var seen = 0
        while let relative = enumerator.nextObject() as? String {
            seen += 1
            if seen > mostEntries {
                return (found.sorted(), translations.sorted(), [LessonProblem(path: path, location: .start, ProblemFact(.folderTooBig, ["most": "\(mostEntries)"]))])
            }
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") || enumerator.level >= deepestLevel {
                enumerator.skipDescendants()
            }
            let folders = relative.split(separator: "/").dropLast()
            let inLanguageFolder = folders.last.map { LanguageTag.isValid(String($0)) } ?? insideLanguageFolder
            if isLessonFile(name), inLanguageFolder, isTranslationFile(base + "/" + relative) {
                translations.append(base + "/" + relative)
                continue
            }
            if isLessonFile(name) { found.append(base + "/" + relative) }
            if isSidecar(name) { sidecars.append(base + "/" + relative) }
        }
        return (found.sorted(), translations.sorted(), orphanProblems(sidecars: sidecars, lessons: Set(found)))
    }

    /// The translations of a lesson file given by itself: files of the same name in the
    /// language folders beside it, so that linting one lesson checks its translations too.
    static func translationsBeside(_ lessonPath: String) -> [String] {
        let folder = (lessonPath as NSString).deletingLastPathComponent
        let name = (lessonPath as NSString).lastPathComponent
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return entries.filter(LanguageTag.isValid).sorted().map { (folder.isEmpty ? "" : folder + "/") + $0 + "/" + name }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Whether a file is a translation: a `.yaml` file in a folder named by a language tag, with
    /// its English lesson in the folder above or a `lesson:` line of its own. A folder of lessons
    /// that happens to have a short name (`new`, `tmp`) holds lessons, not translations.
    public static func isTranslation(_ path: String) -> Bool {
        let url = URL(fileURLWithPath: path)
        return isLessonFile(url.lastPathComponent) && LanguageTag.isValid(url.deletingLastPathComponent().lastPathComponent)
            && isTranslationFile(path)
    }

    /// Whether a file in a language folder is a translation rather than a lesson.
    static func isTranslationFile(_ path: String) -> Bool {
        if FileManager.default.fileExists(atPath: lessonPath(forTranslation: path)) { return true }
        // No English lesson above: look at the start of the file for the key only translations have.
        // Read as lessons are, so that a FIFO or a huge file never makes the search wait.
        guard case .success(let bytes) = FileReading.read(path, limit: LoaderLimits.standard.maxFileBytes) else { return false }
        return String(decoding: bytes.prefix(4096), as: UTF8.self).split(separator: "\n").contains { $0.hasPrefix("lesson:") }
    }

    /// The English lesson file a translation belongs to: the file of the same name in the folder
    /// above its language folder (`lessons/unit-prices.yaml` for `lessons/cy/unit-prices.yaml`).
    public static func lessonPath(forTranslation path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = (path as NSString).deletingLastPathComponent
        let above = (folder as NSString).deletingLastPathComponent
        return (above.isEmpty ? "" : above + "/") + url.lastPathComponent
    }

    /// An error for each tests file with no lesson file beside it, which would otherwise be
    /// silently ignored (a misspelt or renamed lesson leaves its tests behind).
    static func orphanProblems(sidecars: [String], lessons: Set<String>) -> [LessonProblem] {
        sidecars.sorted().compactMap { sidecar in
            let stem = String(sidecar.dropLast(sidecar.hasSuffix(".tests.yml") ? 10 : 11))
            guard !lessons.contains(stem + ".yaml"), !lessons.contains(stem + ".yml") else { return nil }
            let lessonName = (stem as NSString).lastPathComponent + ".yaml"
            return LessonProblem(path: sidecar, location: .start,
                ProblemFact(.testsFileAlone, ["lesson": .text(SafeText.quote(lessonName))]))
        }
    }

    /// Whether a file name is a lesson (not a sidecar of tests).
    public static func isLessonFile(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !isSidecar(name)
    }

    /// Whether a file name is a sidecar of tests.
    public static func isSidecar(_ name: String) -> Bool {
        name.hasSuffix(".tests.yaml") || name.hasSuffix(".tests.yml")
    }

    /// The lesson file beside a tests file, when there is one.
    static func lessonPath(forSidecar path: String) -> String? {
        let stem = String(path.dropLast(path.hasSuffix(".tests.yml") ? 10 : 11))
        return [stem + ".yaml", stem + ".yml"].first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The sidecar tests file that belongs to a lesson file.
    public static func sidecarPath(for lessonPath: String) -> String {
        let stem = lessonPath.hasSuffix(".yml") ? String(lessonPath.dropLast(4)) : lessonPath.hasSuffix(".yaml") ? String(lessonPath.dropLast(5)) : lessonPath
        return stem + ".tests.yaml"
    }
}
