import ArgumentParser

/// How the learner's screen behaves, shared by the shell commands.
public struct ShellOptions: ParsableArguments {
    /// `--plain`: screen-reader mode.
    @Flag(name: .long, help: "Screen-reader mode: no colour, no redrawing, no boxes or bars; progress in words.")
    public var plain = false

    /// `--speak`: read aloud.
    @Flag(name: .long, help: "Read each step aloud (needs the espeak-ng program).")
    public var speak = false

    /// `--language`: the language of the learner's screen, so nobody is asked at the welcome.
    @Option(name: .long, help: ArgumentHelp("The language to use, such as cy for Cymraeg (Welsh); then the welcome does not ask.", valueName: "language"))
    public var language: String?

    /// `--bilingual`: each step in the learner's language with the English beneath.
    @Flag(name: .long, help: "Show each step in the learner's language with the English beneath, for learners who are learning English.")
    public var bilingual = false

    /// Creates the options (for the parser).
    public init() {}
}
