import ArgumentParser
import TasterStore

/// `taster learner show CODE`: a short summary of one learner.
struct LearnerShowCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show what taster holds about a learner, in short.")

    @OptionGroup var data: DataOptions
    @OptionGroup var code: LearnerCodeArgument

    func run(in environment: TasterEnvironment) throws {
        let (store, learnerCode) = try VolunteerAccess.open(environment, data: data, code: code)
        guard let summary = try store.summary(code: learnerCode) else { throw VolunteerAccess.unknown(learnerCode, environment) }
        let learner = summary.learner
        var lines = ["Learner \(learner.code.rawValue)" + (learner.nickname.map { " (\($0))" } ?? "")]
        lines.append("  first seen:        \(VolunteerAccess.day(learner.createdAt))")
        lines.append("  last active:       \(VolunteerAccess.day(learner.lastActiveAt))")
        lines.append("  lessons started:   \(summary.lessonsStarted)")
        lines.append("  lessons completed: \(summary.lessonsCompleted)")
        lines.append("  steps recorded:    \(summary.stepsRecorded)")
        lines.append("  typed answers kept: \(summary.typedAnswersStored)" + (summary.typedAnswersStored == 0 ? " (taster does not keep what learners type)" : ""))
        environment.output.write(lines.joined(separator: "\n"))
    }
}
