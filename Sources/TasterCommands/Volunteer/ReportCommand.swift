import ArgumentParser
import TasterLessons
import TasterReports
import TasterStore
import TasterWording

/// `taster report`: the library's impact report, in counts only.
struct ReportCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    /// The ways the report can be written.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json, html

        /// The same format in the reports library.
        var reportFormat: ImpactReport.Format {
            switch self {
            case .text: .text
            case .csv: .csv
            case .json: .json
            case .html: .html
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Count sessions, learners, lessons, hints and confidence for a period, with no learner codes or names.",
        discussion: """
        Dates are whole days, written YYYY-MM-DD; --until includes that day. The CSV is one table in \
        long format, with the columns section, item, label, measure and value: filter or pivot it in \
        a spreadsheet. The HTML page has bar charts and prints on A4. A report of up to 92 days lists \
        each session; a longer one, or one without both --since and --until, sums sessions by month.
        """)

    @OptionGroup var data: DataOptions
    @OptionGroup var lessons: LessonOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp("Count from this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Count up to and including this day (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(name: .long, help: "text, csv, json or html.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("The library's name to put at the top (default: \(LibraryName.variable)).", valueName: "name"))
    var library: String?

    @Option(name: .long, help: ArgumentHelp("On a library service's store: report on this branch instead of this terminal's.", valueName: "name"))
    var branch: String?

    @Flag(name: .long, help: "On a library service's store: report on every branch together, with a row for each.")
    var allBranches = false

    func validate() throws {
        if branch != nil, allBranches {
            throw ValidationError(OptionWording.text(.optionBranchWithAllBranches))
        }
        if let branch, branch.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(OptionWording.text(.optionBranchEmpty))
        }
        do {
            _ = try ReportPeriod.parse(since: since, until: until)
        } catch {
            throw ValidationError(OptionWording.catalogue.words(for: error))
        }
    }

    func run(in environment: TasterEnvironment) throws {
        let period: ReportPeriod
        do {
            period = try ReportPeriod.parse(since: since, until: until)
        } catch {
            throw ValidationError(environment.catalogue.words(for: error))
        }
        let store = try VolunteerAccess.openStoreForReading(environment, data: data)
        let impact: ImpactData
        var service: ServiceImpact?
        do {
            if allBranches || branch != nil {
                let wide = try store.serviceImpact(since: period.start, until: period.end, branch: allBranches ? nil : branch)
                service = wide
                impact = wide.total
            } else {
                impact = try ReportImpactQuery.impactData(in: store, period: period)
            }
        } catch let error as StoreError {
            environment.output.writeError(environment.catalogue.words(for: error, duringALesson: false))
            throw ExitCode.failure
        }
        let folder = environment.lessonFolder(option: lessons.folder)
        let library = LessonLibrary.load(paths: [folder]).library.seen(in: environment.catalogue.language)
        if library.lessons.isEmpty {
            // The figures still stand, but without lessons they cannot be named or put in areas.
            environment.output.writeError(environment.catalogue.text(.reportNoLessonsFound, ["folder": folder]))
        }
        var report = service.map { ImpactReport($0, branch: allBranches ? nil : branch, period: period, library: library.lessons, words: environment.catalogue) }
            ?? ImpactReport(impact, period: period, library: library.lessons, words: environment.catalogue)
        report.libraryName = LibraryName.chosen(option: self.library, variables: environment.variables)
        environment.output.write(try report.rendered(as: format.reportFormat, words: environment.catalogue))
    }
}
