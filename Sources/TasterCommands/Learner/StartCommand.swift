import ArgumentParser
import TasterShell

/// `taster` or `taster start`: a learner's session at the terminal.
struct StartCommand: TasterSubcommand {
    static let audience = Audience.learner
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a learner's session (this is what plain `taster` does).")

    @OptionGroup var lessons: LessonOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var shell: ShellOptions

    func run(in environment: TasterEnvironment) throws {
        let launcher = ShellLauncher(environment: environment, options: shell, dataFolder: environment.dataLocation(data).folder)
        let purge = StartUpPurge()
        let ended = try launcher.withContext { context -> Bool in
            // The welcome comes first, so the learner sees something at once; lessons and
            // progress load while they read it.
            LearnerVisit.showWelcome(in: context)
            guard let library = launcher.library(folder: environment.lessonFolder(option: lessons.folder)) else { return false }
            let outbox = environment.outboxRoute(data)
            let store = environment.storeForSession(data, purge: purge, outbox: outbox)
            _ = LearnerVisit(context: context, library: library, store: store, welcomeAlreadyShown: true, outbox: outbox).run()
            return true
        }
        // Said after the learner's screen is closed, where the volunteer who started taster sees it.
        for sentence in purge.finish() { environment.output.writeError(sentence) }
        if !ended { throw ExitCode.failure }
    }
}
