import ArgumentParser

/// How the learner's screen behaves, shared by the shell commands.
public struct ShellOptions: ParsableArguments {
    /// `--plain`: screen-reader mode.
    @Flag(name: .long, help: "Screen-reader mode: no colour, no redrawing, no boxes or bars; progress in words.")
    public var plain = false

    /// `--speak`: read aloud.
    @Flag(name: .long, help: "Read each step aloud (needs the espeak-ng program).")
    public var speak = false

    /// Creates the options (for the parser).
    public init() {}
}
