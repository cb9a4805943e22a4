import ArgumentParser

/// `--language` for the author's commands (lint, test, lessons): the language of the problems
/// and summaries they print.
struct MessageLanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The language of the messages, such as cy for Cymraeg (Welsh) (default: TASTER_LANGUAGE, else the settings file's).", valueName: "language"))
    var language: String?
}
