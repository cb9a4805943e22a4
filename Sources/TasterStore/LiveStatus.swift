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
    /// When they asked for a volunteer on this step; nil if they have not, or a volunteer cleared it.
    public var handRaisedAt: Date?
    /// When they last did anything.
    public var lastActivityAt: Date

    /// Creates a live status.
    public init(code: LearnerCode, nickname: String?, sessionName: String?, step: LiveStep?, handRaisedAt: Date?, lastActivityAt: Date) {
        self.code = code
        self.nickname = nickname
        self.sessionName = sessionName
        self.step = step
        self.handRaisedAt = handRaisedAt
        self.lastActivityAt = lastActivityAt
    }

    /// The name to show: the nickname, else the code.
    public var displayName: String { nickname ?? code.rawValue }

    /// Why this learner may need a volunteer now, or nil.
    public func helpReason(now: Date) -> HelpReason? {
        if handRaisedAt != nil { return .handRaised }
        if let step, step.wrongAttempts >= Self.wrongAttemptsForHelp { return .wrongAttempts }
        if now.timeIntervalSince(lastActivityAt) >= Self.idleSecondsForHelp { return .idle }
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
