import ArgumentParser
import TasterStore

/// `taster session end`: closes the open session and prints its summary.
struct SessionEndCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(commandName: "end", abstract: "Close the open session and show its summary.")

    @OptionGroup var data: DataOptions

    func run(in environment: TasterEnvironment) throws {
        let store = try VolunteerAccess.openStore(environment, data: data)
        let report = try SessionReporting.perform(environment) { () throws(SessionError) in try store.endSession() }
        environment.output.write((["Session \"\(report.session.name)\" has ended."] + SessionReporting.summaryLines(report)).joined(separator: "\n"))
    }
}
