import ArgumentParser
import Foundation
import TasterStore
import TasterWording

/// `taster learner forget CODE`: erases everything about one learner, after showing what will go
/// and asking "are you sure?" (or at once with `--yes`, for scripts).
struct LearnerForgetCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(commandName: "forget", abstract: "Erase everything taster holds about a learner. This cannot be undone.")

    @OptionGroup var data: DataOptions
    @OptionGroup var code: LearnerCodeArgument
    @Flag(name: .long, help: "Erase without asking first (for scripts).") var yes = false

    func run(in environment: TasterEnvironment) throws {
        let words = environment.catalogue
        let learnerCode = try VolunteerAccess.parse(code, environment)
        // A library service's server that cannot be reached cannot check the passphrase either.
        // The learner's events waiting in this computer's outbox are removed all the same: the
        // outbox is this computer's own file, which its login can read and remove anyway, and
        // nothing of the server's is shown or changed.
        var opened: Result<any ProgressStore, StoreError>?
        if case .service = environment.storeAddress(data) {
            let result = environment.openStore(data)
            if case .failure(.serverUnreachable(let address, let detail)) = result {
                throw forgetWaiting(learnerCode, serverAddress: address, detail: detail, in: environment)
            }
            opened = result
        }
        try VolunteerGate.require(environment, data: data)
        let store = try VolunteerAccess.store(opened ?? environment.openStore(data), environment)

        guard let summary = try store.summary(code: learnerCode) else { throw VolunteerAccess.unknown(learnerCode, environment) }
        if !yes {
            environment.output.write(Self.whatWillGo(summary, catalogue: words))
            environment.output.writePrompt(words.text(.forgetConfirmPrompt))
            let answer = environment.readAnswer()?.trimmingCharacters(in: .whitespaces).lowercased()
            guard let answer, words.answers(.answersForgetYes).contains(answer) else {
                environment.output.write("\n" + words.text(.forgetNothingErased))
                throw ExitCode(1)
            }
        }
        // Their events waiting at this terminal go first, so no later sending brings them back.
        let folder = environment.dataLocation(data).folder
        if Outbox.exists(in: folder) { try Outbox.open(in: folder).forget(code: learnerCode) }
        guard try store.forget(code: learnerCode) else { throw VolunteerAccess.unknown(learnerCode, environment) }
        let done = words.text(.forgetDone, ["code": learnerCode.rawValue])
        environment.output.write(([done] + (store.erasedDataLingers() ? [words.text(.erasedTracesLinger)] : [])).joined(separator: " "))
    }

    /// While the library service's server cannot be reached: the learner's events waiting in
    /// this terminal's outbox are removed, so that no later sending brings them to the server
    /// after a forget was asked for, and the volunteer is told the server still holds their
    /// record and to run the command again. Always a failure: the learner is not forgotten yet.
    private func forgetWaiting(_ code: LearnerCode, serverAddress: String, detail: String, in environment: TasterEnvironment) -> ExitCode {
        let words = environment.catalogue
        let folder = environment.dataLocation(data).folder
        let removed: Int
        do {
            removed = Outbox.exists(in: folder) ? try Outbox.open(in: folder).forget(code: code) : 0
        } catch {
            environment.output.writeError(words.words(for: error, duringALesson: false))
            return ExitCode.failure
        }
        environment.output.writeError(words.text(.forgetServerAway, [
            "address": serverAddress, "detail": detail, "code": code.rawValue,
            "outbox": words.text(removed > 0 ? .forgetOutboxRemoved : .forgetOutboxNone),
        ]))
        return ExitCode.failure
    }

    /// What forgetting this learner erases, and what anonymous counts stay.
    static func whatWillGo(_ summary: LearnerSummary, catalogue: Catalogue) -> String {
        let code = summary.learner.code.rawValue
        let who = summary.learner.nickname.map { catalogue.text(.forgetWhoNickname, ["code": code, "nickname": $0]) } ?? code
        return catalogue.text(.forgetWhatWillGo, [
            "who": who, "started": "\(summary.lessonsStarted)", "finished": "\(summary.lessonsCompleted)",
            "steps": "\(summary.stepsRecorded)", "typed": "\(summary.typedAnswersStored)",
        ])
    }
}
