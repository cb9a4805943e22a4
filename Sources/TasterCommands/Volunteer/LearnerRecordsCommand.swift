import ArgumentParser

/// `taster learner`: what taster holds about one learner, and forgetting them.
struct LearnerRecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner",
        abstract: "Show, export or forget what taster holds about one learner.",
        subcommands: [LearnerShowCommand.self, LearnerExportCommand.self, LearnerForgetCommand.self])
}

/// The learner code argument, read forgivingly.
struct LearnerCodeArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The learner's code, such as maple-river-otter-42 (capitals and spaces do not matter).", valueName: "code"))
    var words: [String]

    /// The code as typed, joined.
    var text: String { words.joined(separator: " ") }
}
