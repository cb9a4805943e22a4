import ArgumentParser
import TasterAuthoring
import TasterLessons
import TasterWording

/// `taster lessons`: lists the library's lessons.
struct LessonsCommand: TasterSubcommand {
    static let audience = Audience.author
    /// The ways the list can be written.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, md
    }

    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the lessons with their id, title, area, minutes, steps and translations.")

    @OptionGroup var lessons: LessonOptions
    @OptionGroup var language: MessageLanguageOption

    @Flag(name: .long, help: "Write the list as JSON (the same as --format json).")
    var json = false

    @Option(name: .long, help: "text, json or md (a Markdown catalogue for planning a session).")
    var format: Format = .text

    @Flag(name: .long, help: "An overview for editors: steps, questions, hints and tests per lesson, steps no test reaches, and lessons with no safety point.")
    var stats = false

    func run(in environment: TasterEnvironment) throws {
        let output = environment.output
        let (library, problems) = LessonLibrary.load(paths: [environment.lessonFolder(option: lessons.folder)])
        let catalogue = LessonCatalogue(library, catalogue: environment.catalogue)
        if stats {
            output.write(LessonStatistics.table(library, words: environment.catalogue))
        } else {
            switch json ? .json : format {
            case .json: output.write(try catalogue.json())
            case .md: output.write(catalogue.markdown())
            case .text: output.write(catalogue.text())
            }
        }
        let errors = problems.filter { $0.severity == .error }
        if !errors.isEmpty {
            output.writeError(environment.catalogue.text(one: .lessonsProblemsOne, other: .lessonsProblemsOther, count: errors.count))

        }
    }
}
