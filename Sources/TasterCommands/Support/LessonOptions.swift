import ArgumentParser

/// The option that says where the lessons are, shared by every command that reads them.
public struct LessonOptions: ParsableArguments {
    /// `--lessons DIR`.
    @Option(name: .customLong("lessons"), help: ArgumentHelp("The folder of lesson files (else $TASTER_LESSONS, else ./lessons, else the installed lessons).", valueName: "folder"))
    public var folder: String?

    /// Creates the options (for the parser).
    public init() {}
}
