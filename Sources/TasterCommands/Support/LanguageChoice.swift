import TasterLessons
import TasterWording

/// The language a command speaks, and a learner's terminal starts in: `--language`, else
/// `TASTER_LANGUAGE`, else the settings file's `language:`, else the environment's own
/// (English). When more than one language is installed and `--language` is not given, the
/// learner still chooses at the welcome; this is the language of that first screen and the one
/// Enter keeps.
struct LanguageChoice {
    /// The installed languages to choose from.
    var installed: [Catalogue] = Catalogue.all

    /// The catalogue for `option` (`--language`) in `environment`. An unknown language asked for
    /// by the option or the variable is an error that names the installed ones; an unknown one
    /// in the settings file falls back to the usual language, so a learner can always start (`taster
    /// settings` reports it).
    func catalogue(option: String?, in environment: TasterEnvironment) throws(LanguageChoiceError) -> Catalogue {
        if let option, !option.isEmpty { return try find(option, source: "--language") }
        if let variable = environment.variables["TASTER_LANGUAGE"], !variable.isEmpty {
            return try find(variable, source: "TASTER_LANGUAGE")
        }
        if let setting = SiteSettings.load(in: environment).value(.language), let found = match(setting) { return found }
        return environment.catalogue
    }

    /// The installed catalogue for `asked`, or an error naming the installed ones.
    private func find(_ asked: String, source: String) throws(LanguageChoiceError) -> Catalogue {
        guard let found = match(asked) else {
            throw LanguageChoiceError(asked: asked, source: source, installed: installed.map { "\($0.language) (\($0.text(.languageName)))" })
        }
        return found
    }

    /// The catalogue `text` names: its tag (`cy`, `cy-GB`, `CY`) or its name in its own language
    /// (`Cymraeg`), whatever the case.
    func match(_ text: String) -> Catalogue? {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        return installed.first { LanguageTag.primary(of: $0.language) == LanguageTag.primary(of: wanted) }
            ?? installed.first { $0.text(.languageName).lowercased() == wanted.lowercased() }
    }
}
