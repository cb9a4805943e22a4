/// A store that `taster store copy` can read everything out of and merge everything into: the
/// embedded file (``ProgressDatabase``) and a library service's store for one branch.
///
/// Every backend implements each requirement itself; there are no default bodies.
///
/// Copying is idempotent by natural keys, never by row ids: a learner is their code; a lesson's
/// progress is the learner and the lesson; a step event is the learner, lesson, step and moment;
/// a lesson event is whose, the lesson, the kind and the moment; a session is the branch and the
/// moment it started; confidence counts are the session, moment (or pair) and rating. A row whose
/// key is already there is merged, never added twice, so a copy run again changes nothing. A row
/// that repeats the same key in the source is added as many times as the source has it.
///
/// Merging never puts older data over newer: a learner already there (they visited another
/// branch) keeps the earlier creation time and the later activity, and their nickname and
/// language from whichever side was active last; a lesson keeps the earlier start, a completion
/// from either side, and the resume point and content version of whichever side was active last.
/// Confidence counts and a session's forgotten learners take the larger of the two.
public protocol StoreCopying: Sendable {
    /// What this store holds for a copy, read in one consistent snapshot. With `learners`, only
    /// those learners (whoever of them is there) and the lesson events of those learners and of
    /// forgotten ones; without, every learner (for a library service, every learner with a step,
    /// lesson event or session at this store's branch). Sessions and events are this branch's.
    func copyContents(learners: Set<String>?) throws(StoreError) -> StoreContents
    /// Merges `contents` into this store, in one transaction: all of it or none.
    func absorb(_ contents: StoreContents) throws(StoreCopyError)
}
