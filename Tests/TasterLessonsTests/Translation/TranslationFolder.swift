import Foundation
import TasterTestSupport

/// A fresh library folder holding the fixture lesson `every-kind.yaml` and its Welsh
/// translation `cy/every-kind.yaml`, each with any edits a test asks for.
struct TranslationFolder {
    /// The folder, removed when the last reference goes.
    let folder: TemporaryFolder
    /// The translation's text as written.
    let translationText: String

    /// The fixture lesson's text.
    static let lessonText = try! String(contentsOf: RepositoryFiles.fixture("lessons/every-kind.yaml"), encoding: .utf8)
    /// The fixture translation's text.
    static let fixtureText = try! String(contentsOf: RepositoryFiles.fixture("translations/cy/every-kind.yaml"), encoding: .utf8)

    /// Writes the lesson and the translation, replacing each `(old, new)` in the translation
    /// (and each in `lessonEdits` in the lesson); a replacement that finds nothing is a test bug.
    init(translation edits: [(String, String)] = [], lessonEdits: [(String, String)] = [], folderName: String = "cy", translationText: String? = nil) throws {
        folder = try TemporaryFolder(prefix: "taster-translation")
        var lesson = Self.lessonText
        for (old, new) in lessonEdits {
            precondition(lesson.contains(old), "the fixture lesson has no \(old)")
            lesson = lesson.replacingOccurrences(of: old, with: new)
        }
        var text = translationText ?? Self.fixtureText
        for (old, new) in edits {
            precondition(text.contains(old), "the fixture translation has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        self.translationText = text
        try Data(lesson.utf8).write(to: folder.child("every-kind.yaml"))
        try FileManager.default.createDirectory(at: folder.child(folderName), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: translationURL(folderName))
    }

    /// The translation file.
    func translationURL(_ folderName: String = "cy") -> URL { folder.child(folderName).appendingPathComponent("every-kind.yaml") }

    /// `line:column` of the first `needle` in the translation, where lint should point.
    func location(of needle: String, offset: Int = 0) -> String {
        let lines = translationText.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: needle) {
                return "\(index + 1):\(line.distance(from: line.startIndex, to: range.lowerBound) + 1 + offset)"
            }
        }
        return "nowhere"
    }
}
