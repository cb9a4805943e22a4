import ArgumentParser
import TasterStore
import TasterWording

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
        environment.output.write(environment.catalogue.text(.sessionStarted, ["name": session.name], emphasis: environment.output.successStyle))

    }
}
