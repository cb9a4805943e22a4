import Foundation
import TasterEngine
import TasterStore
import TasterWording

/// Saves one learner's progress, and keeps the lesson going in memory if saving stops working:
/// the learner is told once, plainly, and nothing they did is thrown away.
///
/// It also keeps the learner's row in the volunteers' live view up to date (which step, how long,
/// wrong answers and hints on it, a raised hand) and counts their activity in the open session.
final class ProgressSaver {
    private(set) var store: any ProgressRecording
    /// The learner whose progress this is.
    let code: LearnerCode
    /// The session this terminal is pinned to, if any.
    let sessionPin: String?
    private let clock: EngineClock
    private let tell: (String) -> Void
    private let catalogue: Catalogue
    private var toldAboutFailure = false
    /// Where the learner is, as the live view shows it; nil while they choose a lesson.
    private(set) var liveStep: LiveStep?
    /// The latest session this visit was counted in, open or since ended: a learner still here
    /// when it ends is asked the leaving question for it as they go.
    private(set) var visitSession: TasterSession?
    /// The learner's start answer and the session it was given in, held in this terminal's
    /// memory only, and only until they leave, so that their leaving answer can be paired with
    /// it. The store never holds it beside anything that says who.
    private var startAnswer: (rating: Int, sessionID: Int64)?
    /// The outbox and the way back to the library service's server, when the store is one: while
    /// the server cannot be reached, what the learner does is kept in the outbox (and in memory,
    /// so the lesson carries on) and sent when it answers again.
    private let outbox: OutboxRoute?
    /// Whether writes go to the outbox now, the server not answering.
    private var keepingInOutbox: Bool

    /// A saver for `code` writing to `store`. With `outbox`, a store that is the unsaved stand-in
    /// for an unreachable server (or a server that stops answering later) keeps writes in the
    /// outbox; `toldAboutOutbox` when the learner was told so already at the welcome.
    init(store: any ProgressRecording, code: LearnerCode, sessionPin: String? = nil, clock: EngineClock = .live, catalogue: Catalogue,
         outbox: OutboxRoute? = nil, toldAboutOutbox: Bool = false, tell: @escaping (String) -> Void) {
        self.outbox = outbox
        self.keepingInOutbox = outbox != nil && store.unsavedReason.map(OutboxRoute.keepsInOutbox) == true
        self.toldAboutFailure = toldAboutOutbox
        self.catalogue = catalogue
        self.store = store
        self.code = code
        self.sessionPin = sessionPin
        self.clock = clock
        self.tell = tell
    }

    /// Whether progress is being written to the progress file.
    var isSaving: Bool { store.isPersistent || keepingInOutbox }
    /// Whether what the learner did is still waiting on this computer for the server.
    var isWaitingForServer: Bool { keepingInOutbox }

    func startLesson(_ lessonID: String, version: String) {
        save(kept: [.startLesson(lessonID: lessonID, contentVersion: version),
                    .lessonEvent(lessonID: lessonID, kind: .started, sessionPin: sessionPin)]) { [code, sessionPin] (store: any ProgressRecording) throws(StoreError) in
            try store.startLesson(code: code, lessonID: lessonID, contentVersion: version)
            try store.recordLessonEvent(code: code, lessonID: lessonID, kind: .started, sessionPin: sessionPin)
        }
    }

    func record(_ outcome: StepOutcome, lessonID: String, isSecret: Bool) {
        let record = isSecret
            ? StepRecord.forSecretStep(stepIndex: outcome.index, stepID: outcome.id, attempts: outcome.attempts, hintsUsed: outcome.hintsUsed,
                                       skipped: outcome.skipped, secondsSpent: Int(outcome.seconds.rounded()), completed: !outcome.skipped)
            : StepRecord(stepIndex: outcome.index, stepID: outcome.id, attempts: outcome.attempts, hintsUsed: outcome.hintsUsed,
                         skipped: outcome.skipped, secondsSpent: Int(outcome.seconds.rounded()), completed: !outcome.skipped, typedAnswers: outcome.typedAnswers)
        // The outbox holds no more than the server would: typed answers only where the site keeps them.
        var kept = record
        if !store.recordsTypedAnswers { kept.typedAnswers = [] }
        save(kept: [.recordStep(lessonID: lessonID, record: kept, resumeAt: outcome.nextIndex)]) { [code] (store: any ProgressRecording) throws(StoreError) in
            if let next = outcome.nextIndex {
                try store.recordStep(code: code, lessonID: lessonID, record: record, resumeAt: next)
            } else {
                try store.recordStep(code: code, lessonID: lessonID, record: record)
            }
        }
    }

