import ArgumentParser
import TasterServiceStore
import TasterStore
import TasterWording

/// `taster store init ADDRESS`: sets up a library service's database, once, from the IT team's
/// own login: the schema, and the terminal and volunteer roles with their rights.
struct StoreInitCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Set up a library service's PostgreSQL database: the schema, and a role for terminals and one for volunteers.",
        discussion: """
            Run it once, as a login that owns the database and may create roles; running it again \
            changes nothing. The terminal role records progress only; the volunteer role also runs \
            sessions, the live view, reports and forgetting. Both are roles without logins: grant \
            each computer's or volunteer's own login the role it needs. No password is ever given \
            to taster: libpq reads it from .pgpass (or PGPASSFILE).
            """)

    @Argument(help: ArgumentHelp("The database, as libpq reads it: postgresql://host/dbname, host=... dbname=..., or service=NAME.", valueName: "address"))
    var address: String

    @Option(name: .long, help: ArgumentHelp("The terminals' role (default: taster_terminal).", valueName: "role"))
    var terminalRole = ServiceRoles.usual.terminal

    @Option(name: .long, help: ArgumentHelp("The volunteers' role (default: taster_volunteer).", valueName: "role"))
    var volunteerRole = ServiceRoles.usual.volunteer

    func run(in environment: TasterEnvironment) throws {
        let words = environment.catalogue
        for (option, name) in [("--terminal-role", terminalRole), ("--volunteer-role", volunteerRole)] where !ServiceRoles.isUsable(name) {
            environment.output.writeError(words.text(.storeInitRoleNameUnusable, ["option": option, "name": TerminalSafeText.safe(name, allowingOwnSequences: false)]))
            throw ExitCode.failure
        }
        guard TasterEnvironment.isServiceAddress(address) else {
            environment.output.writeError(words.text(.storeInitNeedsServer, ["address": TerminalSafeText.safe(address, allowingOwnSequences: false)]))
            throw ExitCode.failure
        }
        // A password on the command line would show in the process list: refused, never used.
        let written = ServiceAddressText(address)
        if written.holdsPassword { throw StoreChoiceError.passwordOnCommandLine(address: written.redacted) }
        let roles = ServiceRoles(terminal: terminalRole, volunteer: volunteerRole)
        let result: ServiceInitialisation
        let shown: String
        do throws(StoreError) {
            let parsed: PostgresAddress
            do { parsed = try PostgresAddress(address) } catch {
                throw StoreError.serverFailed(address: written.redacted ?? "", detail: "\(error)")
            }
            shown = parsed.description
            result = try roles.initialise(at: parsed)
        } catch {
            environment.output.writeError(words.words(for: error, duringALesson: false))
            throw ExitCode.failure
        }
        let migrations = result.appliedMigrations.isEmpty ? words.text(.storeInitUpToDate) : result.appliedMigrations.joined(separator: ", ")
        var lines = [words.text(.storeInitDone, ["address": shown, "migrations": migrations])]
        for role in [terminalRole, volunteerRole] {
            lines.append(words.text(result.createdRoles.contains(role) ? .storeInitRoleCreated : .storeInitRoleThere, ["role": role]))
        }
        lines.append(words.text(.storeInitNext, ["terminal": terminalRole, "volunteer": volunteerRole]))
        environment.output.write(lines.joined(separator: "\n"))
    }
}
