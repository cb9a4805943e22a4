import ArgumentParser
import Foundation
import TasterShell
import TasterStore
import TasterWording

/// `taster session watch`: the volunteers' live view, refreshed every two seconds. It only reads
/// the progress file: it opens it read-only and never creates, migrates or changes it.
struct SessionWatchCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Show every learner's lesson, step, minutes on the step, wrong answers and hints, refreshed every 2 seconds.",
        discussion: "Learners who asked for a volunteer, have 3 or more wrong answers on a step, or have been idle 5 minutes are marked NEEDS HELP, and come first. Each learner is shown by a short handle such as maple-42, not their code, for taster session clear. Shows the open session's learners, or everyone active in the last two hours when none is open. Press Ctrl-C to stop.")

    @OptionGroup var data: DataOptions

    @Flag(help: "Print a fresh plain block each time, one labelled line per learner with nothing cut short (no colour, no redrawing), for screen readers and logs.")
    var plain = false

    @Flag(help: "Print one JSON snapshot and stop.")
    var json = false

    @Flag(help: "With --json, keep watching: print a snapshot as one JSON line every 2 seconds until stopped. A tool reading this stream has the passphrase checked once, not at every refresh.")
    var follow = false

    @Flag(help: "Print the view once and stop.")
    var once = false

    /// Seconds between refreshes.
    static let refreshSeconds: TimeInterval = 2

    func validate() throws {
        if follow && !json { throw ValidationError(OptionWording.text(.optionFollowNeedsJSON)) }
        if follow && once { throw ValidationError(OptionWording.text(.optionFollowWithOnce)) }
    }

    func run(in environment: TasterEnvironment) throws {
        let address = environment.storeAddress(data)
        // A library service's server is asked when opened, and says itself what is wrong.
        if case .embedded(let location) = address, !address.storeExists {
            environment.output.writeError(environment.catalogue.text(.watchNoProgressFile, ["folder": location.folder.path]))
            throw ExitCode.failure
        }
        try VolunteerGate.require(environment, data: data)
        let store: any ProgressStore
        do {
            store = try StoreOpener.openForReading(address, now: environment.clock.now)
        } catch {
            environment.output.writeError(environment.catalogue.words(for: error, duringALesson: false))
            throw ExitCode.failure
        }
        let mode: LiveBoardView.Mode = plain || !environment.output.useColour ? .plain : .colour
        if !json && !once { Self.stopCleanlyOnControlC(redrawing: mode == .colour, saying: environment.catalogue.text(.watchStopped)) }
        while true {
            let board = try store.liveBoard()
            let view = LiveBoardView(board: board, catalogue: environment.catalogue)
            if json && follow {
                environment.output.write(view.json(oneLine: true))
                environment.pause(Self.refreshSeconds)
                continue
            }
            if json {
                environment.output.write(view.json())
                return
            }
            environment.output.write(view.render(mode: mode, width: environment.terminalColumns()))
            if once { return }
            if mode == .plain { environment.output.write("") }
            environment.pause(Self.refreshSeconds)
        }
    }

    /// The last line Ctrl-C writes, made before the handler is installed: a signal handler may
    /// make only async-signal-safe calls, so it writes these bytes and builds nothing.
    nonisolated(unsafe) private static var goodbye: (bytes: UnsafeMutablePointer<UInt8>, count: Int)?

    /// Ctrl-C leaves at once with a tidy last line (`words`, in the volunteer's language):
    /// nothing is being written, so there is nothing to finish, and only async-signal-safe
    /// calls are made in the handler.
    private static func stopCleanlyOnControlC(redrawing: Bool, saying words: String) {
        let line = Array(((redrawing ? "\u{1B}[0m\n" : "\n") + words + "\n").utf8)
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: line.count)
        bytes.initialize(from: line, count: line.count)
        goodbye = (bytes, line.count)
        signal(SIGINT) { _ in
            if let goodbye = SessionWatchCommand.goodbye { _ = write(STDOUT_FILENO, goodbye.bytes, goodbye.count) }
            _exit(0)
        }
    }

}