    func resume(_ lessonID: String, at index: Int) {
        save(kept: [.setResumePoint(lessonID: lessonID, stepIndex: index)]) { [code] (store: any ProgressRecording) throws(StoreError) in try store.setResumePoint(code: code, lessonID: lessonID, stepIndex: index) }
    }

    func complete(_ lessonID: String, version: String) {
        // The live view says "finished" rather than showing the last step as still in hand.
        if liveStep?.lessonID == lessonID { liveStep = liveStep?.finished() }
        save(kept: [.completeLesson(lessonID: lessonID, contentVersion: version),
                    .lessonEvent(lessonID: lessonID, kind: .completed, sessionPin: sessionPin)]) { [code, sessionPin] (store: any ProgressRecording) throws(StoreError) in
            try store.completeLesson(code: code, lessonID: lessonID, contentVersion: version)
            try store.recordLessonEvent(code: code, lessonID: lessonID, kind: .completed, sessionPin: sessionPin)
        }
    }

    func progress() -> LearnerProgress? {
        try? store.progress(code: code)
    }

    // MARK: - Sessions and the live view

    /// The open session this learner's activity counts towards, if any.
    func currentSession() -> TasterSession? {
        let session = try? store.currentSession(pinnedTo: sessionPin)
        if let session { visitSession = session }
        return session
    }

    /// Shows the learner in the live view as choosing a lesson.
    func atMenu() {
        liveStep = nil
        pushLiveStatus()
    }

    /// Notes the step on the screen; showing the same step again (repeat, a resize) keeps its
    /// time and counts. Written by the next ``pushLiveStatus()``.
    func showing(_ presentation: StepPresentation, lessonID: String) {
        if let current = liveStep, current.lessonID == lessonID, current.stepNumber == presentation.number { return }
        liveStep = LiveStep(
            lessonID: lessonID, lessonTitle: presentation.lessonTitle, stepNumber: presentation.number,
            stepCount: presentation.total, stepStartedAt: clock.now())
    }

    /// Counts a wrong answer on the current step.
    func wrongAnswer() {
        liveStep?.wrongAttempts += 1
    }

    /// Counts a hint or the answer shown on the current step, and in the session's figures
    /// (as a hint or a solution: the report counts them apart).
    func hintShown(lessonID: String, solution: Bool = false) {
        liveStep?.hintsOnStep += 1
        let kind: LessonEventKind = solution ? .solution : .hint
        save(kept: [.lessonEvent(lessonID: lessonID, kind: kind, sessionPin: sessionPin)]) { [code, sessionPin] (store: any ProgressRecording) throws(StoreError) in
            try store.recordLessonEvent(code: code, lessonID: lessonID, kind: kind, sessionPin: sessionPin)
        }
    }

    /// Writes the learner's current place to the live view.
    func pushLiveStatus() {
        let step = liveStep
        save { [code, sessionPin] (store: any ProgressRecording) throws(StoreError) in try store.updateLiveStatus(code: code, step: step, sessionPin: sessionPin) }
        // Each update counts the learner in the open session, so note which one it is.
        _ = currentSession()
    }

    /// Who can see a raised hand, so the learner is told what is true.
    enum HandReach: Equatable {
        /// A volunteers' session is open: the live view shows the hand.
        case seen
        /// The hand is recorded, but no session is open, so nobody may be watching.
        case noSession
        /// Progress is only kept in this program's memory, where no other terminal can see it.
        case unreachable
    }

