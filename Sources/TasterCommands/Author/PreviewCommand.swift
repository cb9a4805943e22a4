import ArgumentParser
import TasterLessons
import TasterShell
import TasterWording

/// `taster preview FILE`: an author plays one lesson exactly as a learner sees it, saving nothing.
struct PreviewCommand: TasterSubcommand {
    static let audience = Audience.author
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Play one lesson file as a learner sees it, from any step, saving nothing.")

    @OptionGroup var shell: ShellOptions

    @Argument(help: ArgumentHelp("The lesson file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Start at this step: its id or its number.", valueName: "step"))
    var from: String?

    @Flag(name: .long, help: "Show each step's volunteer note and its answer under the learner's screen.")
    var notes = false

    func run(in environment: TasterEnvironment) throws {
        let output = environment.output
        let result = LessonLoader().load(fileAt: file)
        let problems = result.problems + (result.lesson.map(LessonValidator.check) ?? [])
        for problem in problems { output.writeError(problem.description) }
        guard let lesson = result.lesson, !problems.contains(where: { $0.severity == .error }) else {
            output.writeError(environment.catalogue.text(.previewHasErrors))
            throw ExitCode.failure
        }
        var start = 0
        if let from {
            guard let index = lesson.stepIndex(for: from) else {
                output.writeError(environment.catalogue.text(.previewNoSuchStep, ["step": from, "count": "\(lesson.steps.count)"]))

                throw ExitCode.failure
            }
            start = index
        }
        try ShellLauncher(environment: environment, options: shell).withContext { context in
            LessonPreview(context: context).play(lesson, from: start, notes: notes)
        }
    }
}
