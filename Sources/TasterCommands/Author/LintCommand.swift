import ArgumentParser
import TasterAuthoring
import TasterWording

/// `taster lint`: checks lesson files and reports every problem at once.
struct LintCommand: TasterSubcommand {
    static let audience = Audience.author
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check lesson files and report every problem, as file:line:col.",
        discussion: """
            Exits with status 1 when any file has an error. Warnings do not change the status.
            The house rules (brand names, allowed links, jargon) come from the `rules` folder beside \
            the lessons, or above them up to the library's root, added to the built-in lists; the \
            first line says which files were used.
            """)

    @OptionGroup var lessons: LessonOptions

    @Argument(help: ArgumentHelp("Lesson files or folders to check (default: the lesson folder).", valueName: "path"))
    var paths: [String] = []

    func run(in environment: TasterEnvironment) throws {
        let folder = environment.lessonFolder(option: lessons.folder)
        let targets = paths.isEmpty ? [folder] : paths
        let setup = ContentRuleSetup(paths: targets, today: environment.today)
        let report = LessonLinter(today: environment.today, contentRules: setup.rules).lint(paths: targets)
        let output = environment.output
        for problem in report.problems {
            let line = problem.description
            output.write(problem.severity == .error ? output.errorStyle(line) : output.warningStyle(line))
        }
        output.write(setup.description(from: environment.currentDirectory, catalogue: environment.catalogue))

        output.write(report.errorCount > 0 ? output.errorStyle(report.summaryLine) : output.successStyle(report.summaryLine))
        if report.errorCount > 0 { throw ExitCode.failure }
    }
}
