import ArgumentParser

/// `--language` for the commands that make pages (guide, certificate, report): the page's
/// words, and its lessons' titles and texts where translated, in that language.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The language of the page, such as cy for Cymraeg (Welsh) (default: TASTER_LANGUAGE, else the settings file's).", valueName: "language"))
    var language: String?
}
