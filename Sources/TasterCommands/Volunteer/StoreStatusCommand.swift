import ArgumentParser
import Foundation
import TasterServiceStore
import TasterStore
import TasterWording

/// `taster store status`: where progress is kept, whether the library service's server answers
/// (and its version and schema), and what waits in this terminal's outbox. Exits non-zero when
/// the server cannot be reached, so a check script can tell.
struct StoreStatusCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where progress is kept, whether the server answers, and what waits on this computer to be sent.",
        discussion: """
            With a library service's server, the address is shown without any password. What \
            learners did while the server could not be reached waits in outbox.sqlite in the data \
            folder and is sent by itself when the server answers. The exit status is 1 when the \
            server cannot be reached.
            """)

    @OptionGroup var data: DataOptions

    func run(in environment: TasterEnvironment) throws {
        let words = environment.catalogue
        let output = environment.output
        var lines = [words.text(.storeStatusTitle)]
        var reachable = true
        switch environment.storeAddress(data) {
        case .embedded(let location):
            lines.append(words.text(.storeStatusFile, ["folder": location.folder.path]))
        case .service(let service):
            lines.append(words.text(.storeStatusAddress, ["address": service.shown, "branch": service.branch]))
            do throws(PostgresError) {
                let address = try PostgresAddress(service.text)
                let connection = try PostgresConnection(address: address)
                let applied = try ServiceSchema.applied(on: connection)
                let version = connection.serverVersion
                lines.append(words.text(.storeStatusServerAnswers, [
                    "version": "\(version / 10_000).\(version % 10_000)", "newest": applied.last ?? "-",
                    "applied": "\(applied.count)", "known": "\(ServiceSchema.migrations.count)",
                ]))
                let missing = ServiceSchema.migrations.filter { !applied.contains($0.name) }.count
                if missing > 0 { lines.append(words.text(.storeStatusSchemaBehind, ["missing": "\(missing)"])) }
            } catch {
                reachable = false
                let shown = (try? PostgresAddress(service.text)).map { ServiceProgressStore.storeError(error, address: $0) }
                    ?? .serverUnreachable(address: service.shown, detail: "\(error)")
                let reason = words.words(for: shown, duringALesson: false)
                lines.append(words.text(.storeStatusServerDown, ["reason": reason]))
            }
        }
        lines.append(outboxLine(in: environment.dataLocation(data).folder, words: words, now: environment.clock.now()))
        output.write(lines.joined(separator: "\n"))
        if !reachable { throw ExitCode.failure }
    }

    /// What waits in the outbox, in words.
    private func outboxLine(in folder: URL, words: Catalogue, now: Date) -> String {
        guard Outbox.exists(in: folder) else { return words.text(.storeStatusOutboxNone) }
        let file = folder.appendingPathComponent(Outbox.fileName).path
        do {
            let backlog = try Outbox.open(in: folder).backlog()
            guard backlog.count > 0, let oldest = backlog.oldest else { return words.text(.storeStatusOutboxEmpty) }
            return words.text(one: .storeStatusOutboxWaitingOne, other: .storeStatusOutboxWaitingOther, count: backlog.count, [
                "count": "\(backlog.count)", "age": Self.age(from: oldest, to: now, words: words),
            ])
        } catch {
            return words.text(.storeStatusOutboxUnreadable, ["file": file, "reason": words.words(for: error, duringALesson: false)])
        }
    }

    /// How long ago `oldest` was, in minutes, hours and minutes, or days.
    static func age(from oldest: Date, to now: Date, words: Catalogue) -> String {
        let minutes = max(0, Int(now.timeIntervalSince(oldest) / 60))
        if minutes < 60 { return words.text(.storeStatusAgeMinutes, ["minutes": "\(minutes)"]) }
        if minutes < 48 * 60 { return words.text(.storeStatusAgeHours, ["hours": "\(minutes / 60)", "minutes": "\(minutes % 60)"]) }
        return words.text(.storeStatusAgeDays, ["days": "\(minutes / (24 * 60))"])
    }
}
