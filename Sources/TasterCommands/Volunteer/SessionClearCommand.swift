import ArgumentParser
import TasterStore
import TasterWording

/// `taster session clear HANDLE`: once a volunteer has helped, lowers the learner's raised hand,
/// or marks a learner stuck on wrong answers or idle as seen, so the live view stops calling for
/// someone who is already being helped.
/// It takes the short handle the live view shows (or the whole code), so a learner's code need
/// never be on a screen others in the room can see.
struct SessionClearCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "clear", abstract: "Once you have helped a learner, lower their raised hand or mark them as seen in the live view.",
        discussion: "Give the handle shown in the LEARNER column of taster session watch, such as maple-42, or the learner's whole code. A learner marked NEEDS HELP for wrong answers or for being idle is marked as seen: they show NEEDS HELP again after another wrong answer, or when idle again after doing something new. A raised hand stays up until it is cleared here.")

    @OptionGroup var data: DataOptions

    @Argument(help: ArgumentHelp("The handle from the live view, such as maple-42, or the learner's whole code (capitals and spaces do not matter).", valueName: "handle"))
    var words: [String]

    func run(in environment: TasterEnvironment) throws {
        let typed = words.joined(separator: " ")
        let code = LearnerCode(typed)
        guard code != nil || LearnerHandle.isHandleShaped(typed) else {
            // Neither a code nor a handle: explain as for a mistyped code.
            do { _ = try LearnerCode.parse(typed) } catch { environment.output.writeError(environment.catalogue.words(for: error)) }
            throw ExitCode.failure
        }
        try VolunteerGate.require(environment, data: data)
        let store = try VolunteerAccess.openStore(environment, data: data)
        let board = try store.liveBoard()
        let learnerCode: LearnerCode
        if let code {
            learnerCode = code
        } else {
            let matches = LearnerHandle.matches(typed, in: board.learners.map(\.code))
            let handles = board.handles
            switch matches.count {
            case 1:
                learnerCode = matches[0]
            case 0:
                environment.output.writeError(environment.catalogue.text(.clearNoSuchHandle, ["handle": typed]))
                throw ExitCode.failure
            default:
                let shown = matches.compactMap { handles[$0] }.sorted().joined(separator: ", ")
                environment.output.writeError(environment.catalogue.text(.clearAmbiguousHandle, ["handle": typed, "handles": shown]))
                throw ExitCode.failure
            }
        }
        let name = board.handles[learnerCode] ?? learnerCode.rawValue
        let reason = board.learners.first { $0.code == learnerCode }?.helpReason(now: board.takenAt)
        guard let reason, try store.acknowledgeHelp(code: learnerCode) else {
            environment.output.write(environment.catalogue.text(.clearNothingToClear, ["name": name]))
            return
        }
        switch reason {
        case .handRaised:
            environment.output.write(environment.catalogue.text(.clearHandCleared, ["name": name]))
        case .wrongAttempts, .idle:
            environment.output.write(environment.catalogue.text(.clearMarkedSeen, ["name": name, "mark": environment.catalogue.text(.liveNeedsHelp)]))

        }
    }
}
