import ArgumentParser
import TasterStore

/// `taster session start NAME`: opens a session in the shared data folder.
struct SessionStartCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Open a session, such as \"Tuesday taster\". Only one can be open at a time.",
        discussion: "While it is open, learners' lessons, hints and confidence answers are counted in it. A terminal can be kept to one session with TASTER_SESSION=NAME.")

    @OptionGroup var data: DataOptions

    @Argument(help: ArgumentHelp("The session's name.", valueName: "name"))
    var words: [String]

    func run(in environment: TasterEnvironment) throws {
        let store = try VolunteerAccess.openStore(environment, data: data)
        let session = try SessionReporting.perform(environment) { () throws(SessionError) in
            try store.startSession(named: words.joined(separator: " "))
        }
        environment.output.write(environment.output.successStyle("Session \"\(session.name)\" is open.")
            + " Learners' activity is now counted in it. End it with `taster session end`; watch it with `taster session watch`.")
    }
}
