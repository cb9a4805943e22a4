import ArgumentParser
import Foundation
import TasterStore
import TasterWording

/// `taster settings`: what is in force on this terminal, and where each value came from.
struct SettingsCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show the settings in force on this terminal and where each one comes from.",
        discussion: """
            Settings come from the command line, then environment variables, then the settings file: \
            TASTER_SETTINGS, else /etc/taster/taster.yaml, else $XDG_CONFIG_HOME/taster/taster.yaml \
            (the first that exists). The file holds lines such as `branch: Halifax Central`, with the \
            names store, branch, retention-days, idle-minutes and language.
            """)

    @OptionGroup var data: DataOptions

    func run(in environment: TasterEnvironment) throws {
        let settings = SiteSettings.load(in: environment)
        let output = environment.output
        let words = environment.catalogue
        for problem in settings.problems { output.writeError(output.errorStyle(environment.catalogue.line(of: problem))) }

        var rows: [[String]] = []
        var storeUnusable = false
        do {
            let choice = try environment.storeChoice(data)
            let location = environment.dataLocation(data)
            let variable = environment.variables["TASTER_DATA_DIR"].flatMap { $0.isEmpty ? nil : "TASTER_DATA_DIR" }
            let source = data.folder != nil ? "--data-dir" : choice.source ?? variable ?? words.text(.settingsUsualPlace)
            if data.folder == nil, let service = choice.service {
                rows.append(["store", words.text(.settingsStoreService, ["address": service.shown]), source])
            } else {
                rows.append(["store", words.text(.settingsStoreFile, ["folder": location.folder.path]), source])
            }
        } catch {
            // Shown rather than stopping: this command is where a wrong store setting is found.
            output.writeError(output.errorStyle(FailureWording.words(for: error, in: environment.catalogue)))
            rows.append(["store", words.text(.settingsStoreUnusable), "-"])
            storeUnusable = true
        }
        rows.append(["branch", settings.value(.branch) ?? words.text(.settingsNoneSet), settings.place(.branch) ?? "-"])
        if let pin = environment.sessionPin {
            // Read only, and only if there is a store yet: showing settings changes nothing.
            let address = environment.storeAddress(data)
            let store = address.storeExists ? try? StoreOpener.openForReading(address, now: environment.clock.now) : nil
            let open = (try? store?.currentSession(pinnedTo: pin)) ?? nil
            rows.append(["session", words.text(open == nil ? .settingsSessionNotOpen : .settingsSessionOpen, ["name": pin]), TasterEnvironment.sessionPinVariable])
        }

        let retention = environment.retention
        let retentionSource = (environment.variables["TASTER_RETENTION_DAYS"]?.isEmpty == false) ? "TASTER_RETENTION_DAYS"
            : settings.place(.retentionDays) ?? words.text(.settingsUsualDays, ["days": "\(RetentionSetting.usualDays)"])
        rows.append(["retention-days", words.text(.settingsRetentionValue, ["days": "\(retention.days)", "atStart": "\(retention.daysAtStart)"]), retentionSource])

        let idle = KioskCommand.idleMinutes(from: settings)
        rows.append([
            "idle-minutes", words.text(.settingsIdleValue, ["minutes": Self.number(idle)]),
            settings.place(.idleMinutes) ?? words.text(.settingsUsualValue, ["value": Self.number(KioskCommand.usualIdleMinutes)]),
        ])

        let language = settings.value(.language)
        let known = Catalogue.all.map(\.language)
        if let language, !known.contains(language) {
            output.writeError(words.text(.settingsLanguageUnknown, [
                "place": settings.place(.language) ?? "language", "language": language, "speaks": words.language, "known": known.joined(separator: ", "),
            ]))
        }
        rows.append(["language", words.language, language.flatMap { known.contains($0) ? settings.place(.language) : nil } ?? words.text(.settingsUsualLanguage)])

        let headings = [WordKey.settingsHeadingSetting, .settingsHeadingValue, .settingsHeadingFrom].map { words.text($0) }
        output.write(SessionReporting.table(headings: headings, rows: rows))
        output.write(settings.file.map { words.text(.settingsFile, ["file": $0]) } ?? words.text(.settingsNoFile, ["system": environment.systemSettingsFile]))

        if !settings.problems.isEmpty || storeUnusable { throw ExitCode.failure }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }
}
