import ArgumentParser
import Foundation
import TasterLessons
import TasterReports
import TasterStore
import TasterWording

/// `taster certificate CODE`: a printable certificate of the lessons a learner has completed.
struct CertificateCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "certificate",
        abstract: "Make a printable certificate (an A4 web page) of the lessons a learner has completed.",
        discussion: "A name typed with --name goes on the page only: taster never stores it. Without one, the learner's nickname is printed if they chose one, else a line to write a name on; the learner code is never printed. The library's name comes from --library, else \(LibraryName.variable).")

    @OptionGroup var data: DataOptions
    @OptionGroup var lessons: LessonOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var code: LearnerCodeArgument

    @Option(name: .long, help: ArgumentHelp("The name to print on the certificate (not stored anywhere).", valueName: "name"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("The library's name to print on the certificate (default: \(LibraryName.variable)).", valueName: "name"))
    var library: String?

    @Option(name: .long, help: ArgumentHelp("Write the page to this file instead of the screen.", valueName: "file"))
    var output: String?

    func run(in environment: TasterEnvironment) throws {
        let (store, learnerCode) = try VolunteerAccess.open(environment, data: data, code: code)
        guard try store.learner(code: learnerCode) != nil else { throw VolunteerAccess.unknown(learnerCode, environment) }
        let progress = try store.progress(code: learnerCode)
        guard progress.lessons.contains(where: \.isCompleted) else {
            environment.output.writeError(environment.catalogue.text(.certificateNothingCompleted, ["code": learnerCode.rawValue]))
            throw ExitCode.failure
        }
        let library = LessonLibrary.load(paths: [environment.lessonFolder(option: lessons.folder)]).library.seen(in: environment.catalogue.language)
        let certificate = LearnerCertificate(progress: progress, library: library.lessons, name: name,
            libraryName: LibraryName.chosen(option: self.library, variables: environment.variables), issuedOn: environment.today,
            catalogue: environment.catalogue)
        guard let output else {
            if !environment.output.isTerminal {
                // Redirected with `>`, the file takes the usual permissions, which others may read.
                environment.output.writeError(environment.catalogue.text(.certificateRedirected))
            }
            environment.output.write(certificate.html)
            return
        }
        let url = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: environment.currentDirectory))
        do {
            try Data(certificate.html.utf8).write(to: url, options: .atomic)
            // The page may hold the learner's name, so only the account's owner reads it.
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            environment.output.writeError(environment.catalogue.text(.certificateNotWritten, ["file": output, "reason": error.localizedDescription]))
            throw ExitCode.failure
        }
        environment.output.write(environment.catalogue.text(.certificateWritten, ["file": output]))

    }
}
