import ArgumentParser
import TasterShell

/// `taster` or `taster start`: a learner's session at the terminal.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a learner's session (this is what plain `taster` does).")

    @OptionGroup var lessons: LessonOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var shell: ShellOptions

    func run() throws {
        let environment = TasterEnvironment.live()
        let launcher = ShellLauncher(environment: environment, options: shell)
        guard let library = launcher.library(folder: environment.lessonFolder(option: lessons.folder)) else { throw ExitCode.failure }
        let store = environment.storeForSession(option: data.folder)
        _ = try launcher.withContext { context in
            LearnerSession(context: context, library: library, store: store).run()
        }
    }
}
