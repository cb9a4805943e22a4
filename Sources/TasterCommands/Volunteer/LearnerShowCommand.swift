import ArgumentParser
import TasterStore
import TasterWording

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
        let words = environment.catalogue
        let code = learner.code.rawValue
        var lines = [learner.nickname.map { words.text(.showHeadingNickname, ["code": code, "nickname": $0]) } ?? words.text(.showHeading, ["code": code])]
        lines.append(words.text(.showFirstSeen, ["day": VolunteerAccess.day(learner.createdAt)]))
        lines.append(words.text(.showLastActive, ["day": VolunteerAccess.day(learner.lastActiveAt)]))
        lines.append(words.text(.showLessonsStarted, ["count": "\(summary.lessonsStarted)"]))
        lines.append(words.text(.showLessonsCompleted, ["count": "\(summary.lessonsCompleted)"]))
        lines.append(words.text(.showStepsRecorded, ["count": "\(summary.stepsRecorded)"]))
        lines.append(words.text(summary.typedAnswersStored == 0 ? .showTypedAnswersNone : .showTypedAnswers, ["count": "\(summary.typedAnswersStored)"]))

        environment.output.write(lines.joined(separator: "\n"))
    }
}
