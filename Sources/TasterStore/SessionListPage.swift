/// One page of `taster session list`: the newest sessions with how many learners took part.
public struct SessionListPage: Sendable, Equatable {
    /// One session and its learner count.
    public struct Entry: Sendable, Equatable {
        /// The session.
        public var session: TasterSession
        /// How many different learners took part.
        public var learnerCount: Int

        /// Creates an entry.
        public init(session: TasterSession, learnerCount: Int) {
            self.session = session
            self.learnerCount = learnerCount
        }
    }

    /// The sessions on this page, newest first.
    public var entries: [Entry]
    /// How many sessions the store holds in all.
    public var totalCount: Int

    /// Creates a page.
    public init(entries: [Entry], totalCount: Int) {
        self.entries = entries
        self.totalCount = totalCount
    }

    /// Whether older sessions were left off.
    public var isPartial: Bool { entries.count < totalCount }
}
