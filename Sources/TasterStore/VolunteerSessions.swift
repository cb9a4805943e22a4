import Foundation

/// What volunteers do with sessions: start and end the hour they run in the room, list past
/// ones with their counts, and lower a learner's raised hand.
///
/// Every backend implements each requirement itself; there are no default bodies.
public protocol VolunteerSessions: Sendable {
    /// Opens a session named `name` (trimmed, cleaned like a nickname). Only one can be open:
    /// starting another while one is open fails with ``SessionError/alreadyOpen(name:startedAt:)``;
    /// an empty name with ``SessionError/emptyName``, one longer than ``TasterSession/nameLimit``
    /// with ``SessionError/nameTooLong(name:limit:)``.
    func startSession(named name: String) throws(SessionError) -> TasterSession
    /// Closes the open session and returns its report; ``SessionError/noneOpen`` if none is open.
    /// Learners still at a terminal stay in the live view, no longer counted in a session.
    func endSession() throws(SessionError) -> SessionReport
    /// The open session, if any.
    func openSession() throws(StoreError) -> TasterSession?
    /// Every session with its report, newest first.
    func sessionReports() throws(StoreError) -> [SessionReport]
    /// The newest `limit` sessions (every one when nil), newest first, with how many learners
    /// took part in each, and how many sessions there are in all.
    func sessionList(limit: Int?) throws(StoreError) -> SessionListPage
    /// Lowers the learner's raised hand; false if no learner has the code or their hand was not raised.
    func clearHand(code: LearnerCode) throws(StoreError) -> Bool
    /// Notes that a volunteer has seen to the learner: lowers a raised hand and records
    /// ``LiveStatus/seen`` (now, and the wrong answers on the step so far), so their wrong answers
    /// and idleness stop marking them until something new happens. Moving to another step forgets
    /// it. False if the learner is not on the live view.
    func acknowledgeHelp(code: LearnerCode) throws(StoreError) -> Bool
}
