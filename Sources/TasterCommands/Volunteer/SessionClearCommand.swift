import ArgumentParser
import TasterStore

/// `taster session clear CODE`: lowers a learner's raised hand once a volunteer has helped.
struct SessionClearCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(commandName: "clear", abstract: "Lower a learner's raised hand in the live view, once you have helped them.")

    @OptionGroup var data: DataOptions
    @OptionGroup var code: LearnerCodeArgument

    func run(in environment: TasterEnvironment) throws {
        let (store, learnerCode) = try VolunteerAccess.open(environment, data: data, code: code)
        if try store.clearHand(code: learnerCode) {
            environment.output.write("Done: \(learnerCode.rawValue) no longer shows as asking for help.")
        } else {
            environment.output.write("\(learnerCode.rawValue) has no raised hand to clear (perhaps they moved on to another step, or the code is mistyped).")
        }
    }
}
