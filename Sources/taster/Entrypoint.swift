import TasterCommands

/// Starts taster.
@main
struct Entrypoint {
    static func main() {
        TasterCommand.main()
    }
}