    /// Asks for a volunteer, and says who will see it.
    func raiseHand() -> HandReach {
        save { [code, sessionPin] (store: any ProgressRecording) throws(StoreError) in try store.raiseHand(code: code) }
        guard store.unsavedReason == nil else { return .unreachable }
        return currentSession() == nil ? .noSession : .seen
    }

    /// Takes the learner out of the live view as they leave.
    func leave() {
        liveStep = nil
        save { [code] (store: any ProgressRecording) throws(StoreError) in try store.removeLiveStatus(code: code) }
        // One more try as they go, so what they did reaches the server now if it answers.
        if keepingInOutbox { trySendingOutbox() }
        if !writeWhatIsKept() {
            tell(catalogue.text(.saverBusyLost))
        }
    }

    /// Whether to ask the confidence question at `moment`: once per learner per session.
    func claimConfidenceQuestion(_ moment: ConfidenceMoment) -> Bool {
        (try? store.claimConfidenceQuestion(code: code, moment: moment, sessionPin: sessionPin)) ?? true
    }

    /// The session to ask the leaving question for, once per learner per session: the open
    /// one, or else the one this visit was counted in before it ended; nil when there is none or
    /// the learner was asked already.
    func claimLeavingQuestion() -> TasterSession? {
        if let open = currentSession() {
            return claimConfidenceQuestion(.after) ? open : nil
        }
        guard let earlier = visitSession else { return nil }
        return ((try? store.claimLeavingConfidenceQuestion(code: code, sessionID: earlier.id)) ?? true) ? earlier : nil
    }

    /// Stores a confidence rating for `session`, with nothing that says who gave it. A start
    /// answer is kept in memory for the visit; a leaving answer in the same session is stored
    /// with it as an anonymous pair.
    func recordConfidence(_ rating: Int, moment: ConfidenceMoment, in session: TasterSession) {
        var startRating: Int?
        switch moment {
        case .before: startAnswer = (rating, session.id)
        case .after: startRating = startAnswer?.sessionID == session.id ? startAnswer?.rating : nil
        }
        save { (store: any ProgressRecording) throws(StoreError) in
            _ = try store.recordConfidence(rating, moment: moment, sessionID: session.id, startRating: startRating)
        }
    }

    /// A write kept in memory while the progress file is busy, to be written when it answers.
    private typealias Write = (any ProgressRecording) throws(StoreError) -> Void
    /// Writes not yet saved because the progress file was busy, oldest first, each with the
    /// changes the outbox keeps for it (none for the live view and the confidence answers,
    /// which are of the moment).
    private var pending: [(write: Write, kept: [OutboxEvent.Change])] = []
    /// How many more writes to keep in memory before trying the file again.
    private var writesUntilRetry = 0
    /// How many writes to wait after the next failed try: doubles each time, up to 8.
    private var retryGap = 1
    /// Whether the learner has been told about the busy moment now going on.
    private var toldAboutBusy = false

    /// Whether writes are waiting in memory for a busy progress file.
    var hasUnsavedWrites: Bool { !pending.isEmpty }

    /// Runs a write. While the file is busy (another terminal holding it past the busy
    /// timeout), the write is kept in memory and tried again, with the earlier ones in order,
    /// after 1, 2, 4 and then every 8 writes, so a busy file costs the learner one wait, not
    /// one per step; once the file answers, everything kept is written and the learner is
    /// told. Any other failure switches to keeping progress in memory, copying what was saved.
    private func save(kept changes: [OutboxEvent.Change] = [], _ write: @escaping Write) {
        if keepingInOutbox {
            keepInOutbox(changes, write)
            return
        }
        pending.append((write, changes))
        if pending.count > 1 && writesUntilRetry > 0 {
            writesUntilRetry -= 1
            return
        }
        writePending()
    }

    /// Writes the kept writes in order, stopping at the first that fails.
    private func writePending() {
        while let next = pending.first {
            do {
                try next.write(store)
                pending.removeFirst()
            } catch .busy where store.isPersistent {
                writesUntilRetry = retryGap
                retryGap = min(retryGap * 2, 8)
                if !toldAboutBusy {
                    toldAboutBusy = true
                    tell(catalogue.text(.saverBusyKept))
                }
                return
            } catch {
                fallBack(after: error)
                return
            }
        }
        if toldAboutBusy {
            toldAboutBusy = false
            tell(catalogue.text(.saverSavedAgain))
        }
        retryGap = 1
        writesUntilRetry = 0
    }

