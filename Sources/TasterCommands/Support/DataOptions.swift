import ArgumentParser

/// The option that says where learners' progress is kept, shared by every command that uses it.
public struct DataOptions: ParsableArguments {
    /// `--data-dir DIR`.
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The folder for the progress file (else $TASTER_DATA_DIR, else $XDG_DATA_HOME/taster, else ~/.local/share/taster). Point every terminal at one shared folder to share progress.", valueName: "folder"))
    public var folder: String?

    /// Creates the options (for the parser).
    public init() {}
}
