import Foundation

/// Where the shared test fixtures are.
enum FixturePaths {
    /// `Tests/Fixtures`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A fixture lesson file.
    static func lesson(_ name: String) -> String {
        root.appendingPathComponent("lessons/\(name)").path
    }
}
