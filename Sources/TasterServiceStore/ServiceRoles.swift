import TasterStore

/// The two roles a library service's database gives its users, so that each login can do only
/// its own part (`taster store init` makes them):
///
/// - the **terminal** role records progress: new learners, a learner looked up by code, their
///   lessons, step and lesson events, their row of the live view and their hand raised, joining
///   the branch's open session and answering the confidence question. It cannot start or end
///   sessions, change the volunteer passphrase, forget, export in bulk or purge learners, and it
///   cannot remove anything a report counts.
/// - the **volunteer** role does everything the terminal role does, and the volunteers' part:
///   sessions, the live view, reports, `learner show`, `export`, `forget`, `purge`, the daily
///   retention purge, and the branch's volunteer passphrase.
///
/// Both are group roles that cannot log in: the IT team makes one login per terminal image (or
/// per branch) and one per volunteer, and grants each the role it needs, with passwords set in
/// PostgreSQL itself and kept in each computer's `.pgpass`. Taster never sees a password.
///
/// The terminal role's table rights let it find a learner by code and carry on their lessons,
/// add step and lesson events, count its learner in the branch's open session, and read that
/// session and the branch's volunteer passphrase record (kiosk mode checks it). Its learner's
/// row of the live view, its place in a session's confidence questions and the session's
/// anonymous confidence counts it writes only through functions that run with the owner's rights
/// (``ServiceSchema/terminalFunctions``), so it has no right at all on `live_status`,
/// `confidence_count` or `confidence_pair`, and may only add to `session_learner`: it cannot read
/// the live view, who joined which session, step or lesson events, or the confidence counts.
///
/// What it can still read, and why: every learner's row (code, nickname, chosen language, when
/// they were made and last active) and every learner's lessons and resume points, since a
/// learner who types their code at any terminal of the service carries on from where they were,
/// and table rights cannot tell "the row with this code" from "every row"; the service's
/// sessions (names and times, and how many forgotten learners each counted); the branches'
/// volunteer passphrase records (salted hashes); the days chores last ran; the ids of outbox
/// events already received; and which migrations ran. Keeping learners' rows to the one whose
/// code was typed would need the lookups by code behind functions too.
public struct ServiceRoles: Sendable, Equatable {
    /// The terminal role's name.
    public var terminal: String
    /// The volunteer role's name.
    public var volunteer: String

    /// The usual names.
    public static let usual = ServiceRoles(terminal: "taster_terminal", volunteer: "taster_volunteer")

    /// Roles with these names.
    public init(terminal: String, volunteer: String) {
        self.terminal = terminal
        self.volunteer = volunteer
    }

    /// What the terminal role may do, table by table (every other right is the volunteer's).
    /// The live view and the confidence counts are not here: the terminal writes them only
    /// through ``ServiceSchema/terminalFunctions``.
    public static let terminalRights: [(table: String, rights: String)] = [
        ("learner", "SELECT, INSERT, UPDATE"),
        ("lesson_progress", "SELECT, INSERT, UPDATE"),
        ("step_event", "INSERT"),
        ("lesson_event", "INSERT"),
        // Counting its learner in the open session; marking the confidence questions asked is
        // the owner's function's, so the terminal never reads who joined.
        ("session_learner", "INSERT"),
        ("taster_session", "SELECT"),
        ("volunteer_credential", "SELECT"),
        ("store_chore", "SELECT"),
        // An event sent from a terminal's outbox leaves its id here, so sending it twice adds nothing.
        ("outbox_receipt", "SELECT, INSERT"),
        (PostgresMigrator.recordTable, "SELECT"),
    ]

    /// Whether `name` can be a role's name here: small letters, digits and underscores, starting
    /// with a letter (so it never needs quoting and can never be read as SQL).
    public static func isUsable(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter, first.isASCII, name.count <= 63 else { return false }
        return name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }
    }

    /// The schema (every migration this taster knows, under the migrator's lock), both roles
    /// when missing, and their rights, on the database at `connection`, whose user must own the
    /// database or be allowed to create roles. Running it again changes nothing.
    public func initialise(_ connection: PostgresConnection, migrator: PostgresMigrator = ServiceSchema.migrator) throws -> ServiceInitialisation {
        precondition(Self.isUsable(terminal) && Self.isUsable(volunteer), "role names are checked before")
        let applied = try migrator.migrate(connection)
        var created: [String] = []
        for role in [terminal, volunteer] {
            let exists = try connection.execute("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]).rows.isEmpty == false
            if !exists {
                try connection.execute("CREATE ROLE \(role) NOLOGIN")
                created.append(role)
            }
        }
        let schema = try connection.execute("SELECT current_schema()").rows.first?.first.flatMap { $0 } ?? "public"
        let quotedSchema = "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try connection.transaction {
            try connection.execute("GRANT CONNECT ON DATABASE \"\(try Self.databaseName(connection))\" TO \(terminal), \(volunteer)")
            try connection.execute("GRANT USAGE ON SCHEMA \(quotedSchema) TO \(terminal), \(volunteer)")
            // Identity columns take their numbers from sequences.
            try connection.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA \(quotedSchema) TO \(terminal), \(volunteer)")
            try connection.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(quotedSchema) TO \(volunteer)")
            try connection.execute("REVOKE ALL ON ALL TABLES IN SCHEMA \(quotedSchema) FROM \(terminal)")
            for (table, rights) in Self.terminalRights {
                try connection.execute("GRANT \(rights) ON \(quotedSchema).\(table) TO \(terminal)")
            }
            // The functions that write with the owner's rights: the two roles may run them,
            // nobody else. (A migrator that stops before they were made makes none.)
            for function in ServiceSchema.terminalFunctions {
                let found = try connection.execute("SELECT to_regprocedure($1)::text", [quotedSchema + "." + function]).rows.first?.first ?? nil
                guard let found else { continue }
                try connection.execute("REVOKE ALL ON FUNCTION \(found) FROM PUBLIC")
                try connection.execute("GRANT EXECUTE ON FUNCTION \(found) TO \(terminal), \(volunteer)")
            }
        }
        return ServiceInitialisation(appliedMigrations: applied, createdRoles: created)
    }

    /// ``initialise(_:migrator:)`` on a new connection to `address`, its problems as the
    /// store's own (the address shown without any password).
    public func initialise(at address: PostgresAddress) throws(StoreError) -> ServiceInitialisation {
        do {
            return try initialise(PostgresConnection(address: address))
        } catch let error as PostgresError {
            throw ServiceProgressStore.storeError(error, address: address)
        } catch PostgresMigrationError.server(let error) {
            throw ServiceProgressStore.storeError(error, address: address)
        } catch PostgresMigrationError.notAllowedToUpdate {
            throw .serverNotAllowed(address: address.description)
        } catch PostgresMigrationError.databaseIsNewer {
            throw .serverNewerSchema(address: address.description)
        } catch {
            throw .serverFailed(address: address.description, detail: "\(error)")
        }
    }

    /// The name of the database `connection` is on, with any double quote doubled.
    private static func databaseName(_ connection: PostgresConnection) throws -> String {
        let name = try connection.execute("SELECT current_database()").rows.first?.first.flatMap { $0 } ?? ""
        return name.replacingOccurrences(of: "\"", with: "\"\"")
    }
}
