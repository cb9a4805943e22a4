import ArgumentParser

/// `taster session`: start, end, list and watch taster sessions.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Start, end, list and watch taster sessions (what learners do while one is open is counted in it).",
        subcommands: [
            SessionStartCommand.self, SessionEndCommand.self, SessionListCommand.self, SessionWatchCommand.self,
            SessionClearCommand.self,
        ])
}
