import Foundation
import TasterEngine
import TasterReports
import TasterStore
import TasterTestSupport
import TasterWording
@testable import TasterCommands

/// Runs taster's commands in-process, in a test environment: a fresh data folder, the bundled
/// lessons, a manual clock, captured output, scripted input and pauses that are noted, not waited.
final class CommandHarness: @unchecked Sendable {
    /// What one command did.
    struct Run {
        /// The exit status.
        let status: Int32
        /// Everything written to standard output (each write ends in a new line, as on screen).
        let output: String
        /// Everything written to standard error.
        let errors: String
        /// The pauses the command asked for, in seconds.
        let pauses: [TimeInterval]
    }

    /// The passphrase tests set with ``setPassphrase()``.
    static let passphrase = "correct horse battery staple"

    let folder: TemporaryFolder
    let clock = ManualClock()
    /// Environment variables for the next runs; the data folder and lessons are set already.
    var variables: [String: String]
    /// The width the terminal reports.
    var columns = 80
    /// The words the commands speak.
    var catalogue: Catalogue = .english
    /// The system-wide settings file (absent unless a test writes it).
    var systemSettingsFile: URL { folder.child("etc/taster/taster.yaml") }

    private let lock = NSLock()
    private var standard = ""
    private var error = ""
    private var pauses: [TimeInterval] = []

    init() throws {
        folder = try TemporaryFolder(prefix: "taster-commands-tests")
        variables = [
            "TASTER_DATA_DIR": folder.child("data").path,
            "TASTER_LESSONS": RepositoryFiles.bundledLessons.path,
            "NO_COLOR": "1",
            "HOME": folder.child("home").path,
            "XDG_CONFIG_HOME": folder.child("config").path,
        ]
    }

    /// The data folder the commands use.
    var dataLocation: DataLocation {
        DataLocation.resolve(dataDirOption: folder.child("data").path, environment: [:], currentDirectory: folder.url)
    }

    /// Runs `taster ARGUMENTS`, answering questions with `answers` and passphrase prompts with
    /// `passphrases`, in order.
    func run(_ arguments: [String], answers: [String] = [], passphrases: [String] = [], atTerminal: Bool = false) -> Run {
        lock.withLock {
            standard = ""
            error = ""
            pauses = []
        }
        let answerLines = ScriptedLines(answers)
        let environment = TasterEnvironment(
            variables: variables, currentDirectory: folder.url.path, executablePath: folder.child("bin/taster").path,
            clock: EngineClock(now: clock.closure),
            output: Output(
                write: { text in self.lock.withLock { self.standard += text + "\n" } },
                writeError: { text in self.lock.withLock { self.error += text + "\n" } },
                writePrompt: { text in self.lock.withLock { self.standard += text } },
                isTerminal: false, useColour: false),
            pause: { seconds in self.lock.withLock { self.pauses.append(seconds) } },
            terminalColumns: { [columns] in columns },
            passphraseInput: ScriptedPassphraseInput(lines: ScriptedLines(passphrases), inputIsTerminal: atTerminal),
            readAnswer: { answerLines.next() }, catalogue: catalogue, systemSettingsFile: systemSettingsFile.path)

        let status = TasterCommand.execute(arguments, in: environment)
        return lock.withLock { Run(status: status, output: standard, errors: error, pauses: pauses) }
    }

    /// Sets the volunteer passphrase to ``passphrase`` at the lowest cost the file accepts, so
    /// tests do not spend the real cost on every check.
    func setPassphrase() throws {
        let cheapest = PassphraseHash.Argon2idCost(passes: 1, memoryKiB: 8 * 1024)
        let file = VolunteerPassphraseFile(folder: dataLocation.folder)
        try FileManager.default.createDirectory(at: dataLocation.folder, withIntermediateDirectories: true)
        try file.write(try PassphraseHash.make(passphrase: Self.passphrase, cost: cheapest))
    }

    /// Sets the passphrase and gives it to later runs the way scripts do, through the environment.
    func unlockForScripts() throws {
        try setPassphrase()
        variables[PassphraseGate.environmentVariable] = Self.passphrase
    }

    /// Writes `text` as a settings file at `url`.
    func writeSettings(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Opens the progress file directly, to plant or read what the commands work on.
    func store() throws -> ProgressDatabase {
        try ProgressDatabase.open(dataLocation, recordTypedAnswers: false, now: clock.closure)
    }

    /// A learner who has finished the lesson `lessonID` (and nothing else).
    func learnerWhoFinished(_ lessonID: String) throws -> Learner {
        let store = try store()
        let learner = try store.newLearner(nickname: nil)
        try store.startLesson(code: learner.code, lessonID: lessonID, contentVersion: "1")
        try store.completeLesson(code: learner.code, lessonID: lessonID, contentVersion: "1")
        return learner
    }
}

/// Lines handed out one at a time, then nil (the end of input).
final class ScriptedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String]

    init(_ lines: [String]) { self.lines = lines }

    /// The next line, or nil when none are left.
    func next() -> String? {
        lock.withLock { lines.isEmpty ? nil : lines.removeFirst() }
    }
}

/// A passphrase typed by a script: lines given in advance, read as from a pipe.
struct ScriptedPassphraseInput: PassphraseInput {
    let lines: ScriptedLines
    /// Whether it stands for a person at a terminal (who gets a few tries) or a script.
    let inputIsTerminal: Bool

    func readThenCheck<Result>(prompt: String, _ check: (String?) -> Result) -> Result {
        check(lines.next())
    }
}
