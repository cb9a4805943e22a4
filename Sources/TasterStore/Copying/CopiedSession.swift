import Foundation

/// One volunteer session as a copy carries it, named by when it started (with the branch, its
/// natural key): who joined, and its anonymous confidence counts.
public struct CopiedSession: Sendable, Equatable {
    /// The session's name.
    public var name: String
    /// When it started.
    public var startedAt: Date
    /// When it ended; nil while open.
    public var endedAt: Date?
    /// How many of its learners were forgotten since.
    public var forgottenLearners: Int
    /// Who joined, by learner code.
    public var joined: [Joined]
    /// How many gave each rating at each moment.
    public var confidence: [ConfidenceCount]
    /// How many gave each pair of start and leaving ratings.
    public var pairs: [PairCount]

    /// Creates a session's copy.
    public init(
        name: String, startedAt: Date, endedAt: Date?, forgottenLearners: Int, joined: [Joined],
        confidence: [ConfidenceCount], pairs: [PairCount]
    ) {
        self.name = name
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.forgottenLearners = forgottenLearners
        self.joined = joined
        self.confidence = confidence
        self.pairs = pairs
    }

    /// A learner's place in the session.
    public struct Joined: Sendable, Equatable {
        /// The learner's code.
        public var code: String
        /// When they joined.
        public var joinedAt: Date
        /// Whether they were asked the start confidence question.
        public var askedBefore: Bool
        /// Whether they were asked the leaving confidence question.
        public var askedAfter: Bool

        /// Creates a place.
        public init(code: String, joinedAt: Date, askedBefore: Bool, askedAfter: Bool) {
            self.code = code
            self.joinedAt = joinedAt
            self.askedBefore = askedBefore
            self.askedAfter = askedAfter
        }
    }

    /// How many learners gave `rating` at `moment` (`before` or `after`).
    public struct ConfidenceCount: Sendable, Equatable {
        /// `before` or `after`.
        public var moment: String
        /// 1 to 5.
        public var rating: Int
        /// How many.
        public var count: Int

        /// Creates a count.
        public init(moment: String, rating: Int, count: Int) {
            self.moment = moment
            self.rating = rating
            self.count = count
        }
    }

    /// How many learners gave this start rating and this leaving rating.
    public struct PairCount: Sendable, Equatable {
        /// The start rating.
        public var before: Int
        /// The leaving rating.
        public var after: Int
        /// How many.
        public var count: Int

        /// Creates a count.
        public init(before: Int, after: Int, count: Int) {
            self.before = before
            self.after = after
            self.count = count
        }
    }
}
