/// What `taster store init` did.
public struct ServiceInitialisation: Sendable, Equatable {
    /// The migrations applied now (empty when the schema was up to date).
    public var appliedMigrations: [String]
    /// The roles made now (empty when both were there).
    public var createdRoles: [String]
}
