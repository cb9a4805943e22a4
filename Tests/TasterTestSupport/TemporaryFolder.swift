import Foundation

/// A fresh folder under the system's temporary folder, removed when the last reference goes.
public final class TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Creates a uniquely named folder; `prefix` says which tests made it, should one be left.
    public init(prefix: String = "taster-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder (not created).
    public func child(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Deletes the folder and everything in it now, rather than when the last reference goes.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
