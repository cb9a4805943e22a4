import ArgumentParser

/// The option that says where learners' progress is kept, shared by every command that uses it.
public struct DataOptions: ParsableArguments {
    /// `--data-dir DIR`.
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The folder for the progress file (else $TASTER_DATA_DIR, else $XDG_DATA_HOME/taster, else ~/.local/share/taster). Point every terminal at one shared folder to share progress.", valueName: "folder"))
    public var folder: String?

    /// `--store ADDRESS`.
    @Option(name: .customLong("store"), help: ArgumentHelp("Where progress is kept: a folder, or a library service's PostgreSQL address (else $TASTER_STORE, else the settings file, else the data folder). Never put a password here: it comes from ~/.pgpass.", valueName: "address"))
    public var store: String?

    /// Creates the options (for the parser).
    public init() {}
}
