import Foundation

/// Progress kept only in memory, so a learner can finish a lesson when the progress file cannot
/// be used. Nothing here touches the disk; everything is gone when the program ends.
///
/// It behaves like ``ProgressDatabase`` in every other way (same checks, same errors, same export
/// format), so the shell does not need two code paths. ``reason`` remembers why the file could
/// not be used, for the shell to tell the volunteer.
public final class UnsavedProgress: ProgressRecording, @unchecked Sendable {
    /// False: nothing survives the program.
    public let isPersistent = false
    /// Whether typed free-text answers are kept (in memory only).
    public let recordsTypedAnswers: Bool
    /// Why the progress file could not be used, if that is why this is in use.
    public let reason: StoreError?

    private let now: @Sendable () -> Date
    // Guards every stored property below: the class is Sendable because all access is locked.
    private let lock = NSLock()
    private var learners: [LearnerCode: Learner] = [:]
    private var lessons: [LearnerCode: [String: LessonProgress]] = [:]
    private var steps: [LearnerCode: [StoredStep]] = [:]

    /// Creates an empty in-memory store.
    public init(
        reason: StoreError? = nil, recordTypedAnswers: Bool = false,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.reason = reason
        self.recordsTypedAnswers = recordTypedAnswers
        self.now = now
    }

    /// Creates a learner with a fresh random code.
    public func newLearner(nickname: String?) throws(StoreError) -> Learner {
        let time = now()
        return locked {
            var code = LearnerCode.generate()
            while learners[code] != nil { code = LearnerCode.generate() }
            let learner = Learner(code: code, nickname: Nickname.clean(nickname), createdAt: time, lastActiveAt: time)
            learners[code] = learner
            return learner
        }
    }

