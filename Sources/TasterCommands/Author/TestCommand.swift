import ArgumentParser
import TasterAuthoring
import TasterLessons
import TasterWording

/// `taster test`: plays every lesson headlessly with its own answers and its authors' tests.
struct TestCommand: TasterSubcommand {
    static let audience = Audience.author
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play every lesson, in every language it has, with its own answers and run the tests written for it.",
        discussion: "Exits with status 1 when a lesson has an error or a test fails.")

    @OptionGroup var lessons: LessonOptions
    @OptionGroup var language: MessageLanguageOption

    @Argument(help: ArgumentHelp("Lesson files or folders to play (default: the lesson folder).", valueName: "path"))
    var paths: [String] = []

    func run(in environment: TasterEnvironment) throws {
        let output = environment.output
        let targets = paths.isEmpty ? [environment.lessonFolder(option: lessons.folder)] : paths
        let (library, problems) = LessonLibrary.load(paths: targets)
        let errors = problems.filter { $0.severity == .error }
        for problem in errors { output.write(output.errorStyle(environment.catalogue.line(of: problem))) }
        let report = LessonTestRunner().run(library)
        for failure in report.failures { output.write(output.errorStyle(failure.line(in: environment.catalogue))) }
        let passed = report.testsRun - Set(report.failures.map { "\($0.path)|\($0.testName)" }).count
        let words = environment.catalogue
        let figures = ["passed": "\(passed)", "failed": "\(report.testsRun - passed)"]
        let summary: String
        if report.translationsPlayed > 0 {
            // Two counts in one sentence: each is worded as a whole phrase for its own count.
            summary = words.text(.testSummaryWithTranslations, figures.merging([
                "lessons": words.text(one: .testLessonsOne, other: .testLessonsOther, count: report.lessonsPlayed),
                "translations": words.text(one: .testTranslationsOne, other: .testTranslationsOther, count: report.translationsPlayed),
            ]) { first, _ in first })
        } else {
            summary = words.text(one: .testSummaryOne, other: .testSummaryOther, count: report.lessonsPlayed, figures)
        }
        let brokenFiles = Set(errors.map(\.path)).count
        let ok = errors.isEmpty && report.failures.isEmpty
        let broken = errors.isEmpty ? [] : [words.text(one: .testBrokenFilesOne, other: .testBrokenFilesOther, count: brokenFiles)]
        output.write(ok ? output.successStyle(summary) : output.errorStyle(([summary] + broken).joined(separator: " ")))
        if !ok { throw ExitCode.failure }
    }

}
