import ArgumentParser
import Foundation
import TasterStore

/// `taster learner forget CODE`: erases everything about one learner, after showing what will go
/// and asking "are you sure?" (or at once with `--yes`, for scripts).
struct LearnerForgetCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(commandName: "forget", abstract: "Erase everything taster holds about a learner. This cannot be undone.")

    @OptionGroup var data: DataOptions
    @OptionGroup var code: LearnerCodeArgument
    @Flag(name: .long, help: "Erase without asking first (for scripts).") var yes = false

    func run(in environment: TasterEnvironment) throws {
        let (store, learnerCode) = try VolunteerAccess.open(environment, data: data, code: code)
        guard let summary = try store.summary(code: learnerCode) else { throw VolunteerAccess.unknown(learnerCode, environment) }
        if !yes {
            environment.output.write(Self.whatWillGo(summary))
            environment.output.writePrompt("Are you sure? Type yes to erase it all: ")
            let answer = environment.readAnswer()?.trimmingCharacters(in: .whitespaces).lowercased()
            guard answer == "yes" || answer == "y" else {
                environment.output.write("\nNothing was erased.")
                throw ExitCode(1)
            }
        }
        guard try store.forget(code: learnerCode) else { throw VolunteerAccess.unknown(learnerCode, environment) }
        environment.output.write("Done: everything taster held about \(learnerCode.rawValue) has been erased. The code no longer works." + (store.erasedDataLingers() ? " " + VolunteerAccess.lingeringTraces : ""))
    }

    /// What forgetting this learner erases, and what anonymous counts stay.
    static func whatWillGo(_ summary: LearnerSummary) -> String {
        let name = summary.learner.nickname.map { " (nickname \"\($0)\")" } ?? ""
        return """
            This will erase, for \(summary.learner.code.rawValue)\(name):
              - the code itself, so it will no longer work
              - \(summary.lessonsStarted) lesson(s) started, \(summary.lessonsCompleted) finished, and where to carry on
              - \(summary.stepsRecorded) step record(s) and \(summary.typedAnswersStored) typed answer(s)
              - their place in the sessions they joined and on the volunteers' live view
            Past reports keep their anonymous counts (how many learners, lessons and hints), with nothing that leads back to this learner.
            """
    }
}