    /// Takes over a learner (and their lessons so far) from a progress file that stopped
    /// working, so the session can carry on in memory under the same code.
    public func adopt(_ progress: LearnerProgress) {
        locked {
            learners[progress.learner.code] = progress.learner
            lessons[progress.learner.code] = Dictionary(progress.lessons.map { ($0.lessonID, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The learner with this code, or nil.
    public func learner(code: LearnerCode) throws(StoreError) -> Learner? {
        locked { learners[code] }
    }

    /// Changes or removes the nickname.
    public func setNickname(code: LearnerCode, nickname: String?) throws(StoreError) {
        let cleaned = Nickname.clean(nickname)
        try update(code) { learner in learner.nickname = cleaned }
    }

    /// Marks the learner active now.
    public func touch(code: LearnerCode) throws(StoreError) {
        try update(code) { _ in }
    }

    /// Records that the learner opened a lesson at this content version.
    public func startLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        try updateLesson(code, lessonID, contentVersion: contentVersion) { lesson, _ in
            lesson.contentVersion = contentVersion
        }
    }

    /// Stores one step event; typed answers are dropped unless kept.
    public func recordStep(code: LearnerCode, lessonID: String, record: StepRecord) throws(StoreError) {
        let kept = record.keepingTypedAnswers(recordsTypedAnswers)
        try updateLesson(code, lessonID, contentVersion: "") { _, time in
            steps[code, default: []].append(StoredStep(lessonID: lessonID, recordedAt: time, step: kept))
        }
    }

    /// Stores one step event and sets the step to continue from, as one change.
    public func recordStep(code: LearnerCode, lessonID: String, record: StepRecord, resumeAt nextStepIndex: Int) throws(StoreError) {
        let kept = record.keepingTypedAnswers(recordsTypedAnswers)
        try updateLesson(code, lessonID, contentVersion: "") { lesson, time in
            steps[code, default: []].append(StoredStep(lessonID: lessonID, recordedAt: time, step: kept))
            lesson.resumeStepIndex = max(0, nextStepIndex)
        }
    }

    /// Sets the step to continue from.
    public func setResumePoint(code: LearnerCode, lessonID: String, stepIndex: Int) throws(StoreError) {
        try updateLesson(code, lessonID, contentVersion: "") { lesson, _ in
            lesson.resumeStepIndex = max(0, stepIndex)
        }
    }

    /// Records that the learner finished the lesson.
    public func completeLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        try updateLesson(code, lessonID, contentVersion: contentVersion) { lesson, time in
            lesson.contentVersion = contentVersion
            lesson.completedAt = time
            lesson.completedContentVersion = contentVersion
            lesson.resumeStepIndex = 0
        }
    }

    /// The learner's lessons, most recently active first.
    public func progress(code: LearnerCode) throws(StoreError) -> LearnerProgress {
        try lockedThrowing { () throws(StoreError) in
            guard let learner = learners[code] else { throw .unknownLearner(code: code.rawValue) }
            return LearnerProgress(learner: learner, lessons: Array((lessons[code] ?? [:]).values))
        }
    }

    /// What is held about the learner, or nil.
    public func summary(code: LearnerCode) throws(StoreError) -> LearnerSummary? {
        locked {
            guard let learner = learners[code] else { return nil }
            let learnerLessons = Array((lessons[code] ?? [:]).values)
            let learnerSteps = steps[code] ?? []
            return LearnerSummary(
                learner: learner, lessonsStarted: learnerLessons.count,
                lessonsCompleted: learnerLessons.filter(\.isCompleted).count,
                stepsRecorded: learnerSteps.count,
                typedAnswersStored: learnerSteps.reduce(0) { $0 + $1.step.typedAnswers.count })
        }
    }

    /// All of the learner's data as pretty JSON with sorted keys.
    public func export(code: LearnerCode) throws(StoreError) -> Data {
        let time = now()
        let document = try lockedThrowing { () throws(StoreError) in
            guard let learner = learners[code] else { throw .unknownLearner(code: code.rawValue) }
            return ProgressExport(
                exportedAt: time, learner: learner, lessons: Array((lessons[code] ?? [:]).values),
                steps: steps[code] ?? [])
        }
        return try document.jsonData()
    }

    /// Drops everything about the learner.
    public func forget(code: LearnerCode) throws(StoreError) -> Bool {
        locked {
            let found = learners.removeValue(forKey: code) != nil
            lessons[code] = nil
            steps[code] = nil
            return found
        }
    }

    /// Drops (or lists) learners inactive for more than `days` days before `now`.
    public func purge(inactiveForDays days: Int, now: Date, dryRun: Bool) throws(StoreError) -> [PurgedLearner] {
        let cutoff = now.addingTimeInterval(-Double(max(0, days)) * 86_400)
        return locked {
            let stale = learners.values
                .filter { $0.lastActiveAt < cutoff }
                .sorted { ($0.lastActiveAt, $0.code.rawValue) < ($1.lastActiveAt, $1.code.rawValue) }
            if !dryRun {
                for learner in stale {
                    learners[learner.code] = nil
                    lessons[learner.code] = nil
                    steps[learner.code] = nil
                }
            }
            return stale.map { PurgedLearner(code: $0.code, nickname: $0.nickname, lastActiveAt: $0.lastActiveAt) }
        }
    }

    // MARK: - Sessions and the live view
    //
    // Sessions and the live view live in the shared progress file, for other terminals to see;
    // progress kept in one program's memory has no session and nobody watching, so these only
    // check the learner and mark them active.

    /// Always nil: sessions are kept only in the progress file.
    public func currentSession(pinnedTo pin: String?) throws(StoreError) -> TasterSession? { nil }

    /// Marks the learner active; nobody else can see this store.
    public func updateLiveStatus(code: LearnerCode, step: LiveStep?, sessionPin: String?) throws(StoreError) {
        try update(code) { _ in }
    }

    /// Marks the learner active; nobody else can see this store.
    public func raiseHand(code: LearnerCode) throws(StoreError) {
        try update(code) { _ in }
    }

    /// Checks the learner; there is no live view to leave.
    public func removeLiveStatus(code: LearnerCode) throws(StoreError) {
        try update(code) { _ in }
    }

    /// Marks the learner active; events are counted only in the progress file.
    public func recordLessonEvent(code: LearnerCode, lessonID: String, kind: LessonEventKind, sessionPin: String?) throws(StoreError) {
        try update(code) { _ in }
    }

    /// Always false: with no session there is nothing to store the answer with.
    public func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool { false }

    // MARK: - Helpers

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    private func lockedThrowing<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func update(_ code: LearnerCode, _ change: (inout Learner) -> Void) throws(StoreError) {
        let time = now()
        try lockedThrowing { () throws(StoreError) in
            guard var learner = learners[code] else { throw .unknownLearner(code: code.rawValue) }
            change(&learner)
            learner.lastActiveAt = time
            learners[code] = learner
        }
    }

    /// Finds or creates the lesson progress, applies `change`, and marks lesson and learner active.
    private func updateLesson(
        _ code: LearnerCode, _ lessonID: String, contentVersion: String,
        _ change: (inout LessonProgress, Date) -> Void
    ) throws(StoreError) {
        let time = now()
        try lockedThrowing { () throws(StoreError) in
            guard var learner = learners[code] else { throw .unknownLearner(code: code.rawValue) }
            var lesson = lessons[code]?[lessonID]
                ?? LessonProgress(lessonID: lessonID, contentVersion: contentVersion, startedAt: time, lastActiveAt: time)
            change(&lesson, time)
            lesson.lastActiveAt = time
            lessons[code, default: [:]][lessonID] = lesson
            learner.lastActiveAt = time
            learners[code] = learner
        }
    }
}
