import Foundation

/// Recording and reading a learner's progress: what the learner's terminal needs of a store.
///
/// Every backend implements every requirement itself (there are no default bodies), so a new
/// backend cannot compile while it silently does nothing. The backends are the SQLite file
/// (``ProgressDatabase``) and progress kept in memory (``MemoryProgressStore``), which is also
/// what carries a visit on when the file cannot be used (``UnsavedProgress``).
///
/// Every write is its own transaction and updates the learner's last-active time. Methods that
/// name a learner throw ``StoreError/unknownLearner(code:)`` when no learner has the code, except
/// ``learner(code:)``, ``summary(code:)`` and ``forget(code:)``, which answer nil or false.
public protocol ProgressRecording: Sendable {
    /// Whether progress survives the end of the program.
    var isPersistent: Bool { get }
    /// Why progress is not being saved, when this store stands in for one that could not be
    /// used (see ``UnsavedProgress``); nil for a store that is what it was asked to be.
    var unsavedReason: StoreError? { get }
    /// Whether typed free-text answers are kept (a site setting, off unless chosen).
    var recordsTypedAnswers: Bool { get }

    /// Creates a learner with a fresh random code and an optional nickname (cleaned).
    func newLearner(nickname: String?) throws(StoreError) -> Learner
    /// The learner with this code, or nil.
    func learner(code: LearnerCode) throws(StoreError) -> Learner?
    /// Changes or removes the learner's nickname (cleaned).
    func setNickname(code: LearnerCode, nickname: String?) throws(StoreError)
    /// Marks the learner active now without recording anything else.
    func touch(code: LearnerCode) throws(StoreError)
    /// Keeps the language the learner chose at the welcome (a language tag such as `cy`; nil
    /// forgets it), so their terminal speaks it when they come back. A preference, not
    /// personal data: it goes with the learner's other records when they are forgotten.
    func setPreferredLanguage(code: LearnerCode, language: String?) throws(StoreError)
    /// The language the learner chose last, or nil when they never chose one.
    func preferredLanguage(code: LearnerCode) throws(StoreError) -> String?

    /// Records that the learner opened a lesson at this content version; creates its progress
    /// at step 0 the first time, and otherwise keeps the resume point and completion.
    func startLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError)
    /// Stores one step event. Typed answers are dropped unless ``recordsTypedAnswers``. What a
    /// learner types at a secret step (password practice) is never passed here: the shell builds
    /// those records with ``StepRecord/forSecretStep(stepIndex:stepID:attempts:hintsUsed:skipped:secondsSpent:completed:)``.
    func recordStep(code: LearnerCode, lessonID: String, record: StepRecord) throws(StoreError)
    /// Stores one step event and sets the step to continue the lesson from, in one transaction:
    /// both are kept or neither is, so a learner never has to repeat a step that was recorded.
    func recordStep(code: LearnerCode, lessonID: String, record: StepRecord, resumeAt nextStepIndex: Int) throws(StoreError)
    /// Sets the step to continue the lesson from.
    func setResumePoint(code: LearnerCode, lessonID: String, stepIndex: Int) throws(StoreError)
    /// Records that the learner finished the lesson at this content version.
    func completeLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError)

    /// The learner's lessons, most recently active first.
    func progress(code: LearnerCode) throws(StoreError) -> LearnerProgress
    /// What is stored about the learner, or nil if no learner has the code.
    func summary(code: LearnerCode) throws(StoreError) -> LearnerSummary?
    /// All of the learner's data as pretty-printed JSON with sorted keys.
    func export(code: LearnerCode) throws(StoreError) -> Data
    /// Deletes every row about the learner in one transaction; false if there was no such learner.
    func forget(code: LearnerCode) throws(StoreError) -> Bool
    /// Deletes (or with `dryRun` only lists) learners inactive for more than the given number of
    /// days before `now`.
    func purge(inactiveForDays days: Int, now: Date, dryRun: Bool) throws(StoreError) -> [PurgedLearner]
    /// Whether what the last forget or purge erased may still be in a file for a while (until
    /// other terminals reading it close); false once nothing is left anywhere.
    func erasedDataLingers() -> Bool

    // MARK: Sessions and the live view

    /// The open session that activity on this terminal counts towards: with a `pin` (a
    /// session's name), that session if it is open, else none; without, the open session if any.
    func currentSession(pinnedTo pin: String?) throws(StoreError) -> TasterSession?
    /// Records where the learner is for the volunteers' live view (`step` nil: choosing a
    /// lesson) and counts them in the current session. A raised hand stays raised while the
    /// learner stays on the same step, and is lowered when they move to another.
    func updateLiveStatus(code: LearnerCode, step: LiveStep?, sessionPin: String?) throws(StoreError)
    /// Marks that the learner asked for a volunteer on their current step.
    func raiseHand(code: LearnerCode) throws(StoreError)
    /// Removes the learner from the live view, as they leave.
    func removeLiveStatus(code: LearnerCode) throws(StoreError)
    /// Counts a lesson started or completed, or a hint opened, in the current session.
    func recordLessonEvent(code: LearnerCode, lessonID: String, kind: LessonEventKind, sessionPin: String?) throws(StoreError)
    /// Stores a confidence rating (1 to 5) for the current session, with nothing that says who
    /// gave it. Returns false, storing nothing, when no session is open or the rating is out of range.
    func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool
    /// True the first time this learner is to be asked the confidence question at `moment` in
    /// the current session (and notes that they have been); false after that, so a learner who
    /// goes to the menu and back, or leaves and comes back, is asked once per session.
    func claimConfidenceQuestion(code: LearnerCode, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool
    /// True the first time this learner is to be asked the leaving confidence question in the
    /// session `sessionID`, open or ended (and notes that they have been); false after that, or
    /// when they were never counted in that session. It never counts anyone in a session, so a
    /// learner still in a lesson when the session ended is asked as they leave, whenever that is.
    func claimLeavingConfidenceQuestion(code: LearnerCode, sessionID: Int64) throws(StoreError) -> Bool
    /// Stores a confidence rating (1 to 5) at `moment` for the session `sessionID`, open or
    /// ended, with nothing that says who gave it, when or in what order. For a leaving rating
    /// with `startRating` (the same learner's start answer in that session, kept by their
    /// terminal), it also adds one to that pair's count (``ConfidencePair``), in the same write.
    /// Returns false, storing nothing, when no session has the id, a rating is out of range, or
    /// a start rating is given with a start answer.
    func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionID: Int64, startRating: Int?) throws(StoreError) -> Bool
}

extension ProgressRecording {
    /// The retention period used when a site does not choose one.
    public static var defaultRetentionDays: Int { 180 }

    /// Purges with the default retention of 180 days.
    public func purge(now: Date, dryRun: Bool) throws(StoreError) -> [PurgedLearner] {
        try purge(inactiveForDays: Self.defaultRetentionDays, now: now, dryRun: dryRun)
    }
}
