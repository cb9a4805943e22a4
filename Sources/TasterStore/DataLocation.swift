import Foundation

/// Where the progress file lives, and why there.
///
/// The first of these wins: the `--data-dir` option, the `TASTER_DATA_DIR` environment variable,
/// `$XDG_DATA_HOME/taster`, and `~/.local/share/taster`. The environment is passed in, so the
/// choice can be tested without touching the real one.
public struct DataLocation: Sendable, Equatable {
    /// What decided the folder, so that `taster where` can explain it.
    public enum Source: String, Sendable, Equatable {
        /// The `--data-dir` option.
        case option = "--data-dir"
        /// The `TASTER_DATA_DIR` environment variable.
        case environment = "TASTER_DATA_DIR"
        /// `$XDG_DATA_HOME/taster`.
        case xdgDataHome = "XDG_DATA_HOME"
        /// `~/.local/share/taster`.
        case home = "default"
    }

    /// The progress file's name inside the folder.
    public static let databaseFileName = "progress.sqlite"
    /// The lock file's name: held while opening and migrating, so that many terminals starting
    /// at once on a fresh file do not race.
    public static let lockFileName = "progress.lock"
    /// The environment variable naming the folder.
    public static let environmentVariable = "TASTER_DATA_DIR"

    /// The data folder.
    public let folder: URL
    /// What decided it.
    public let source: Source

    /// A location in a given folder.
    public init(folder: URL, source: Source = .option) {
        self.folder = folder.standardizedFileURL
        self.source = source
    }

    /// The progress database file.
    public var databaseFile: URL { folder.appendingPathComponent(Self.databaseFileName) }
    /// The lock file beside it.
    public var lockFile: URL { folder.appendingPathComponent(Self.lockFileName) }

    /// Chooses the folder from the option, the environment and the home folder.
    ///
    /// - Parameters:
    ///   - dataDirOption: the `--data-dir` value, if given.
    ///   - environment: the process environment (`ProcessInfo.processInfo.environment` in the
    ///     program, a dictionary in tests). Empty values count as unset; a relative
    ///     `XDG_DATA_HOME` is ignored, as the XDG specification asks. `~` is expanded with `HOME`.
    ///   - currentDirectory: what relative paths are relative to.
    ///   - fallbackHome: the home folder when `HOME` is unset.
    public static func resolve(
        dataDirOption: String?, environment: [String: String],
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        fallbackHome: URL = FileManager.default.homeDirectoryForCurrentUser
    ) -> DataLocation {
        let home = nonEmpty(environment["HOME"]).map { URL(fileURLWithPath: $0) } ?? fallbackHome
        func path(_ text: String) -> URL {
            var expanded = text
            if expanded == "~" || expanded.hasPrefix("~/") {
                expanded = home.path + expanded.dropFirst()
            }
            if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded) }
            return currentDirectory.appendingPathComponent(expanded)
        }
        if let option = nonEmpty(dataDirOption) {
            return DataLocation(folder: path(option), source: .option)
        }
        if let variable = nonEmpty(environment[environmentVariable]) {
            return DataLocation(folder: path(variable), source: .environment)
        }
        if let xdg = nonEmpty(environment["XDG_DATA_HOME"]), xdg.hasPrefix("/") {
            return DataLocation(folder: path(xdg).appendingPathComponent("taster"), source: .xdgDataHome)
        }
        let folder = home.appendingPathComponent(".local/share/taster")
        return DataLocation(folder: folder, source: .home)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }
}
