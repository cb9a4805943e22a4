import Foundation

/// The unsaved fallback: the one way a learner's visit carries on, in memory, when the progress
/// store cannot be used (it would not open, or stopped taking writes mid-visit).
///
/// It hands out a ``MemoryProgressStore`` whose ``ProgressRecording/unsavedReason`` says why,
/// so the shell tells the learner and the volunteer from that property and never has to ask
/// which type of store it holds.
public enum UnsavedProgress {
    /// A store in memory standing in for the one that failed with `reason`, holding the
    /// learner's progress so far (`carrying`) when there is any to take over.
    public static func store(
        because reason: StoreError, carrying progress: LearnerProgress? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) -> any ProgressStore {
        let store = MemoryProgressStore(unsavedReason: reason, recordTypedAnswers: false, now: now)
        if let progress { store.adopt(progress) }
        return store
    }
}
