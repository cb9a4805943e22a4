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
        for problem in settings.problems { output.writeError(output.errorStyle(problem.description)) }

        var rows: [[String]] = []
        var storeUnusable = false
        do {
            let choice = try environment.storeChoice(data)
            let location = environment.dataLocation(data)
            let variable = environment.variables["TASTER_DATA_DIR"].flatMap { $0.isEmpty ? nil : "TASTER_DATA_DIR" }
            let source = data.folder != nil ? "--data-dir" : choice.source ?? variable ?? "the usual place"
            if data.folder == nil, let service = choice.service {
                rows.append(["store", "the library service's server \(service.shown)", source])
            } else {
                rows.append(["store", "the progress file in \(location.folder.path)", source])
            }
        } catch {
            // Shown rather than stopping: this command is where a wrong store setting is found.
            output.writeError(output.errorStyle(FailureWording.words(for: error, in: environment.catalogue)))
            rows.append(["store", "(cannot be used: see above)", "-"])
            storeUnusable = true
        }
        rows.append(["branch", settings.value(.branch) ?? "(none set)", settings.place(.branch) ?? "-"])
        if let pin = environment.sessionPin {
            // Read only, and only if there is a store yet: showing settings changes nothing.
            let address = environment.storeAddress(data)
            let store = address.storeExists ? try? StoreOpener.openForReading(address, now: environment.clock.now) : nil
            let open = (try? store?.currentSession(pinnedTo: pin)) ?? nil
            rows.append(["session", "\(pin) (\(open == nil ? "not open now" : "open"))", TasterEnvironment.sessionPinVariable])
        }

        let retention = environment.retention
        let retentionSource = (environment.variables["TASTER_RETENTION_DAYS"]?.isEmpty == false) ? "TASTER_RETENTION_DAYS"
            : settings.place(.retentionDays) ?? "the usual \(RetentionSetting.usualDays) days"
        rows.append(["retention-days", "\(retention.days) (\(retention.daysAtStart) when taster starts)", retentionSource])

        let idle = KioskCommand.idleMinutes(from: settings)
        rows.append(["idle-minutes", "\(Self.number(idle)) (kiosk; --idle-minutes overrides)", settings.place(.idleMinutes) ?? "the usual \(Self.number(KioskCommand.usualIdleMinutes))"])

        let language = settings.value(.language)
        let known = Catalogue.all.map(\.language)
        if let language, !known.contains(language) {
            output.writeError("\(settings.place(.language) ?? "language"): taster does not speak \(language) yet, so it speaks \(environment.catalogue.language); it speaks: \(known.joined(separator: ", ")).")
        }
        rows.append(["language", environment.catalogue.language, language.flatMap { known.contains($0) ? settings.place(.language) : nil } ?? "the usual language"])

        output.write(SessionReporting.table(headings: ["SETTING", "VALUE", "FROM"], rows: rows))
        output.write(settings.file.map { "Settings file: \($0)" } ?? "No settings file: taster looked for \(environment.systemSettingsFile) and $XDG_CONFIG_HOME/taster/taster.yaml.")
        if !settings.problems.isEmpty || storeUnusable { throw ExitCode.failure }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }
}
