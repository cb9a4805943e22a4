import Foundation

/// A whole store kept in this program's memory: learners, progress, sessions, the live board,
/// impact figures and the daily purge, with the same checks, errors and export format as the
/// SQLite file (``ProgressDatabase``). Nothing touches the disk; everything is gone when the
/// program ends.
///
/// It is the second backend the contract tests run over, and what carries a learner's visit on
/// when the progress file cannot be used (``UnsavedProgress`` makes it, with the reason in
/// ``unsavedReason``). Only this program sees it, so its live board shows only its own learners.
public final class MemoryProgressStore: ProgressStore, @unchecked Sendable {
    /// False: nothing survives the program.
    public let isPersistent = false
    /// Whether typed free-text answers are kept (in memory only).
    public let recordsTypedAnswers: Bool
    /// Why the progress file could not be used, when this store stands in for it.
    public let unsavedReason: StoreError?

    private let now: @Sendable () -> Date
    // Guards `state`: the class is Sendable because every access to it is locked.
    private let lock = NSLock()
    private var state = State()

    /// Creates an empty store.
    ///
    /// - Parameters:
    ///   - unsavedReason: why the progress file could not be used, when this stands in for it.
    ///   - recordTypedAnswers: keep free-text answers (in memory).
    ///   - now: the clock used for every date stored.
    public init(
        unsavedReason: StoreError? = nil, recordTypedAnswers: Bool = false,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.unsavedReason = unsavedReason
        self.recordsTypedAnswers = recordTypedAnswers
        self.now = now
    }

