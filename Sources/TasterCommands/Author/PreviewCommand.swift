import ArgumentParser
import TasterLessons
import TasterShell
import TasterWording

/// `taster preview FILE`: an author plays one lesson exactly as a learner sees it, saving nothing.
struct PreviewCommand: TasterSubcommand {
    static let audience = Audience.author
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Play one lesson file as a learner sees it, from any step, saving nothing.",
        discussion: "Give a translation (such as lessons/cy/unit-prices.yaml) to play the lesson in its language.")

    @OptionGroup var shell: ShellOptions

    @Argument(help: ArgumentHelp("The lesson file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Start at this step: its id or its number.", valueName: "step"))
    var from: String?

    @Flag(name: .long, help: "Show each step's volunteer note and its answer under the learner's screen.")
    var notes = false

    func run(in environment: TasterEnvironment) throws {
        let output = environment.output
        let (loaded, problems) = LessonFiles.isTranslation(file) ? Self.translated(file) : Self.lesson(file)
        for problem in problems { output.writeError(environment.catalogue.line(of: problem)) }
        guard let lesson = loaded, !problems.contains(where: { $0.severity == .error }) else {
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

    /// The lesson in a lesson file, with what loading and checking it found.
    private static func lesson(_ file: String) -> (Lesson?, [LessonProblem]) {
        let result = LessonLoader().load(fileAt: file)
        return (result.lesson, result.problems + (result.lesson.map(LessonValidator.check) ?? []))
    }

    /// The lesson as a reader of a translation's language sees it, with what checking the
    /// translation against its English lesson found.
    private static func translated(_ file: String) -> (Lesson?, [LessonProblem]) {
        let (library, problems) = LessonLibrary.load(paths: [file])
        guard let translation = library.translations.first else { return (nil, problems) }
        let english = LessonLoader().load(fileAt: LessonFiles.lessonPath(forTranslation: file)).lesson
        var seen = english.map { $0.translated(by: translation) }
        seen?.sourcePath = file
        return (seen, problems)
    }
}
