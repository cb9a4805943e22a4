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
        let (store, learnerCode) = try VolunteerAccess.open(environment, data: data, code: code)

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
