import ArgumentParser
import Foundation
import TasterReports
import TasterStore
import TasterWording

/// Asks for the volunteer passphrase before a command shows or changes other learners' data.
///
/// With `TASTER_VOLUNTEER_PASSPHRASE` set (for scripts) it checks that; otherwise it asks without
/// showing what is typed. When no passphrase has been set it refuses and says how to set one,
/// because learners' data should not be open to anyone at a shared terminal.
enum VolunteerGate {
    /// How long to wait after a wrong passphrase, which slows down guessing.
    static let wrongPassphrasePause: TimeInterval = 2
    /// How many tries a volunteer gets at a terminal.
    static let triesAtTerminal = 3

    /// Returns when the volunteer passphrase is given; otherwise writes a kind refusal and exits.
    static func require(_ environment: TasterEnvironment, data: DataOptions) throws {
        try require(environment, credentials: environment.volunteerCredentials(data), unlockFolder: environment.dataLocation(data).folder) {
            notSetMessage(data: data, environment: environment)
        }
    }

    /// Returns when the passphrase kept in `credentials` is given; otherwise writes a kind
    /// refusal (`notSet` when none is kept there) and exits. A passphrase typed at a terminal
    /// is remembered for a while in `unlockFolder`, as for every volunteer command.
    static func require(
        _ environment: TasterEnvironment,
        credentials: any VolunteerCredentials,
        unlockFolder folder: URL,
        notSet: () -> String
    ) throws {
        let reader = environment.passphraseInput
        let pause = environment.pause
        let gate = PassphraseGate(credentials: credentials)
        let tries = PassphraseGate.passphrase(from: environment.variables) == nil && reader.inputIsTerminal ? triesAtTerminal : 1
        if VolunteerUnlock(dataFolder: folder).isHeld(now: environment.clock.now()) { return }
        for attempt in 1...tries {
            let typed = PassphraseGate.passphrase(from: environment.variables) == nil && gate.file.isSet
            let decision: PassphraseGate.Decision
            if typed {
                // Echo stays off through the check and the pause after a wrong passphrase, and
                // keys typed meanwhile are thrown away.
                decision = reader.readThenCheck(prompt: environment.catalogue.text(.kioskPassphrasePrompt)) { line in
                    let decision = gate.decide(variables: environment.variables) { line }
                    if decision == .refused { pause(wrongPassphrasePause) }
                    return decision
                }
            } else {
                decision = gate.decide(variables: environment.variables) { nil }
                if decision == .refused { pause(wrongPassphrasePause) }
            }
            switch decision {
            case .allowed:
                if typed { VolunteerUnlock(dataFolder: folder).hold(now: environment.clock.now()) }
                return
            case .refused:
                if attempt < tries {
                    environment.output.writeError(environment.catalogue.text(.gateTryAgain))
                    continue
                }
                let advice = VolunteerPassphraseCommand.forgottenAdvice(VolunteerPassphraseFile(credentials: credentials), catalogue: environment.catalogue)
                environment.output.writeError(environment.catalogue.text(.gateRefused, ["advice": advice]))
            case .notSet:
                environment.output.writeError(notSet())
            case .cancelled:
                environment.output.writeError(environment.catalogue.text(.gateNotTyped))
            case .unusable(let error):
                environment.output.writeError(environment.catalogue.words(for: error))
            }
            throw ExitCode.failure
        }
    }

    /// Checks `passphrase` against the one for the data folder `dataFolder`, for callers that
    /// read it their own way (a shell prompt, kiosk mode).
    static func check(passphrase: String, dataFolder: URL) -> PassphraseGate.Decision {
        PassphraseGate(dataFolder: dataFolder).check(passphrase)
    }

    /// A yes-or-no check for the data folder `data` names, to hand to code that must not know
    /// about files; true only for the right passphrase.
    static func checker(_ environment: TasterEnvironment, data: DataOptions) -> @Sendable (String) -> Bool {
        let gate = PassphraseGate(credentials: environment.volunteerCredentials(data))
        return { gate.check($0) == .allowed }
    }

    /// Said when no passphrase is set, with the command that sets one: a library service keeps
    /// one per branch, the embedded store one per data folder.
    static func notSetMessage(data: DataOptions, environment: TasterEnvironment) -> String {
        if case .service(let address) = environment.storeAddress(data) {
            return environment.catalogue.text(.gateNotSetForBranch, ["branch": address.branch])
        }
        let dataOption = data.folder.map { " --data-dir \"\($0)\"" } ?? ""
        return environment.catalogue.text(.gateNotSet, ["dataOption": dataOption])
    }

}
