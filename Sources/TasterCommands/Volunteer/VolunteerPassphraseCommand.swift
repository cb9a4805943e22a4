import ArgumentParser
import Foundation
import TasterReports
import TasterStore
import TasterWording

/// `taster volunteer`: settings for the volunteers who run sessions.
struct VolunteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volunteer",
        abstract: "Settings for volunteers, such as the volunteer passphrase.",
        subcommands: [VolunteerPassphraseCommand.self])
}

/// `taster volunteer passphrase`: sets or changes the passphrase that volunteer commands ask for.
struct VolunteerPassphraseCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "passphrase",
        abstract: "Set or change the volunteer passphrase that guards learners' details.",
        discussion: """
        Commands that show or change learners' details ask for this passphrase. It is kept only as a \
        slow, salted hash in volunteer-passphrase.json in the data folder (readable only by its owner). \
        To change it you type the current one first. From a script, pipe the lines in: the current \
        passphrase (if one is set), the new one, and the new one again.
        """)

    @OptionGroup var data: DataOptions

    func run(in environment: TasterEnvironment) throws {
        let output = environment.output
        let words = environment.catalogue
        let reader = environment.passphraseInput

        let file = VolunteerPassphraseFile(credentials: environment.volunteerCredentials(data))

        if file.isSet {
            let gate = PassphraseGate(credentials: file.credentials)
            let typed = reader.read(prompt: words.text(.passphraseCurrentPrompt))
            switch typed.map(gate.check) ?? .cancelled {
            case .allowed:
                break
            case .refused:
                environment.pause(VolunteerGate.wrongPassphrasePause)
                output.writeError(words.text(.passphraseCurrentWrong, ["advice": Self.forgottenAdvice(file, catalogue: words)]))
                throw ExitCode.failure
            case .cancelled:
                output.writeError(words.text(.passphraseCurrentNotTyped))
                throw ExitCode.failure
            case .unusable(let error):
                output.writeError(words.words(for: error))
                throw ExitCode.failure
            case .notSet:
                break
            }
        }

        let new = try Self.newPassphrase(reader: reader, output: output, catalogue: words)
        guard let again = reader.read(prompt: words.text(.passphraseAgainPrompt)).map(PassphraseGate.tidy), again == new else {
            output.writeError(words.text(.passphraseNotTheSame))
            throw ExitCode.failure
        }
        do {
            try file.write(try PassphraseHash.make(passphrase: new))
        } catch let error as PassphraseFileError {
            output.writeError(words.words(for: error))
            throw ExitCode.failure
        } catch {
            output.writeError(words.text(.passphraseNotStored))
            throw ExitCode.failure
        }
        output.write(words.text(.passphraseSet, emphasis: output.successStyle))
    }

    /// How many times a person at a terminal may choose again after a passphrase the rules refuse.
    static let triesForNew = 3

    /// Asks for the new passphrase; a person at a terminal whose choice the rules refuse hears
    /// why and is asked again (a script, which cannot answer, is stopped at once).
    private static func newPassphrase(reader: any PassphraseInput, output: Output, catalogue: Catalogue) throws -> String {
        let tries = reader.inputIsTerminal ? triesForNew : 1
        for attempt in 1...tries {
            guard let new = reader.read(prompt: catalogue.text(.passphraseNewPrompt)).map(PassphraseGate.tidy) else {
                output.writeError(catalogue.text(.passphraseNewNotTyped))
                throw ExitCode.failure
            }
            guard let problem = PassphraseRules.problem(with: new) else { return new }
            let why = catalogue.words(for: problem)
            output.writeError(attempt < tries ? catalogue.text(.passphraseChooseAnother, ["problem": why]) : why)

        }
        throw ExitCode.failure
    }

    /// What to do when nobody remembers the passphrase: whoever looks after the computer removes
    /// the stored record, after which a new one can be set.
    static func forgottenAdvice(_ file: VolunteerPassphraseFile, catalogue: Catalogue) -> String {
        catalogue.text(.passphraseForgotten, ["place": file.credentials.recordPlace])
    }
}
