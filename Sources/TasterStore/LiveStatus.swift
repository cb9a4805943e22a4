import Foundation

/// One learner's row in the volunteers' live view.
public struct LiveStatus: Sendable, Equatable, Codable {
    /// The learner's code.
    public var code: LearnerCode
    /// Their nickname, if they chose one.
    public var nickname: String?
    /// The session their activity is counted in, if any.
    public var sessionName: String?
    /// The step they are on; nil while they are choosing a lesson.
    public var step: LiveStep?
    /// When they asked for a volunteer; nil if they have not, or a volunteer cleared it. It stays
    /// up as they carry on, on this step or the next, until a volunteer clears it.
    public var handRaisedAt: Date?
    /// When they last did anything.
    public var lastActivityAt: Date
    /// When a volunteer last saw to them on this step, if one has; nil again once they move on.
    public var seen: Seen?

    /// Creates a live status.
    public init(
        code: LearnerCode, nickname: String?, sessionName: String?, step: LiveStep?, handRaisedAt: Date?, lastActivityAt: Date,
        seen: Seen? = nil
    ) {
        self.code = code
        self.nickname = nickname
        self.sessionName = sessionName
        self.step = step
        self.handRaisedAt = handRaisedAt
        self.lastActivityAt = lastActivityAt
        self.seen = seen
    }

    /// A volunteer's acknowledgement that they have seen to a learner who looked stuck.
    public struct Seen: Sendable, Equatable, Codable {
        /// When the volunteer acknowledged them.
        public var at: Date
        /// The wrong answers on the step at that moment: only another one marks them again.
        public var wrongAttempts: Int

        /// Creates an acknowledgement.
        public init(at: Date, wrongAttempts: Int) {
            self.at = at
            self.wrongAttempts = wrongAttempts
        }
    }

    /// The name to show: the nickname, else the code.
    public var displayName: String { nickname ?? code.rawValue }

    /// Why this learner may need a volunteer now, or nil. Once a volunteer has seen to them,
    /// wrong answers and idleness mark them again only when something new happens: another
    /// wrong answer, or five idle minutes after new activity. A raised hand always shows.
    public func helpReason(now: Date) -> HelpReason? {
        if handRaisedAt != nil { return .handRaised }
        if let step, step.wrongAttempts >= Self.wrongAttemptsForHelp, step.wrongAttempts > (seen?.wrongAttempts ?? -1) {
            return .wrongAttempts
        }
        if now.timeIntervalSince(lastActivityAt) >= Self.idleSecondsForHelp, lastActivityAt > (seen?.at ?? .distantPast) {
            return .idle
        }
        return nil
    }

    /// Wrong answers on one step after which a learner is shown as needing help.
    public static let wrongAttemptsForHelp = 3
    /// Seconds without activity after which a learner is shown as needing help.
    public static let idleSecondsForHelp: TimeInterval = 5 * 60

    /// Why a learner is marked as needing help.
    public enum HelpReason: String, Sendable, Equatable, Codable, CaseIterable {
        /// They asked for a volunteer.
        case handRaised
        /// Three or more wrong answers on this step.
        case wrongAttempts
        /// Nothing typed for five minutes.
        case idle
    }
}
