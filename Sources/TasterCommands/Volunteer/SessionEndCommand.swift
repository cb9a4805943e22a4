import ArgumentParser
import TasterStore
import TasterWording

/// `taster session end`: closes the open session and prints its summary.
struct SessionEndCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(commandName: "end", abstract: "Close the open session and show its summary.")

    @OptionGroup var data: DataOptions

    func run(in environment: TasterEnvironment) throws {
        let store = try VolunteerAccess.openStore(environment, data: data)
        let report = try SessionReporting.perform(environment) { () throws(SessionError) in try store.endSession() }
        let words = environment.catalogue
        environment.output.write(([words.text(.sessionEnded, ["name": report.session.name])] + SessionReporting.summaryLines(report, catalogue: words)).joined(separator: "\n"))

    }
}
