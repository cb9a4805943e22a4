import ArgumentParser
import Foundation
import TasterAuthoring
import TasterLessons
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
            Translations (lessons/cy/NAME.yaml and other language folders) are checked against \
            their English lesson. After bringing a translated step up to date with the English, \
            run with --update-fingerprints to record the English it now matches.
            """)

    @OptionGroup var lessons: LessonOptions
    @OptionGroup var language: MessageLanguageOption

    @Argument(help: ArgumentHelp("Lesson files or folders to check (default: the lesson folder).", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: "Write into each translation the fingerprint of the English step it translates, then check.")
    var updateFingerprints = false

    func run(in environment: TasterEnvironment) throws {
        let folder = environment.lessonFolder(option: lessons.folder)
        let targets = paths.isEmpty ? [folder] : paths
        if updateFingerprints { try writeFingerprints(targets, output: environment.output, words: environment.catalogue) }
        let setup = ContentRuleSetup(paths: targets, today: environment.today)
        let report = LessonLinter(today: environment.today, contentRules: setup.rules, translationRules: setup.translationRules).lint(paths: targets)
        let output = environment.output
        for problem in report.problems {
            let line = environment.catalogue.line(of: problem)
            output.write(problem.severity == .error ? output.errorStyle(line) : output.warningStyle(line))
        }
        output.write(setup.description(from: environment.currentDirectory, catalogue: environment.catalogue))

        let summary = report.summaryLine(in: environment.catalogue)
        output.write(report.errorCount > 0 ? output.errorStyle(summary) : output.successStyle(summary))
        if report.errorCount > 0 { throw ExitCode.failure }
    }

    /// Sets each translated step's `fingerprint` to its English step's, in every translation
    /// under `targets` that loads, saying which steps changed in each file.
    private func writeFingerprints(_ targets: [String], output: Output, words: Catalogue) throws {
        let library = LessonLibrary.load(paths: targets).library
        let files = LessonFiles.search(in: targets).translations
        let loader = LessonLoader()
        for file in files {
            guard let translation = loader.loadTranslation(fileAt: file).translation,
                  let lesson = library.lesson(id: translation.lessonID) ?? loader.load(fileAt: LessonFiles.lessonPath(forTranslation: file)).lesson,
                  lesson.id == translation.lessonID,
                  let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            let update = FingerprintUpdate.updated(text, translation: translation, lesson: lesson)
            for problem in update.problems { output.write(output.warningStyle(words.line(of: problem))) }
            guard !update.changedSteps.isEmpty else { continue }
            try Data(update.text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
            let steps = update.changedSteps.map { "`\($0)`" }.joined(separator: ", ")
            output.write(words.text(one: .lintFingerprintUpdatedOne, other: .lintFingerprintUpdatedOther,
                                    count: update.changedSteps.count, ["file": file, "steps": steps]))
        }
    }
}
