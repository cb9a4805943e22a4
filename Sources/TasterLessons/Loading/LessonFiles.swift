import Foundation

/// Finds lesson files in folders: `.yaml` and `.yml` files, not sidecar `NAME.tests.yaml` files.
public enum LessonFiles {
    /// The lesson files under each path (a file is taken as it is), sorted, each once.
    public static func find(in paths: [String]) -> (files: [String], problems: [LessonProblem]) {
        var files: [String] = []
        var problems: [LessonProblem] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(LessonProblem(path: path, location: .start, message: "there is no file or folder here. Check the spelling of the path."))
                continue
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                if isLessonFile(relative) { found.append(base + "/" + relative) }
            }
            files += found.sorted()
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }, problems)
    }

    /// Whether a file name is a lesson (not a sidecar of tests).
    public static func isLessonFile(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !isSidecar(name)
    }

    /// Whether a file name is a sidecar of tests.
    public static func isSidecar(_ name: String) -> Bool {
        name.hasSuffix(".tests.yaml") || name.hasSuffix(".tests.yml")
    }

    /// The sidecar tests file that belongs to a lesson file.
    public static func sidecarPath(for lessonPath: String) -> String {
        let stem = lessonPath.hasSuffix(".yml") ? String(lessonPath.dropLast(4)) : lessonPath.hasSuffix(".yaml") ? String(lessonPath.dropLast(5)) : lessonPath
        return stem + ".tests.yaml"
    }
}
