import Foundation

/// What the volunteers' live view shows at one moment.
public struct LiveBoard: Sendable, Equatable, Codable {
    /// The open session, if there is one.
    public var session: TasterSession?
    /// The learners shown: those in the open session, or (with none open) those active in the
    /// last two hours; longest on their step first.
    public var learners: [LiveStatus]
    /// When the board was read.
    public var takenAt: Date
    /// With no session open, the one that ended last, so the view can say it has ended rather
    /// than speak as if nothing had happened; nil while a session is open or if none ever ran.
    public var endedSession: TasterSession?

    /// How far back the board looks when no session is open.
    public static let recentWindow: TimeInterval = 2 * 60 * 60

    /// Creates a board.
    public init(session: TasterSession?, learners: [LiveStatus], takenAt: Date, endedSession: TasterSession? = nil) {
        self.session = session
        self.learners = learners
        self.takenAt = takenAt
        self.endedSession = endedSession
    }

    /// Each learner's handle on this board (see ``LearnerHandle``).
    public var handles: [LearnerCode: String] { LearnerHandle.handles(for: learners.map(\.code)) }
}
