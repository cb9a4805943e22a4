import ArgumentParser
import TasterWording

/// `taster purge`: erases learners who have not been active for a long time.
struct PurgeCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Erase learners inactive for longer than the retention period (taster also does this when it starts).",
        discussion: "The retention period is 180 days unless TASTER_RETENTION_DAYS says otherwise.")

    @OptionGroup var data: DataOptions

    @Flag(name: .customLong("dry-run"), help: "Only show who would be erased.")
    var dryRun = false

    @Option(name: .long, help: "Erase learners inactive for more than this many days (default: the retention period).")
    var days: Int?

    func validate() throws {
        if let days, days < 1 { throw ValidationError(OptionWording.text(.optionAtLeastOne, ["option": "--days"])) }
    }

    func run(in environment: TasterEnvironment) throws {
        try VolunteerGate.require(environment, data: data)
        let store = try VolunteerAccess.openStore(environment, data: data)
        let days = days ?? environment.retention.days
        let purged = try store.purge(inactiveForDays: days, now: environment.clock.now(), dryRun: dryRun)
        let words = environment.catalogue
        var lines = purged.map { words.text(.purgeLine, ["code": $0.code.rawValue, "day": VolunteerAccess.day($0.lastActiveAt)]) }
        let heading: String
        if purged.isEmpty {
            heading = words.text(dryRun ? .purgeWouldNone : .purgeErasedNone, ["count": "0", "days": "\(days)"])
        } else if dryRun {
            heading = words.text(one: .purgeWouldOne, other: .purgeWouldOther, count: purged.count, ["days": "\(days)"])
        } else {
            heading = words.text(one: .purgeErasedOne, other: .purgeErasedOther, count: purged.count, ["days": "\(days)"])
        }
        lines.insert(heading, at: 0)
        if !dryRun && !purged.isEmpty && store.erasedDataLingers() { lines.append(words.text(.erasedTracesLinger)) }

        environment.output.write(lines.joined(separator: "\n"))
    }
}