    /// Tries the writes kept during a busy moment once more, whatever the gap (as the learner
    /// leaves); true when nothing is left unsaved.
    @discardableResult
    func writeWhatIsKept() -> Bool {
        guard !pending.isEmpty else { return true }
        writePending()
        return pending.isEmpty
    }

    /// Switches to keeping progress in memory, copying what was saved and then replaying the
    /// writes not yet saved.
    private func fallBack(after error: StoreError) {
        guard store.isPersistent else { pending.removeAll(); return }
        if let outbox, OutboxRoute.keepsInOutbox(error) {
            switchToOutbox(because: error, outbox: outbox)
            return
        }
        let saved = (try? store.progress(code: code))
            ?? (try? store.learner(code: code)).flatMap { $0 }.map { LearnerProgress(learner: $0, lessons: []) }
        store = UnsavedProgress.store(because: error, carrying: saved)
        // The progress file's sessions are not in memory: nothing more is counted in them.
        visitSession = nil
        startAnswer = nil
        for write in pending { try? write.write(store) }
        pending.removeAll()
        if !toldAboutFailure {
            toldAboutFailure = true
            tell(catalogue.text(.saverStopped, ["reason": catalogue.words(for: error, duringALesson: true)]))

        }
    }

    // MARK: - The outbox

    /// How many more writes to keep in the outbox before asking the server again.
    private var writesUntilServerTry = 0
    /// How many writes to wait after the next failed try: doubles each time, up to 8, so a
    /// server that takes its time to refuse costs the learner a wait now and then, not at every step.
    private var serverTryGap = 1

    /// Carries on in memory with the server's store out of reach: the writes not yet made go to
    /// the outbox, and the learner is told once.
    private func switchToOutbox(because error: StoreError, outbox: OutboxRoute) {
        let learner = Learner(code: code, nickname: nil, createdAt: clock.now(), lastActiveAt: clock.now())
        store = UnsavedProgress.store(because: error, carrying: LearnerProgress(learner: learner, lessons: []))
        visitSession = nil
        startAnswer = nil
        keepingInOutbox = true
        writesUntilServerTry = serverTryGap
        let waiting = pending
        pending.removeAll()
        for write in waiting { keepInOutbox(write.kept, write.write, trying: false) }
        if !toldAboutFailure {
            toldAboutFailure = true
            tell(catalogue.text(.saverOutboxKept))
        }
    }

    /// Keeps one write's changes in the outbox (and makes the write in memory, so the lesson
    /// carries on), then, now and then, asks the server whether it answers again.
    private func keepInOutbox(_ changes: [OutboxEvent.Change], _ write: Write, trying: Bool = true) {
        try? write(store)
        guard let outbox else { return }
        if !outbox.keep(changes, code: code, at: clock.now()), !toldAboutFailure {
            toldAboutFailure = true
            tell(catalogue.text(.saverOutboxKept))
        }
        guard trying else { return }
        if writesUntilServerTry > 0 {
            writesUntilServerTry -= 1
            return
        }
        trySendingOutbox()
    }

    /// Opens the server's store again and sends the outbox; once everything reached it, writes
    /// go to the server again and the learner is told their progress is saved again.
    @discardableResult
    func trySendingOutbox() -> Bool {
        guard keepingInOutbox, let outbox else { return true }
        do {
            store = try outbox.reconnectAndSend()
            keepingInOutbox = false
            serverTryGap = 1
            writesUntilServerTry = 0
            if toldAboutFailure {
                toldAboutFailure = false
                tell(catalogue.text(.saverSavedAgain))
            }
            return true
        } catch {
            writesUntilServerTry = serverTryGap
            serverTryGap = min(serverTryGap * 2, 8)
            return false
        }
    }
}
