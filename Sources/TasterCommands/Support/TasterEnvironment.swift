import Foundation
import TasterEngine
import TasterLessons

/// The one place a run's surroundings are gathered: environment variables, folders, clock and
/// output. Built once per run by the command being run and handed down; nothing else reads the
/// process environment.
public struct TasterEnvironment: Sendable {
    /// Environment variables.
    public var variables: [String: String]
    /// The folder taster was started in.
    public var currentDirectory: String
    /// Where the taster binary is, to find lessons installed beside it.
    public var executablePath: String
    /// The clock.
    public var clock: EngineClock
    /// Where text goes.
    public var output: Output

    /// Creates an environment from its parts.
    public init(variables: [String: String], currentDirectory: String, executablePath: String, clock: EngineClock, output: Output) {
        self.variables = variables
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
        self.clock = clock
        self.output = output
    }

    /// The real process's environment.
    public static func live() -> TasterEnvironment {
        let variables = ProcessInfo.processInfo.environment
        return TasterEnvironment(
            variables: variables,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: Bundle.main.executablePath ?? CommandLine.arguments[0],
            clock: .live,
            output: .standard(variables: variables))
    }

    /// Today's date, from the clock.
    public var today: CalendarDate { CalendarDate(clock.now()) }

    /// The lesson folder: `--lessons`, else `TASTER_LESSONS`, else `./lessons`, else the lessons
    /// installed beside the binary (`PREFIX/share/taster/lessons`).
    public func lessonFolder(option: String?) -> String {
        if let option, !option.isEmpty { return option }
        if let variable = variables["TASTER_LESSONS"], !variable.isEmpty { return variable }
        let local = currentDirectory + "/lessons"
        if FileManager.default.fileExists(atPath: local) { return "lessons" }
        let binFolder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = binFolder.deletingLastPathComponent().appendingPathComponent("share/taster/lessons").path
        return FileManager.default.fileExists(atPath: installed) ? installed : "lessons"
    }
}
