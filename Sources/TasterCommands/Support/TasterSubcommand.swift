import ArgumentParser

/// The one shape of a taster subcommand: parsed by the argument parser, then run in the
/// environment that the composition root (``TasterCommand/main(in:)``) built once for the whole
/// run, or that a test built. A subcommand never reads the process's environment, files it was
/// not pointed at, or the clock, except through the environment.
protocol TasterSubcommand: ParsableCommand {
    /// Who reads this command's messages, so an error is told in their words.
    static var audience: Audience { get }

    /// Does the command's work. Errors it does not handle itself (a ``TasterStore/StoreError``,
    /// say) are told to ``audience`` by ``FailureWording``, in one place.
    func run(in environment: TasterEnvironment) throws
}

extension TasterSubcommand {
    /// Never used: ``TasterCommand/execute(_:in:)`` calls ``run(in:)`` with the environment it
    /// was given. Running a subcommand any other way is a mistake in taster, said plainly.
    func run() throws {
        throw CommandRoutingError(command: Self._commandName)
    }
}

/// A subcommand was run without an environment (a programming mistake, never a user's).
struct CommandRoutingError: Error, CustomStringConvertible {
    /// The command's name.
    let command: String
    var description: String { "taster \(command) must be run through TasterCommand.execute(_:in:)." }
}
