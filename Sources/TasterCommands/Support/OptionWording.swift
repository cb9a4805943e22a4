import Foundation
import TasterWording

/// The catalogue that options' checks (a command's `validate()`) word their refusals in.
///
/// The argument parser checks options before a command runs and before it is handed the
/// environment, so the language is set here for the time of parsing: `--language` when it is
/// among the arguments, else what the environment chooses (`TASTER_LANGUAGE`, the settings
/// file, English).
enum OptionWording {
    /// The catalogue in force while the arguments are parsed.
    @TaskLocal static var catalogue: Catalogue = .english

    /// `key`'s words in the catalogue in force.
    static func text(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        catalogue.text(key, values)
    }

    /// The catalogue for parsing `arguments` in `environment`; a language that is not
    /// installed is left for the command to refuse, and meanwhile the environment's is used.
    static func catalogue(for arguments: [String], in environment: TasterEnvironment) -> Catalogue {
        (try? LanguageChoice().catalogue(option: languageArgument(in: arguments), in: environment)) ?? environment.catalogue
    }

    /// The value given with `--language` among `arguments`, if any.
    private static func languageArgument(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return nil }
            if argument == "--language", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--language=") { return String(argument.dropFirst("--language=".count)) }
        }
        return nil
    }
}