    /// Takes over a learner (and their lessons so far) from a store that stopped working, so
    /// the visit can carry on in memory under the same code.
    public func adopt(_ progress: LearnerProgress) {
        locked { state in
            state.learners[progress.learner.code] = progress.learner
            state.lessons[progress.learner.code] = Dictionary(
                progress.lessons.map { ($0.lessonID, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    // MARK: - Learners

    /// Creates a learner with a fresh random code.
    public func newLearner(nickname: String?) throws(StoreError) -> Learner {
        let time = now()
        return locked { state in
            var code = LearnerCode.generate()
            while state.learners[code] != nil { code = LearnerCode.generate() }
            let learner = Learner(code: code, nickname: Nickname.clean(nickname), createdAt: time, lastActiveAt: time)
            state.learners[code] = learner
            return learner
        }
    }

    /// The learner with this code, or nil.
    public func learner(code: LearnerCode) throws(StoreError) -> Learner? {
        locked { $0.learners[code] }
    }

    /// Changes or removes the nickname.
    public func setNickname(code: LearnerCode, nickname: String?) throws(StoreError) {
        let cleaned = Nickname.clean(nickname)
        try updateLearner(code) { state, _ in state.learners[code]?.nickname = cleaned }
    }

    /// Marks the learner active now.
    public func touch(code: LearnerCode) throws(StoreError) {
        try updateLearner(code) { _, _ in }
    }

    /// Keeps the language the learner chose (nil forgets it).
    public func setPreferredLanguage(code: LearnerCode, language: String?) throws(StoreError) {
        try updateLearner(code) { state, _ in state.languages[code] = language }
    }

    /// The language the learner chose last, or nil.
    public func preferredLanguage(code: LearnerCode) throws(StoreError) -> String? {
        try lockedThrowing { state throws(StoreError) in
            guard state.learners[code] != nil else { throw .unknownLearner(code: code.rawValue) }
            return state.languages[code]
        }
    }

    // MARK: - Lessons and steps

    /// Records that the learner opened a lesson at this content version.
    public func startLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        try updateLesson(code, lessonID, contentVersion: contentVersion) { lesson, _ in
            lesson.contentVersion = contentVersion
        }
    }

    /// Stores one step event; typed answers are dropped unless kept.
    public func recordStep(code: LearnerCode, lessonID: String, record: StepRecord) throws(StoreError) {
        let kept = record.keepingTypedAnswers(recordsTypedAnswers)
        try updateLesson(code, lessonID, contentVersion: "") { _, _ in } also: { state, time in
            state.steps[code, default: []].append(StoredStep(lessonID: lessonID, recordedAt: time, step: kept))
        }
    }

    /// Stores one step event and sets the step to continue from, as one change.
    public func recordStep(code: LearnerCode, lessonID: String, record: StepRecord, resumeAt nextStepIndex: Int) throws(StoreError) {
        let kept = record.keepingTypedAnswers(recordsTypedAnswers)
        try updateLesson(code, lessonID, contentVersion: "") { lesson, _ in
            lesson.resumeStepIndex = max(0, nextStepIndex)
        } also: { state, time in
            state.steps[code, default: []].append(StoredStep(lessonID: lessonID, recordedAt: time, step: kept))
        }
    }

    /// Sets the step to continue from.
    public func setResumePoint(code: LearnerCode, lessonID: String, stepIndex: Int) throws(StoreError) {
        try updateLesson(code, lessonID, contentVersion: "") { lesson, _ in
            lesson.resumeStepIndex = max(0, stepIndex)
        }
    }

    /// Records that the learner finished the lesson; the resume point goes back to the first step.
    public func completeLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        try updateLesson(code, lessonID, contentVersion: contentVersion) { lesson, time in
            lesson.contentVersion = contentVersion
            lesson.completedAt = time
            lesson.completedContentVersion = contentVersion
            lesson.resumeStepIndex = 0
        }
    }

    // MARK: - Reading

    /// The learner's lessons, most recently active first.
    public func progress(code: LearnerCode) throws(StoreError) -> LearnerProgress {
        try lockedThrowing { state throws(StoreError) in
            guard let learner = state.learners[code] else { throw .unknownLearner(code: code.rawValue) }
            return LearnerProgress(learner: learner, lessons: Array((state.lessons[code] ?? [:]).values))
        }
    }

    /// What is held about the learner, or nil.
    public func summary(code: LearnerCode) throws(StoreError) -> LearnerSummary? {
        locked { state in
            guard let learner = state.learners[code] else { return nil }
            let lessons = Array((state.lessons[code] ?? [:]).values)
            let steps = state.steps[code] ?? []
            return LearnerSummary(
                learner: learner, lessonsStarted: lessons.count,
                lessonsCompleted: lessons.filter(\.isCompleted).count,
                stepsRecorded: steps.count,
                typedAnswersStored: steps.reduce(0) { $0 + $1.step.typedAnswers.count })
        }
    }

    /// All of the learner's data as pretty JSON with sorted keys, in the file's export format.
    public func export(code: LearnerCode) throws(StoreError) -> Data {
        let time = now()
        let document = try lockedThrowing { state throws(StoreError) in
            guard let learner = state.learners[code] else { throw .unknownLearner(code: code.rawValue) }
            let sessionNames = Dictionary(uniqueKeysWithValues: state.sessions.map { ($0.session.id, $0.session.name) })
            let visits = state.sessions.compactMap { kept in
                kept.learners[code].map { (kept.session.id, JoinedSession(sessionName: kept.session.name, joinedAt: $0.joinedAt)) }
            }
            .sorted { ($0.1.joinedAt, $0.0) < ($1.1.joinedAt, $1.0) }
            .map(\.1)
            let events = state.lessonEvents.filter { $0.person == .learner(code) }.map { event in
                StoredLessonEvent(
                    lessonID: event.lessonID, kind: event.kind, recordedAt: event.recordedAt,
                    sessionName: event.sessionID.flatMap { sessionNames[$0] })
            }
            return ProgressExport(
                exportedAt: time, learner: learner, lessons: Array((state.lessons[code] ?? [:]).values),
                steps: state.steps[code] ?? [], sessions: visits, lessonEvents: events,
                liveStatus: state.liveStatus(code), preferredLanguage: state.languages[code])
        }
        return try document.jsonData()
    }

    // MARK: - Privacy and retention

    /// Drops everything about the learner, keeping what reports counted as anonymous counts.
    public func forget(code: LearnerCode) throws(StoreError) -> Bool {
        locked { state in
            guard state.learners[code] != nil else { return false }
            state.erase([code])
            return true
        }
    }

    /// Drops (or lists) learners inactive for more than `days` days before `now`.
    public func purge(inactiveForDays days: Int, now: Date, dryRun: Bool) throws(StoreError) -> [PurgedLearner] {
        let cutoff = now.addingTimeInterval(-Double(max(0, days)) * 86_400)
        return locked { state in
            let stale = state.stale(before: cutoff)
            if !dryRun { state.erase(stale.map(\.code)) }
            return stale.map { PurgedLearner(code: $0.code, nickname: $0.nickname, lastActiveAt: $0.lastActiveAt) }
        }
    }

    /// False: nothing lingers in memory once erased.
    public func erasedDataLingers() -> Bool { false }

    /// Erases long-inactive learners at most once a UTC day; nil when today's purge already ran.
    @discardableResult
    public func runDailyPurge(inactiveForDays days: Int, now: Date, shouldStop: () -> Bool = { false }) throws(StoreError) -> Int? {
        let today = StoredTime.text(now).prefix(10)
        let cutoff = now.addingTimeInterval(-Double(max(0, days)) * 86_400)
        return locked { state in
            guard state.lastPurgeDay != String(today) else { return nil }
            state.lastPurgeDay = String(today)
            let stale = state.stale(before: cutoff)
            state.erase(stale.map(\.code))
            return stale.count
        }
    }

    /// Nothing to let go of.
    public func close() throws(StoreError) {}

    // MARK: - Sessions (VolunteerSessions)

    /// Opens a session; only one can be open.
    public func startSession(named name: String) throws(SessionError) -> TasterSession {
        let cleaned = TasterSession.cleanName(name)
        guard !cleaned.isEmpty else { throw .emptyName }
        guard cleaned.count <= TasterSession.nameLimit else { throw .nameTooLong(name: cleaned, limit: TasterSession.nameLimit) }
        let time = now()
        return try lockedThrowing { state throws(SessionError) in
            if let open = state.openSession { throw .alreadyOpen(name: open.name, startedAt: open.startedAt) }
            let session = TasterSession(id: Int64(state.sessions.count + 1), name: cleaned, startedAt: time)
            state.sessions.append(KeptSession(session: session))
            return session
        }
    }

    /// Closes the open session and returns its report.
    public func endSession() throws(SessionError) -> SessionReport {
        let time = now()
        return try lockedThrowing { state throws(SessionError) in
            guard let index = state.sessions.firstIndex(where: \.session.isOpen) else { throw .noneOpen }
            state.sessions[index].session.endedAt = time
            let id = state.sessions[index].session.id
            for (code, row) in state.live where row.sessionID == id { state.live[code]?.sessionID = nil }
            return state.report(state.sessions[index])
        }
    }

    /// The open session, if any.
    public func openSession() throws(StoreError) -> TasterSession? {
        locked { $0.openSession }
    }

    /// Every session with its report, newest first.
    public func sessionReports() throws(StoreError) -> [SessionReport] {
        locked { state in state.newestFirst.map(state.report) }
    }

    /// The newest `limit` sessions (all when nil) with their learner counts.
    public func sessionList(limit: Int?) throws(StoreError) -> SessionListPage {
        locked { state in
            let sessions = state.newestFirst.prefix(limit.map { max(0, $0) } ?? .max)
            return SessionListPage(
                entries: sessions.map { SessionListPage.Entry(session: $0.session, learnerCount: $0.learners.count) },
                totalCount: state.sessions.count)
        }
    }

    /// Lowers the learner's raised hand; false if it was not raised.
    public func clearHand(code: LearnerCode) throws(StoreError) -> Bool {
        locked { state in
            guard state.live[code]?.handRaisedAt != nil else { return false }
            state.live[code]?.handRaisedAt = nil
            return true
        }
    }

    /// Lowers the hand and notes that a volunteer has seen to the learner; false if they are not on the board.
    public func acknowledgeHelp(code: LearnerCode) throws(StoreError) -> Bool {
        let time = now()
        return locked { state in
            guard var row = state.live[code] else { return false }
            row.handRaisedAt = nil
            row.seen = LiveStatus.Seen(at: time, wrongAttempts: row.step?.wrongAttempts ?? 0)
            state.live[code] = row
            return true
        }
    }

    // MARK: - The learner's side of sessions (ProgressRecording)

    /// The open session that activity on this terminal counts towards.
    public func currentSession(pinnedTo pin: String?) throws(StoreError) -> TasterSession? {
        locked { $0.currentSession(pin: pin) }
    }

    /// Records where the learner is and counts them in the current session. A raised hand
    /// stays up until a volunteer clears it, whatever step the learner moves to.
    public func updateLiveStatus(code: LearnerCode, step: LiveStep?, sessionPin: String?) throws(StoreError) {
        try updateLearner(code) { state, time in
            let sessionID = state.join(code, pin: sessionPin, at: time)
            var row = state.live[code] ?? LiveRow(lastActivityAt: time)
            if row.step?.lessonID != step?.lessonID || row.step?.stepNumber != step?.stepNumber { row.seen = nil }
            row.sessionID = sessionID
            row.step = step
            row.lastActivityAt = time
            state.live[code] = row
        }
    }

    /// Marks the learner's hand raised (adding them to the live board if needed).
    public func raiseHand(code: LearnerCode) throws(StoreError) {
        try updateLearner(code) { state, time in
            var row = state.live[code] ?? LiveRow(lastActivityAt: time)
            row.handRaisedAt = time
            row.lastActivityAt = time
            state.live[code] = row
        }
    }

    /// Takes the learner off the live board.
    public func removeLiveStatus(code: LearnerCode) throws(StoreError) {
        try updateLearner(code) { state, _ in state.live[code] = nil }
    }

    /// Counts a lesson event in the current session (or in none).
    public func recordLessonEvent(code: LearnerCode, lessonID: String, kind: LessonEventKind, sessionPin: String?) throws(StoreError) {
        try updateLearner(code) { state, time in
            let sessionID = state.join(code, pin: sessionPin, at: time)
            state.lessonEvents.append(LessonEventRow(person: .learner(code), sessionID: sessionID, lessonID: lessonID, kind: kind, recordedAt: time))
        }
    }

    /// Adds an anonymous rating to the current session's counts.
    public func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool {
        guard (1...5).contains(rating) else { return false }
        return locked { state in
            guard let session = state.currentSession(pin: sessionPin),
                  let index = state.sessions.firstIndex(where: { $0.session.id == session.id })
            else { return false }
            state.sessions[index].confidence[moment, default: [0, 0, 0, 0, 0]][rating - 1] += 1
            return true
        }
    }

    /// True the first time this learner is asked at `moment` in the current session.
    public func claimConfidenceQuestion(code: LearnerCode, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool {
        var claimed = false
        try updateLearner(code) { state, time in
            guard let sessionID = state.join(code, pin: sessionPin, at: time),
                  let index = state.sessions.firstIndex(where: { $0.session.id == sessionID })
            else { return }
            claimed = state.sessions[index].learners[code]?.asked.insert(moment).inserted ?? false
        }
        return claimed
    }

    /// True the first time this learner is asked the leaving question in the session, open or
    /// ended, that they were counted in; never counts them in one.
    public func claimLeavingConfidenceQuestion(code: LearnerCode, sessionID: Int64) throws(StoreError) -> Bool {
        var claimed = false
        try updateLearner(code) { state, _ in
            guard let index = state.sessions.firstIndex(where: { $0.session.id == sessionID }) else { return }
            claimed = state.sessions[index].learners[code]?.asked.insert(.after).inserted ?? false
        }
        return claimed
    }

    /// Adds an anonymous rating to the session's counts and, for a leaving rating with the
    /// start rating, one to that pair's count.
    public func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionID: Int64, startRating: Int?) throws(StoreError) -> Bool {
        guard (1...5).contains(rating), startRating.map({ moment == .after && (1...5).contains($0) }) ?? true else { return false }
        return locked { state in
            guard let index = state.sessions.firstIndex(where: { $0.session.id == sessionID }) else { return false }
            state.sessions[index].confidence[moment, default: [0, 0, 0, 0, 0]][rating - 1] += 1
            if let startRating { state.sessions[index].pairs[[startRating, rating], default: 0] += 1 }
            return true
        }
    }

    // MARK: - Watching (VolunteerWatching)

    /// Who is at a terminal now.
    public func liveBoard() throws(StoreError) -> LiveBoard {
        let time = now()
        return locked { state in
            let session = state.openSession
            let recent = time.addingTimeInterval(-LiveBoard.recentWindow)
            let learners = state.live.keys.compactMap { code -> LiveStatus? in
                guard let row = state.live[code] else { return nil }
                if let session { guard row.sessionID == session.id else { return nil } }
                else { guard row.lastActivityAt >= recent else { return nil } }
                return state.liveStatus(code)
            }
            .sorted { ($0.displayName.lowercased(), $0.code.rawValue) < ($1.displayName.lowercased(), $1.code.rawValue) }
            let ended = session == nil ? state.newestFirst.first { !$0.session.isOpen }?.session : nil
            return LiveBoard(session: session, learners: learners, takenAt: time, endedSession: ended)
        }
    }

    /// The figures for an impact report over the period.
    public func impactData(since: Date?, until: Date?) throws(StoreError) -> ImpactData {
        func inPeriod(_ date: Date) -> Bool {
            (since.map { date >= $0 } ?? true) && (until.map { date < $0 } ?? true)
        }
        return locked { state in
            let periodSessions = state.sessions.filter { inPeriod($0.session.startedAt) }
                .sorted { ($0.session.startedAt, $0.session.id) < ($1.session.startedAt, $1.session.id) }
            var active = Set<LearnerCode>()
            for event in state.lessonEvents where inPeriod(event.recordedAt) {
                if case .learner(let code) = event.person { active.insert(code) }
            }
            for (code, steps) in state.steps where steps.contains(where: { inPeriod($0.recordedAt) }) { active.insert(code) }
            for kept in state.sessions {
                for (code, joined) in kept.learners where inPeriod(joined.joinedAt) { active.insert(code) }
            }
            let forgotten = Set(state.forgottenDays.filter { inPeriod($0.day) }.map(\.forgottenID))
            var lessons: [String: ImpactData.LessonActivity] = [:]
            var starters: [String: Set<Person>] = [:]
            for event in state.lessonEvents where inPeriod(event.recordedAt) {
                var activity = lessons[event.lessonID]
                    ?? ImpactData.LessonActivity(lessonID: event.lessonID, started: 0, completed: 0, hintsUsed: 0, solutionsShown: 0)
                switch event.kind {
                case .started: starters[event.lessonID, default: []].insert(event.person)
                case .completed: activity.completed += 1
                case .hint: activity.hintsUsed += 1
                case .solution: activity.solutionsShown += 1
                }
                activity.started = starters[event.lessonID]?.count ?? 0
                lessons[event.lessonID] = activity
            }
            func confidence(_ moment: ConfidenceMoment) -> [Int] {
                periodSessions.reduce([0, 0, 0, 0, 0]) { total, kept in
                    zip(total, kept.confidence[moment] ?? [0, 0, 0, 0, 0]).map { $0 + $1 }
                }
            }
            return ImpactData(
                since: since, until: until,
                sessions: periodSessions.map {
                    ImpactData.SessionSummary(
                        name: $0.session.name, startedAt: $0.session.startedAt, endedAt: $0.session.endedAt,
                        learnerCount: $0.learners.count + $0.forgottenLearners)
                },
                learnerCount: active.count + forgotten.count,
                lessons: lessons.values.sorted { $0.lessonID < $1.lessonID },
                confidenceBefore: confidence(.before), confidenceAfter: confidence(.after),
                confidencePairs: ConfidencePair.summed(periodSessions.flatMap { kept in
                    kept.pairs.map { ConfidencePair(before: $0.key[0], after: $0.key[1], count: $0.value) }
                }))
        }
    }

    // MARK: - Helpers

    private func locked<T>(_ body: (inout State) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&state)
    }

    private func lockedThrowing<T, E: Error>(_ body: (inout State) throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }

    /// One change that requires the learner, lets `change` make it, and marks the learner active.
    private func updateLearner(_ code: LearnerCode, _ change: (inout State, Date) -> Void) throws(StoreError) {
        let time = now()
        try lockedThrowing { state throws(StoreError) in
            guard state.learners[code] != nil else { throw .unknownLearner(code: code.rawValue) }
            change(&state, time)
            state.learners[code]?.lastActiveAt = time
        }
    }

    /// Finds or creates the lesson progress, applies `change` (and `also` to the rest), and marks
    /// lesson and learner active.
    private func updateLesson(
        _ code: LearnerCode, _ lessonID: String, contentVersion: String,
        _ change: (inout LessonProgress, Date) -> Void, also: (inout State, Date) -> Void = { _, _ in }
    ) throws(StoreError) {
        try updateLearner(code) { state, time in
            var lesson = state.lessons[code]?[lessonID]
                ?? LessonProgress(lessonID: lessonID, contentVersion: contentVersion, startedAt: time, lastActiveAt: time)
            change(&lesson, time)
            lesson.lastActiveAt = time
            state.lessons[code, default: [:]][lessonID] = lesson
            also(&state, time)
        }
    }
}

extension MemoryProgressStore {
    /// Who a lesson event belongs to: a learner, or for a forgotten learner a random number
    /// that links only their own anonymous events.
    enum Person: Hashable {
        case learner(LearnerCode)
        case forgotten(Int64)
    }

    /// One counted lesson event.
    struct LessonEventRow {
        var person: Person
        var sessionID: Int64?
        var lessonID: String
        var kind: LessonEventKind
        var recordedAt: Date
    }

    /// A learner's place on the live board.
    struct LiveRow {
        var sessionID: Int64?
        var step: LiveStep?
        var handRaisedAt: Date?
        var lastActivityAt: Date
        var seen: LiveStatus.Seen?
    }

    /// A learner's part in one session.
    struct Joined {
        var joinedAt: Date
        var asked: Set<ConfidenceMoment> = []
    }

    /// A session with who took part and its anonymous counts.
    struct KeptSession {
        var session: TasterSession
        var learners: [LearnerCode: Joined] = [:]
        var forgottenLearners = 0
        var confidence: [ConfidenceMoment: [Int]] = [:]
        /// How many learners gave each start and leaving rating, both, keyed `[before, after]`.
        var pairs: [[Int]: Int] = [:]
    }

    /// A day on which a forgotten learner was active, kept so period reports still count them.
    struct ForgottenDay: Hashable {
        var forgottenID: Int64
        var day: Date
    }

    /// Everything the store holds.
    struct State {
        var learners: [LearnerCode: Learner] = [:]
        /// The language each learner chose, for those who chose one.
        var languages: [LearnerCode: String] = [:]
        var lessons: [LearnerCode: [String: LessonProgress]] = [:]
        var steps: [LearnerCode: [StoredStep]] = [:]
        var sessions: [KeptSession] = []
        var lessonEvents: [LessonEventRow] = []
        var live: [LearnerCode: LiveRow] = [:]
        var forgottenDays: Set<ForgottenDay> = []
        var lastPurgeDay: String?

        var openSession: TasterSession? { sessions.last(where: \.session.isOpen)?.session }

        var newestFirst: [KeptSession] {
            sessions.sorted { ($0.session.startedAt, $0.session.id) > ($1.session.startedAt, $1.session.id) }
        }

        func currentSession(pin: String?) -> TasterSession? {
            guard let open = openSession else { return nil }
            guard let pin else { return open }
            return open.name.caseInsensitiveCompare(TasterSession.cleanName(pin)) == .orderedSame ? open : nil
        }

        /// Counts the learner in the current session, if there is one, and returns its id.
        mutating func join(_ code: LearnerCode, pin: String?, at time: Date) -> Int64? {
            guard let session = currentSession(pin: pin),
                  let index = sessions.firstIndex(where: { $0.session.id == session.id })
            else { return nil }
            if sessions[index].learners[code] == nil { sessions[index].learners[code] = Joined(joinedAt: time) }
            return session.id
        }

        func liveStatus(_ code: LearnerCode) -> LiveStatus? {
            guard let row = live[code] else { return nil }
            let sessionName = row.sessionID.flatMap { id in sessions.first { $0.session.id == id }?.session.name }
            return LiveStatus(
                code: code, nickname: learners[code]?.nickname, sessionName: sessionName, step: row.step,
                handRaisedAt: row.handRaisedAt, lastActivityAt: row.lastActivityAt, seen: row.seen)
        }

        func report(_ kept: KeptSession) -> SessionReport {
            let events = lessonEvents.filter { $0.sessionID == kept.session.id }
            let count = { (kind: LessonEventKind) in events.filter { $0.kind == kind }.count }
            let started = Set(events.filter { $0.kind == .started }.map { "\($0.person):\($0.lessonID)" }).count
            return SessionReport(
                session: kept.session, learnerCount: kept.learners.count + kept.forgottenLearners,
                lessonsStarted: started, lessonsCompleted: count(.completed), hintsUsed: count(.hint),
                solutionsShown: count(.solution),
                confidenceBefore: kept.confidence[.before] ?? [0, 0, 0, 0, 0],
                confidenceAfter: kept.confidence[.after] ?? [0, 0, 0, 0, 0])
        }

        /// Learners last active before `cutoff`, oldest first.
        func stale(before cutoff: Date) -> [Learner] {
            learners.values.filter { $0.lastActiveAt < cutoff }
                .sorted { ($0.lastActiveAt, $0.code.rawValue) < ($1.lastActiveAt, $1.code.rawValue) }
        }

        /// Erases the learners, first keeping what past reports counted about them with nothing
        /// that leads back to them: the days they were active, one more forgotten learner in
        /// each session they joined, and their lesson events cut to the day under a random number.
        mutating func erase(_ codes: [LearnerCode]) {
            for code in codes {
                var forgottenID = Int64.random(in: 1...Int64.max)
                while forgottenDays.contains(where: { $0.forgottenID == forgottenID })
                    || lessonEvents.contains(where: { $0.person == .forgotten(forgottenID) }) {
                    forgottenID = Int64.random(in: 1...Int64.max)
                }
                var days = lessonEvents.filter { $0.person == .learner(code) }.map(\.recordedAt)
                days += (steps[code] ?? []).map(\.recordedAt)
                days += sessions.compactMap { $0.learners[code]?.joinedAt }
                for day in days { forgottenDays.insert(ForgottenDay(forgottenID: forgottenID, day: Self.dayStart(day))) }
                for index in sessions.indices where sessions[index].learners.removeValue(forKey: code) != nil {
                    sessions[index].forgottenLearners += 1
                }
                for index in lessonEvents.indices where lessonEvents[index].person == .learner(code) {
                    lessonEvents[index].person = .forgotten(forgottenID)
                    lessonEvents[index].recordedAt = Self.dayStart(lessonEvents[index].recordedAt)
                }
                live[code] = nil
                steps[code] = nil
                lessons[code] = nil
                languages[code] = nil
                learners[code] = nil
            }
        }

        /// Midnight UTC at the start of the day `date` falls in.
        static func dayStart(_ date: Date) -> Date {
            Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        }
    }
}
