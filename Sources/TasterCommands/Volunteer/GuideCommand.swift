import ArgumentParser
import TasterLessons
import TasterReports
import TasterWording

/// `taster guide LESSON`: a lesson as a volunteer needs it before a session.
struct GuideCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    /// The ways the guide can be written.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, html

        /// The same format in the reports library.
        var guideFormat: VolunteerGuide.Format {
            switch self {
            case .text: .text
            case .md: .md
            case .html: .html
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Show a lesson with its answers, feedback, hints and volunteer notes, to prepare a session.",
        discussion: "Use --format html and save the output to print it: for example, taster guide online-forms --format html > guide.html")

    @OptionGroup var lessons: LessonOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The lesson's id, as `taster lessons` lists it.", valueName: "lesson"))
    var lessonID: String

    @Option(name: .long, help: "text, md (Markdown) or html (a page to print on A4).")
    var format: Format = .text

    func run(in environment: TasterEnvironment) throws {
        let folder = environment.lessonFolder(option: lessons.folder)
        let library = LessonLibrary.load(paths: [folder]).library.seen(in: environment.catalogue.language)
        guard let lesson = library.lesson(id: lessonID) else {
            let known = library.lessons.map(\.id).sorted()
            let words = environment.catalogue
            environment.output.writeError(known.isEmpty
                ? words.text(.guideNoSuchLessonNoLessons, ["id": lessonID, "folder": folder])
                : words.text(.guideNoSuchLesson, ["id": lessonID, "lessons": known.joined(separator: ", ")]))

            throw ExitCode.failure
        }
        environment.output.write(VolunteerGuide(lesson, catalogue: environment.catalogue).rendered(as: format.guideFormat))
    }
}
