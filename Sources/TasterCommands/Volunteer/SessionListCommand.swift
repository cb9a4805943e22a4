import ArgumentParser
import TasterStore

/// `taster session list`: past and open sessions, newest first.
struct SessionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List sessions, newest first: name, start, end and learners.")

    @OptionGroup var data: DataOptions

    func run() throws {
        let environment = TasterEnvironment.live()
        let store = try VolunteerAccess.openStoreForReading(environment, data: data)
        let reports = try store.sessionReports()
        guard !reports.isEmpty else {
            environment.output.write("No sessions yet. Start one with `taster session start \"Tuesday taster\"`.")
            return
        }
        let rows = reports.map { report in
            [
                report.session.name, SessionReporting.time(report.session.startedAt),
                report.session.endedAt.map(SessionReporting.time) ?? "(still open)", "\(report.learnerCount)",
            ]
        }
        environment.output.write(SessionReporting.table(headings: ["NAME", "STARTED", "ENDED", "LEARNERS"], rows: rows))
    }
}
