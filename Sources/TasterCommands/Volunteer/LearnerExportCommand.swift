import ArgumentParser
import Foundation

/// `taster learner export CODE`: everything about one learner, as JSON.
struct LearnerExportCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write everything taster holds about a learner, as JSON.")

    @OptionGroup var data: DataOptions
    @OptionGroup var code: LearnerCodeArgument

    func run(in environment: TasterEnvironment) throws {
        let (store, learnerCode) = try VolunteerAccess.open(environment, data: data, code: code)
        guard try store.learner(code: learnerCode) != nil else { throw VolunteerAccess.unknown(learnerCode, environment) }
        environment.output.write(String(decoding: try store.export(code: learnerCode), as: UTF8.self))
    }
}
