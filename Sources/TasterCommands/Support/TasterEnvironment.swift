import Foundation
import TasterEngine
import TasterLessons
import TasterShell
import TasterWording

/// The one place a run's surroundings are gathered: environment variables, folders, clock,
/// pauses, the terminal's width, what is typed and where text goes.
///
/// The composition root builds the live one once (``live()``, called only by the executable) and
/// hands it to the command being run; tests build their own with a fixed clock, captured output
/// and scripted input. Nothing else reads the process environment.
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
    /// Waits this many seconds (after a wrong passphrase, between live-view refreshes).
    public var pause: @Sendable (TimeInterval) -> Void
    /// How many columns the terminal has now.
    public var terminalColumns: @Sendable () -> Int
    /// Reads the volunteer passphrase without showing it.
    public var passphraseInput: any PassphraseInput
    /// Reads one line of standard input (an answer to "Are you sure?"); nil at its end.
    public var readAnswer: @Sendable () -> String?
    /// Every sentence the commands say, in the language of this run.
    public var catalogue: Catalogue
    /// The system-wide settings file (`/etc/taster/taster.yaml`); see `SiteSettings`.
    public var systemSettingsFile: String

    /// Creates an environment from its parts.
    public init(
        variables: [String: String], currentDirectory: String, executablePath: String, clock: EngineClock, output: Output,
        pause: @escaping @Sendable (TimeInterval) -> Void, terminalColumns: @escaping @Sendable () -> Int,
        passphraseInput: any PassphraseInput, readAnswer: @escaping @Sendable () -> String?,
        catalogue: Catalogue = .english, systemSettingsFile: String = "/etc/taster/taster.yaml"
    ) {
        self.catalogue = catalogue
        self.systemSettingsFile = systemSettingsFile
        self.variables = variables
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
        self.clock = clock
        self.output = output
        self.pause = pause
        self.terminalColumns = terminalColumns
        self.passphraseInput = passphraseInput
        self.readAnswer = readAnswer
    }

    /// The real process's environment: built once, by the executable.
    public static func live() -> TasterEnvironment {
        let variables = ProcessInfo.processInfo.environment
        return TasterEnvironment(
            variables: variables,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: Bundle.main.executablePath ?? CommandLine.arguments[0],
            clock: .live,
            output: .standard(variables: variables),
            pause: { Thread.sleep(forTimeInterval: $0) },
            terminalColumns: { TerminalSize.current().columns },
            passphraseInput: TerminalPassphraseInput(checking: Catalogue.english.text(.passphraseChecking)),

            readAnswer: { readLine(strippingNewline: true) })
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
