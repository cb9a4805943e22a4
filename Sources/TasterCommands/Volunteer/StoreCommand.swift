import ArgumentParser

/// `taster store`: looking after where progress is kept.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Look after where learners' progress is kept.",
        subcommands: [
            StoreStatusCommand.self, StoreInitCommand.self, StoreCopyCommand.self,
        ])
}
