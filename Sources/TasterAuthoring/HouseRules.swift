import Foundation
import TasterLessons

/// The house-rule lists that apply to one lesson file: the built-in lists, plus the files of the
/// nearest `rules` folder beside the lesson or above it, up to the library's root.
///
/// Where lint runs, and which folder it is told to look in, never change them: `taster lint .`
/// inside the lesson folder and `taster lint lessons` beside it give the same verdict.
public struct HouseRules: Sendable {
    /// The `rules` folder used, as an absolute path; nil when none was found.
    public var folder: String?
    /// The list files read from that folder, as absolute paths.
    public var files: [String]
    /// The built-in lists with those files' entries added.
    public var lists: RuleLists

    /// The rules for the lesson file at `path`: the nearest folder named `rules` holding at least
    /// one list file, looking in the file's own folder and up to `LessonFiles.deepestLevel`
    /// folders above it (a lesson is never deeper than that below its library's root).
    public static func forLesson(at path: String) -> HouseRules {
        var folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<LessonFiles.deepestLevel {
            if let found = inFolder(folder.appendingPathComponent(RuleLists.folderName).path) { return found }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return HouseRules(folder: nil, files: [], lists: .builtIn)
    }

    /// The rules of one `rules` folder, or nil when it holds none of the list files.
    static func inFolder(_ rulesFolder: String) -> HouseRules? {
        var texts: [String: String] = [:]
        var files: [String] = []
        for name in RuleLists.fileNames {
            let file = rulesFolder + "/" + name
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            texts[name] = text
            files.append(file)
        }
        guard !files.isEmpty else { return nil }
        let own = RuleLists.parse(
            brands: texts[RuleLists.brandNamesFileName] ?? "",
            allowedLinks: texts[RuleLists.allowedLinksFileName] ?? "",
            jargon: texts[RuleLists.jargonFileName] ?? "")
        return HouseRules(folder: rulesFolder, files: files, lists: RuleLists.builtIn.merging(own))
    }

    /// A path as an author would like to read it: relative to `base` when inside it.
    public static func shown(_ path: String, from base: String) -> String {
        let base = URL(fileURLWithPath: base).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
