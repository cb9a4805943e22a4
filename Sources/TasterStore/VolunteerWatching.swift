import Foundation

/// What volunteers read about the room: the live board of who is at a terminal now, and the
/// figures an impact report adds up. Reading only.
///
/// Every backend implements each requirement itself; there are no default bodies.
public protocol VolunteerWatching: Sendable {
    /// Who is at a terminal now: the learners counted in the open session, or, with none open,
    /// everyone active in the last ``LiveBoard/recentWindow``. Sorted by the name shown (then
    /// the code), so rows keep their places. With none open, the board also carries the session
    /// that ended last (newest start first), if any.
    func liveBoard() throws(StoreError) -> LiveBoard
    /// The figures for an impact report: sessions started in the period, different learners
    /// active (forgotten ones counted anonymously), per-lesson starts (each person and lesson
    /// once), completions, hints and solutions, and confidence answers given in the period's
    /// sessions. `since` is inclusive, `until` exclusive; nil means no limit.
    func impactData(since: Date?, until: Date?) throws(StoreError) -> ImpactData
    /// The same figures for another branch of a library service (`branch`), or for all of them
    /// (nil), with each branch's own beside them. A store that has no branches (the embedded
    /// file, memory) says so with ``StoreError/branchesNeedAService``.
    func serviceImpact(since: Date?, until: Date?, branch: String?) throws(StoreError) -> ServiceImpact
}
