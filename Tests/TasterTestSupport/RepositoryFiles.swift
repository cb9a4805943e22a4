import Foundation

/// Files of the repository that tests read: the bundled lessons and the fixtures.
public enum RepositoryFiles {
    /// The repository's top folder.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        // Tests/TasterTestSupport/RepositoryFiles.swift -> the repository.
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// A folder or file under `Tests/Fixtures`.
    public static func fixture(_ path: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(path)
    }

    /// The lessons that ship with taster.
    public static var bundledLessons: URL { root.appendingPathComponent("lessons") }

    /// Whether golden files are to be written rather than compared (`TASTER_RECORD_TRANSCRIPTS=1`,
    /// as `scripts/record-transcripts` sets).
    public static var isRecordingGoldens: Bool {
        ProcessInfo.processInfo.environment["TASTER_RECORD_TRANSCRIPTS"] == "1"
    }
}
