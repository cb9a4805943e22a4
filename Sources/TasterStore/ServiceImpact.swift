/// The figures for a report across a library service's branches: all of them together (each
/// learner counted once, wherever they went) and each branch's own.
public struct ServiceImpact: Sendable, Equatable {
    /// One branch's figures.
    public struct Branch: Sendable, Equatable {
        /// The branch's name, as its terminals' settings file gives it.
        public var name: String
        /// Its figures for the period.
        public var impact: ImpactData

        /// Creates a branch's figures.
        public init(name: String, impact: ImpactData) {
            self.name = name
            self.impact = impact
        }
    }

    /// Every branch asked for, together.
    public var total: ImpactData
    /// Each branch with activity in the period, by name.
    public var branches: [Branch]

    /// Creates the figures.
    public init(total: ImpactData, branches: [Branch]) {
        self.total = total
        self.branches = branches
    }
}
