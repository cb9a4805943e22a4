import ArgumentParser

/// `taster`: the root command, with its subcommands grouped for learners, volunteers and authors.
public struct TasterCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "taster",
        abstract: "Short, friendly lessons on internet and money basics, for library taster sessions.",
        version: "0.1.0",
        groupedSubcommands: [
            CommandGroup(name: "Author", subcommands: [LintCommand.self, TestCommand.self, LessonsCommand.self]),
        ])

    /// Creates the command (for the parser).
    public init() {}
}
