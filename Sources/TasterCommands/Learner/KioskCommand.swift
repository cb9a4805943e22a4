import ArgumentParser
import Foundation
import TasterShell

/// `taster kiosk`: one learner after another on a shared terminal, wiping the screen between them.
struct KioskCommand: TasterSubcommand {
    static let audience = Audience.learner
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Run on a shared terminal: after each learner, clear the screen and forget them.",
        discussion: """
            After each learner leaves, or after --idle-minutes without typing (with a warning a minute \
            before), the screen and its scrollback are cleared and the welcome shows again. To leave \
            kiosk mode, a volunteer types "\(LearnerVisit.leaveKioskWords)" at the welcome question \
            and then the volunteer passphrase (set with `taster volunteer passphrase`), or stops the \
            program from another terminal (it saves progress first).
            """)

    @OptionGroup var lessons: LessonOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var shell: ShellOptions

    @Option(name: .customLong("idle-minutes"), help: "Minutes without typing before a learner's session is closed (default: the settings file's idle-minutes, else 10).")
    var idleMinutes: Double?

    /// The idle minutes when neither the option nor the settings file says.
    static let usualIdleMinutes = 10.0

    func validate() throws {
        guard (idleMinutes ?? Self.usualIdleMinutes) >= 1 else { throw ValidationError(OptionWording.text(.optionAtLeastOne, ["option": "--idle-minutes"])) }
    }

    func run(in environment: TasterEnvironment) throws {
        let minutes = idleMinutes ?? Self.idleMinutes(from: SiteSettings.load(in: environment))
        var end = minutes * 60
        if let setting = environment.variables[Self.testIdleSecondsVariable], !setting.isEmpty {
            guard let seconds = Self.testIdleSeconds(setting) else {
                environment.output.writeError(environment.catalogue.text(.kioskTestIdleSecondsInvalid, [
                    "variable": Self.testIdleSecondsVariable, "value": setting,
                    "lowest": "\(Self.testIdleSecondsRange.lowerBound)", "highest": "\(Self.testIdleSecondsRange.upperBound)",
                ]))
                throw ExitCode.failure
            }
            end = seconds
        }
        let idle = (warn: IdleTimer.warningTime(endAfter: end), end: end)
        let launcher = ShellLauncher(environment: environment, options: shell, idleSeconds: idle, dataFolder: environment.dataLocation(data).folder)
        guard let library = launcher.library(folder: environment.lessonFolder(option: lessons.folder)) else { throw ExitCode.failure }
        let purge = StartUpPurge()
        let outbox = environment.outboxRoute(data)
        _ = try launcher.withContext { context in
            KioskLoop(context: context) {
                LearnerVisit(
                    context: context, library: library, store: environment.storeForSession(data, purge: purge, outbox: outbox), inKiosk: true,
                    leaveKioskCheck: VolunteerGate.checker(environment, data: data), outbox: outbox)
            }.run()
        }
        // Said once the kiosk's screen is closed, where the volunteer sees it; each distinct
        // sentence once.
        for sentence in purge.finish() { environment.output.writeError(sentence) }
    }

    /// The environment setting, for tests only, that gives the idle time in seconds instead of
    /// minutes, so that the golden screens of the idle warning and of the screen cleared after
    /// it can be recorded in a real terminal without waiting ten minutes (or one) each time.
    /// Unset, as at every library, nothing changes. It wins over `--idle-minutes` and the
    /// settings file, so that a test is never slowed by the machine's own settings file. A
    /// learner cannot reach it: it is read once, from the environment the kiosk was started
    /// in, and nothing typed at the kiosk changes it. The warning keeps its rule
    /// (`IdleTimer.warningTime`): a minute before the end, never sooner than halfway.
    static let testIdleSecondsVariable = "TASTER_TEST_IDLE_SECONDS"

    /// The seconds `TASTER_TEST_IDLE_SECONDS` may give: at least 2, so that the warning comes
    /// after a second and before the end, and at most the usual ten minutes.
    static let testIdleSecondsRange = 2...600

    /// `setting` as a number of seconds within `testIdleSecondsRange`, or nil.
    static func testIdleSeconds(_ setting: String) -> TimeInterval? {
        guard let seconds = Int(setting.trimmingCharacters(in: .whitespaces)), testIdleSecondsRange.contains(seconds) else { return nil }
        return TimeInterval(seconds)
    }

    /// The settings file's `idle-minutes` when it is a number of at least 1, else the usual 10.
    static func idleMinutes(from settings: SiteSettings) -> Double {
        settings.value(.idleMinutes).flatMap(Double.init).flatMap { $0 >= 1 ? $0 : nil } ?? usualIdleMinutes
    }
}
