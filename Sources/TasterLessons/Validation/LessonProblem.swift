/// One thing wrong (or worth a second look) in a lesson file, with where it is.
public struct LessonProblem: Error, Sendable, Equatable, Comparable {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable {
        /// The lesson cannot be used until it is fixed.
        case error
        /// The lesson works, but should be improved.
        case warning
    }

    /// The file the problem is in, as the author named it.
    public var path: String
    /// Where in the file.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// What is wrong and how to fix it, as a fact; the catalogue has its words (plain words,
    /// never raw control characters).
    public var fact: ProblemFact

    /// Creates a problem report.
    public init(path: String, location: SourceLocation, severity: Severity = .error, _ fact: ProblemFact) {
        self.path = path
        self.location = location
        self.severity = severity
        self.fact = fact
    }

    /// Creates a problem report whose words another layer has already found in its catalogue.
    public init(path: String, location: SourceLocation, severity: Severity = .error, message: String) {
        self.init(path: path, location: location, severity: severity, .worded(message))
    }

    public static func < (lhs: LessonProblem, rhs: LessonProblem) -> Bool {
        (lhs.path, lhs.location) < (rhs.path, rhs.location)
    }
}
