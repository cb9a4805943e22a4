import Foundation
import TasterLessons
import TasterWording

/// The site's settings file: one file a library's IT team puts on every terminal image, holding
/// the store address, the branch's name, how long learners are kept, the kiosk's idle minutes
/// and the default language.
///
/// Taster reads the first of these that exists: `TASTER_SETTINGS` (a path, for trying a file
/// out), the system file (`/etc/taster/taster.yaml`), then `$XDG_CONFIG_HOME/taster/taster.yaml`
/// (else `~/.config/taster/taster.yaml`). The system file comes first so that a learner's own
/// account cannot point a library terminal elsewhere.
struct SiteSettings: Sendable {
    /// The names a settings file may use.
    enum Name: String, CaseIterable, Sendable {
        case store, branch, language
        case retentionDays = "retention-days"
        case idleMinutes = "idle-minutes"
    }

    /// The file read, if any.
    let file: String?
    /// Each value the file sets, with the line it is on.
    let values: [Name: (value: String, line: Int)]
    /// What was wrong in the file, as `path:line:col: error: ...`.
    let problems: [LessonProblem]

    /// No file.
    static let none = SiteSettings(file: nil, values: [:], problems: [])

    /// The settings file's path for `environment`, or nil when none exists.
    static func path(in environment: TasterEnvironment) -> String? {
        if let chosen = environment.variables["TASTER_SETTINGS"], !chosen.isEmpty {
            return URL(fileURLWithPath: chosen, relativeTo: URL(fileURLWithPath: environment.currentDirectory)).path
        }
        let configHome = environment.variables["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment.variables["HOME"] ?? NSHomeDirectory()) + "/.config"
        return [environment.systemSettingsFile, configHome + "/taster/taster.yaml"]
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Reads the settings file for `environment`; a file that cannot be read gives problems,
    /// never a stop, so a learner can always start.
    static func load(in environment: TasterEnvironment) -> SiteSettings {
        guard let path = path(in: environment) else { return .none }
        guard let data = FileManager.default.contents(atPath: path) else {
            return SiteSettings(file: path, values: [:], problems: [
                LessonProblem(path: path, location: .start, message: environment.catalogue.text(.settingsFileUnreadable)),
            ])
        }
        let (entries, readProblems) = FlatSettingsReader.read(Array(data), path: path)
        var problems = readProblems
        var values: [Name: (value: String, line: Int)] = [:]
        for entry in entries {
            guard let name = Name(rawValue: entry.key) else {
                let known = Name.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(LessonProblem(path: path, location: entry.location, message: environment.catalogue.text(.settingsUnknownName, ["name": SafeText.quote(entry.key), "known": known])))

                continue
            }
            values[name] = (entry.value.trimmingCharacters(in: .whitespaces), entry.location.line)
        }
        return SiteSettings(file: path, values: values, problems: problems)
    }

    /// The value the file gives `name`, if it gives one that is not empty.
    func value(_ name: Name) -> String? {
        values[name].flatMap { $0.value.isEmpty ? nil : $0.value }
    }

    /// Where the file gives `name`: `path:line`.
    func place(_ name: Name) -> String? {
        guard let file, let line = values[name]?.line else { return nil }
        return "\(file):\(line)"
    }
}
