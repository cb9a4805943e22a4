import ArgumentParser

/// `taster`: the root command, with its subcommands grouped for learners, volunteers and authors.
public struct TasterCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "taster",
        abstract: "Short, friendly lessons on internet and money basics, for library taster sessions.",
        discussion: "Type `taster` on its own to start a learner's session.",
        version: "0.1.0",
        groupedSubcommands: [
            CommandGroup(name: "Learner", subcommands: [StartCommand.self, KioskCommand.self]),
            CommandGroup(name: "Volunteer", subcommands: [
                SessionCommand.self, LearnerRecordsCommand.self, PurgeCommand.self, GuideCommand.self, ReportCommand.self,
                CertificateCommand.self, VolunteerCommand.self, SettingsCommand.self, StoreCommand.self,
            ]),
            CommandGroup(name: "Author", subcommands: [LintCommand.self, TestCommand.self, LessonsCommand.self, PreviewCommand.self]),
        ],
        defaultSubcommand: StartCommand.self)

    /// Creates the command (for the parser).
    public init() {}
}
