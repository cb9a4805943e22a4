import ArgumentParser
import Foundation

extension TasterCommand {
    /// The composition root: parses the process's arguments, runs the chosen command in
    /// `environment` (built once by the executable) and exits with its status.
    public static func main(in environment: TasterEnvironment) -> Never {
        Foundation.exit(execute(Array(CommandLine.arguments.dropFirst()), in: environment))
    }

    /// Parses `arguments` (without the program's name), runs the chosen command in `environment`
    /// and returns the exit status; it never ends the process, so commands run in-process in
    /// tests. Help and usage mistakes are written as the argument parser words them; any other
    /// error a command lets through is told to the command's audience by ``FailureWording``.
    public static func execute(_ arguments: [String], in environment: TasterEnvironment) -> Int32 {
        let command: any ParsableCommand
        do {
            command = try OptionWording.$catalogue.withValue(OptionWording.catalogue(for: arguments, in: environment)) {
                try parseAsRoot(arguments)
            }
        } catch {
            return report(error, in: environment)
        }
        var environment = environment
        do {
            // The language is chosen once, before the command runs: --language, else
            // TASTER_LANGUAGE, else the settings file, else English.
            environment.catalogue = try LanguageChoice().catalogue(option: (command as? any LanguageChoosingCommand)?.languageOption, in: environment)
            if let subcommand = command as? any TasterSubcommand {
                if let storeUser = subcommand as? any StoreUsingCommand {
                    _ = try environment.storeChoice(storeUser.data)
                }
                try subcommand.run(in: environment)
            } else {
                // A group such as `taster session` on its own: the parser shows its help.
                var group = command
                try group.run()
            }
            return ExitCode.success.rawValue
        } catch {
            let audience = (type(of: command) as? any TasterSubcommand.Type)?.audience ?? .volunteer
            if let sentence = FailureWording.sentence(for: error, audience: audience, in: environment.catalogue) {
                environment.output.writeError(sentence)
                return ExitCode.failure.rawValue
            }
            return report(error, in: environment)
        }
    }

    /// Writes what the argument parser says about `error` (help to standard output, mistakes to
    /// standard error) and returns its exit status.
    private static func report(_ error: any Error, in environment: TasterEnvironment) -> Int32 {
        let status = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            if status == .success {
                environment.output.write(message)
            } else {
                environment.output.writeError(message)
            }
        }
        return status.rawValue
    }
}
