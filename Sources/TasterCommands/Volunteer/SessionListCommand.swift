import ArgumentParser
import TasterStore
import TasterWording

/// `taster session list`: the newest sessions first, a page at a time.
struct SessionListCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List sessions, newest first: name, start, end and learners (the newest 20 unless --all).")

    /// How many sessions are listed without `--all`.
    static let pageSize = 20

    @OptionGroup var data: DataOptions

    @Flag(name: .long, help: "List every session, not only the newest \(SessionListCommand.pageSize).")
    var all = false

    func run(in environment: TasterEnvironment) throws {
        let store = try VolunteerAccess.openStoreForReading(environment, data: data)
        let page = try store.sessionList(limit: all ? nil : Self.pageSize)
        let words = environment.catalogue

        guard !page.entries.isEmpty else {
            environment.output.write(words.text(.sessionListEmpty))
            return
        }
        let rows = page.entries.map { entry in
            [
                entry.session.name, SessionReporting.time(entry.session.startedAt),
                entry.session.endedAt.map(SessionReporting.time) ?? words.text(.sessionStillOpen), "\(entry.learnerCount)",
            ]
        }
        let headings = [WordKey.sessionListHeadingName, .sessionListHeadingStarted, .sessionListHeadingEnded, .sessionListHeadingLearners].map { words.text($0) }
        environment.output.write(SessionReporting.table(headings: headings, rows: rows))
        if page.isPartial {
            environment.output.write(words.text(.sessionListPartial, ["shown": "\(page.entries.count)", "total": "\(page.totalCount)"]))
        }
    }
}
