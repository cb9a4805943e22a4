import ArgumentParser

/// `taster learner forget CODE`: erases everything about one learner.
struct LearnerForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "forget", abstract: "Erase everything taster holds about a learner. This cannot be undone.")

    @OptionGroup var data: DataOptions
    @OptionGroup var code: LearnerCodeArgument

    func run() throws {
        let environment = TasterEnvironment.live()
        let (store, learnerCode) = try VolunteerAccess.open(environment, data: data, code: code)
        guard try store.forget(code: learnerCode) else { throw VolunteerAccess.unknown(learnerCode, environment) }
        environment.output.write("Done: everything taster held about \(learnerCode.rawValue) has been erased. The code no longer works." + (store.erasedDataLingers() ? " " + VolunteerAccess.lingeringTraces : ""))
    }
}
