/// A scripted learner session that `taster test` plays through the engine.
public struct LessonTest: Sendable, Equatable {
    /// What the test is about, shown when it fails.
    public var name: String
    /// The step to start at (an id or a 1-based number); the first step when absent.
    public var from: String?
    /// The learner's lines and what must follow each.
    public var exchanges: [TestExchange]
    /// Where the test is written (its own file when it comes from a sidecar).
    public var sourcePath: String
    /// Where in that file.
    public var location: SourceLocation

    /// Creates a test.
    public init(name: String, from: String? = nil, exchanges: [TestExchange], sourcePath: String = "", location: SourceLocation = .start) {
        self.name = name
        self.from = from
        self.exchanges = exchanges
        self.sourcePath = sourcePath
        self.location = location
    }
}

/// One line typed by the learner in a test, and what must happen.
public struct TestExchange: Sendable, Equatable {
    /// What the learner types (a command word such as `hint` works too).
    public var input: String
    /// What must happen, when the author says.
    public var expect: TestExpectation?
    /// Text that must appear in what taster says back.
    public var shows: [String]
    /// Where the exchange is written.
    public var location: SourceLocation

    /// Creates an exchange.
    public init(input: String, expect: TestExpectation? = nil, shows: [String] = [], location: SourceLocation = .start) {
        self.input = input
        self.expect = expect
        self.shows = shows
        self.location = location
    }
}

/// What an author expects to happen after a line in a test.
public enum TestExpectation: String, Sendable, Equatable, CaseIterable {
    /// The answer is accepted.
    case correct
    /// The answer is not accepted.
    case incorrect
    /// A hint is shown.
    case hint
    /// The solution is shown (after the last hint).
    case solution
    /// The step is skipped.
    case skipped
    /// The lesson moves to the next step (for a `say` step).
    case next
    /// The lesson is complete.
    case complete
}
