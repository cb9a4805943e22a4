import Foundation
import GRDB
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("Taster sessions, the live view and confidence answers (every backend)", .ownThread)
struct SessionStoreTests {
    private func database(_ clock: ManualClock) throws -> ProgressDatabase {
        try ProgressDatabase.inMemory(now: clock.closure)
    }

    private func step(_ number: Int, of count: Int = 8, at date: Date, wrong: Int = 0, hints: Int = 0, lesson: String = "web-addresses") -> LiveStep {
        LiveStep(lessonID: lesson, lessonTitle: "Reading web addresses", stepNumber: number, stepCount: count,
                 stepStartedAt: date, wrongAttempts: wrong, hintsOnStep: hints)
    }

    @Test("only one session can be open; starting another names the open one", arguments: StoreKind.allCases)
    func oneOpenSession(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        #expect(try store.openSession() == nil)
        let first = try store.startSession(named: "  Tuesday   taster ")
        #expect(first.name == "Tuesday taster")
        #expect(first.startedAt == clock.now && first.isOpen)
        #expect(try store.openSession() == first)
        clock.advance(seconds: 60)
        #expect(throws: SessionError.alreadyOpen(name: "Tuesday taster", startedAt: first.startedAt)) {
            try store.startSession(named: "Wednesday taster")
        }
        let message = SessionError.alreadyOpen(name: "Tuesday taster", startedAt: first.startedAt).message
        #expect(message.contains("\"Tuesday taster\"") && message.contains("taster session end"))
        #expect(throws: SessionError.emptyName) { try store.startSession(named: " \u{1B} ") }
        #expect(throws: SessionError.self) { try store.startSession(named: String(repeating: "x", count: 81)) }
    }

    @Test("ending a session closes it, reports it, and lets another start; ending none is a kind error", arguments: StoreKind.allCases)
    func endAndList(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        #expect(throws: SessionError.noneOpen) { try store.endSession() }
        #expect(SessionError.noneOpen.message.contains("taster session start"))
        let first = try store.startSession(named: "Tuesday taster")
        let learner = try store.newLearner(nickname: nil)
        try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil)
        clock.advance(seconds: 3600)
        let report = try store.endSession()
        #expect(report.session.id == first.id)
        #expect(report.session.endedAt == clock.now)
        #expect(report.learnerCount == 1)
        #expect(try store.openSession() == nil)
        clock.advance(days: 7)
        let second = try store.startSession(named: "Tuesday taster")
        let reports = try store.sessionReports()
        #expect(reports.map(\.session.id) == [second.id, first.id], "newest first")
        #expect(reports[0].session.isOpen && reports[0].learnerCount == 0)
        #expect(reports[1].session.endedAt != nil && reports[1].learnerCount == 1)
    }

    @Test("activity while a session is open is counted in it, and the report adds it up", arguments: StoreKind.allCases)
    func attribution(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let early = try store.newLearner(nickname: nil)
        try store.recordLessonEvent(code: early.code, lessonID: "a", kind: .started, sessionPin: nil)
        _ = try store.startSession(named: "Tuesday taster")
        let sam = try store.newLearner(nickname: "Sam")
        let jo = try store.newLearner(nickname: "Jo")
        for code in [sam.code, jo.code] {
            try store.recordLessonEvent(code: code, lessonID: "a", kind: .started, sessionPin: nil)
        }
        try store.recordLessonEvent(code: sam.code, lessonID: "a", kind: .hint, sessionPin: nil)
        try store.recordLessonEvent(code: sam.code, lessonID: "a", kind: .hint, sessionPin: nil)
        try store.recordLessonEvent(code: sam.code, lessonID: "a", kind: .completed, sessionPin: nil)
        #expect(try store.recordConfidence(2, moment: .before, sessionPin: nil))
        #expect(try store.recordConfidence(2, moment: .before, sessionPin: nil))
        #expect(try store.recordConfidence(4, moment: .after, sessionPin: nil))
        let report = try store.endSession()
        #expect(report.learnerCount == 2, "the learner active before the session is not counted")
        #expect(report.lessonsStarted == 2)
        #expect(report.lessonsCompleted == 1)
        #expect(report.hintsUsed == 2)
        #expect(report.confidenceBefore == [0, 2, 0, 0, 0])
        #expect(report.confidenceAfter == [0, 0, 0, 1, 0])
        try store.recordLessonEvent(code: sam.code, lessonID: "b", kind: .started, sessionPin: nil)
        #expect(try store.sessionReports()[0].lessonsStarted == 2, "activity after the end is not counted")
    }

    @Test("a pinned terminal counts only towards the session it names, while that is open", arguments: StoreKind.allCases)
    func pinning(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let learner = try store.newLearner(nickname: nil)
        #expect(try store.currentSession(pinnedTo: "Tuesday taster") == nil)
        let open = try store.startSession(named: "Tuesday taster")
        #expect(try store.currentSession(pinnedTo: nil) == open)
        #expect(try store.currentSession(pinnedTo: "tuesday  TASTER") == open, "case and spacing do not matter")
        #expect(try store.currentSession(pinnedTo: "Friday club") == nil)
        try store.recordLessonEvent(code: learner.code, lessonID: "a", kind: .started, sessionPin: "Friday club")
        #expect(try store.recordConfidence(3, moment: .before, sessionPin: "Friday club") == false)
        try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: "Friday club")
        var report = try #require(try store.sessionReports().first)
        #expect(report.lessonsStarted == 0 && report.learnerCount == 0 && report.confidenceBefore == [0, 0, 0, 0, 0])
        try store.recordLessonEvent(code: learner.code, lessonID: "a", kind: .started, sessionPin: "Tuesday taster")
        report = try #require(try store.sessionReports().first)
        #expect(report.lessonsStarted == 1 && report.learnerCount == 1)
    }

    @Test("confidence answers are stored only in an open session and only 1 to 5", arguments: StoreKind.allCases)
    func confidence(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        #expect(try store.recordConfidence(3, moment: .before, sessionPin: nil) == false, "no session open")
        _ = try store.startSession(named: "Tuesday taster")
        #expect(try store.recordConfidence(0, moment: .before, sessionPin: nil) == false)
        #expect(try store.recordConfidence(6, moment: .after, sessionPin: nil) == false)
        #expect(try store.recordConfidence(5, moment: .after, sessionPin: nil))
        #expect(try store.sessionReports().first?.confidenceAfter == [0, 0, 0, 0, 1])
        #expect(try store.sessionReports().first?.confidenceBefore == [0, 0, 0, 0, 0])
    }

    @Test("the file keeps confidence answers as counts, with nothing about the learner")
    func confidenceColumns() throws {
        let store = try database(ManualClock())
        _ = try store.startSession(named: "Tuesday taster")
        #expect(try store.recordConfidence(5, moment: .after, sessionPin: nil))
        let columns = try store.writer.read { db in try db.columns(in: "confidenceCount").map(\.name) }
        #expect(columns == ["sessionId", "moment", "rating", "count"])
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT SUM(count) FROM confidenceCount") } == 1)
    }

    @Test("a learner counted in a session is asked the leaving question for it once, even after it ended; nobody else is", arguments: StoreKind.allCases)
    func leavingQuestionAfterTheSessionEnded(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let sam = try store.newLearner(nickname: "Sam")
        let jo = try store.newLearner(nickname: "Jo")
        let bea = try store.newLearner(nickname: "Bea")
        let session = try store.startSession(named: "Tuesday taster")
        try store.updateLiveStatus(code: sam.code, step: nil, sessionPin: nil)
        try store.updateLiveStatus(code: jo.code, step: nil, sessionPin: nil)
        #expect(try store.claimConfidenceQuestion(code: jo.code, moment: .after, sessionPin: nil), "Jo leaves while it is open")
        _ = try store.endSession()

        #expect(try store.claimLeavingConfidenceQuestion(code: sam.code, sessionID: session.id), "Sam was still working when it ended")
        #expect(try store.claimLeavingConfidenceQuestion(code: sam.code, sessionID: session.id) == false, "asked once")
        #expect(try store.claimLeavingConfidenceQuestion(code: jo.code, sessionID: session.id) == false, "Jo was asked while it was open")
        #expect(try store.claimLeavingConfidenceQuestion(code: bea.code, sessionID: session.id) == false, "Bea was never counted in it")
        #expect(try store.claimLeavingConfidenceQuestion(code: sam.code, sessionID: session.id + 99) == false, "no such session")
        let report = try #require(try store.sessionReports().first)
        #expect(report.learnerCount == 2, "asking never counts anyone in a session")
        #expect(throws: StoreError.unknownLearner(code: "maple-river-otter-42")) {
            try store.claimLeavingConfidenceQuestion(code: LearnerCode("maple-river-otter-42")!, sessionID: session.id)
        }
    }

    @Test("a start and a leaving answer given in one session are kept as a pair, in an open or an ended session", arguments: StoreKind.allCases)
    func confidencePairs(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let first = try store.startSession(named: "Tuesday taster")
        #expect(try store.recordConfidence(2, moment: .before, sessionID: first.id, startRating: nil))
        #expect(try store.recordConfidence(3, moment: .before, sessionID: first.id, startRating: nil))
        #expect(try store.recordConfidence(4, moment: .after, sessionID: first.id, startRating: 2))
        #expect(try store.recordConfidence(5, moment: .after, sessionID: first.id, startRating: nil), "a leaving answer without a start one")
        _ = try store.endSession()
        #expect(try store.recordConfidence(4, moment: .after, sessionID: first.id, startRating: 3), "asked after the session ended")
        #expect(try store.recordConfidence(4, moment: .after, sessionID: first.id, startRating: 2))

        #expect(try store.recordConfidence(0, moment: .after, sessionID: first.id, startRating: 2) == false)
        #expect(try store.recordConfidence(3, moment: .after, sessionID: first.id, startRating: 6) == false)
        #expect(try store.recordConfidence(3, moment: .before, sessionID: first.id, startRating: 2) == false, "a start answer has no start answer")
        #expect(try store.recordConfidence(3, moment: .after, sessionID: first.id + 99, startRating: 2) == false, "no such session")

        clock.advance(days: 7)
        let second = try store.startSession(named: "Tuesday taster")
        #expect(try store.recordConfidence(1, moment: .before, sessionID: second.id, startRating: nil))
        #expect(try store.recordConfidence(2, moment: .after, sessionID: second.id, startRating: 1))

        let report = try #require(try store.sessionReports().last)
        #expect(report.session.id == first.id)
        #expect(report.confidenceBefore == [0, 1, 1, 0, 0])
        #expect(report.confidenceAfter == [0, 0, 0, 3, 1])
        let all = try store.impactData(since: nil, until: nil)
        #expect(all.confidencePairs == [
            ConfidencePair(before: 1, after: 2, count: 1), ConfidencePair(before: 2, after: 4, count: 2), ConfidencePair(before: 3, after: 4, count: 1),
        ])
        let firstWeek = try store.impactData(since: first.startedAt, until: first.startedAt.addingTimeInterval(86_400))
        #expect(firstWeek.confidencePairs == [ConfidencePair(before: 2, after: 4, count: 2), ConfidencePair(before: 3, after: 4, count: 1)])
        #expect(firstWeek.confidenceAfter == [0, 0, 0, 3, 1])
    }

    @Test("the file keeps pairs as counts per session, with no learner, time or row number")
    func confidencePairColumns() throws {
        let store = try database(ManualClock())
        let session = try store.startSession(named: "Tuesday taster")
        for (before, after) in [(4, 5), (1, 3), (4, 5)] {
            #expect(try store.recordConfidence(after, moment: .after, sessionID: session.id, startRating: before))
        }
        let columns = try store.writer.read { db in try db.columns(in: "confidencePair").map(\.name) }
        #expect(columns == ["sessionId", "ratingBefore", "ratingAfter", "count"])
        #expect(throws: DatabaseError.self, "no hidden row number keeps the order of arrival") {
            try store.writer.read { db in try Row.fetchAll(db, sql: "SELECT rowid FROM confidencePair") }
        }
        let rows = try store.writer.read { db in try Row.fetchAll(db, sql: "SELECT ratingBefore, ratingAfter, count FROM confidencePair") }
        #expect(rows.map { [$0["ratingBefore"], $0["ratingAfter"], $0["count"]] as [Int] } == [[1, 3, 1], [4, 5, 2]], "in rating order, whatever order they came in")
    }

    @Test("each learner is asked the confidence question once per session at each moment, whatever they do in between", arguments: StoreKind.allCases)
    func confidenceAskedOnce(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let sam = try store.newLearner(nickname: "Sam")
        let jo = try store.newLearner(nickname: nil)
        #expect(try store.claimConfidenceQuestion(code: sam.code, moment: .before, sessionPin: nil) == false, "no session open")
        _ = try store.startSession(named: "Tuesday taster")
        #expect(try store.claimConfidenceQuestion(code: sam.code, moment: .before, sessionPin: nil))
        #expect(try store.claimConfidenceQuestion(code: sam.code, moment: .before, sessionPin: nil) == false, "coming back: not again")
        #expect(try store.claimConfidenceQuestion(code: jo.code, moment: .before, sessionPin: nil), "another learner is asked")
        #expect(try store.claimConfidenceQuestion(code: sam.code, moment: .after, sessionPin: nil))
        #expect(try store.claimConfidenceQuestion(code: sam.code, moment: .after, sessionPin: nil) == false)
        _ = try store.endSession()
        _ = try store.startSession(named: "Thursday taster")
        #expect(try store.claimConfidenceQuestion(code: sam.code, moment: .before, sessionPin: nil), "a new session asks again")
    }

    @Test("confidence answers keep no order: three learners' answers are counts that cannot be matched to the order they joined")
    func confidenceKeepsNoOrder() throws {
        let store = try database(ManualClock())
        _ = try store.startSession(named: "Tuesday taster")
        for rating in [4, 1, 4] {
            let learner = try store.newLearner(nickname: nil)
            try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil)
            #expect(try store.recordConfidence(rating, moment: .before, sessionPin: nil))
        }
        let rows = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM confidenceCount")
        }
        #expect(throws: DatabaseError.self, "no hidden row number keeps the order of arrival") {
            try store.writer.read { db in try Row.fetchAll(db, sql: "SELECT rowid FROM confidenceCount") }
        }
        #expect(rows.map { $0["rating"] as Int } == [1, 4], "stored in rating order, whatever order they came in")
        #expect(rows.map { $0["count"] as Int } == [1, 2])
        let tables = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'confidence%'")
        }
        #expect(tables == ["confidenceCount", "confidencePair"], "the numbered answers table is gone; only the two count tables are left")
        #expect(try store.sessionReports().first?.confidenceBefore == [1, 0, 0, 2, 0])
    }

    @Test("the live status follows the learner; a raised hand stays up until a volunteer clears it, even on another step", arguments: StoreKind.allCases)
    func liveStatus(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let session = try store.startSession(named: "Tuesday taster")
        let sam = try store.newLearner(nickname: "Sam")
        let shown = clock.now
        try store.updateLiveStatus(code: sam.code, step: step(3, at: shown), sessionPin: nil)
        clock.advance(seconds: 90)
        try store.raiseHand(code: sam.code)
        let raisedAt = clock.now
        clock.advance(seconds: 30)
        try store.updateLiveStatus(code: sam.code, step: step(3, at: shown, wrong: 1), sessionPin: nil)
        var board = try store.liveBoard()
        #expect(board.session == session)
        #expect(board.takenAt == clock.now)
        var status = try #require(board.learners.first)
        #expect(status == LiveStatus(code: sam.code, nickname: "Sam", sessionName: "Tuesday taster",
                                     step: step(3, at: shown, wrong: 1), handRaisedAt: raisedAt, lastActivityAt: clock.now))
        #expect(status.helpReason(now: clock.now) == .handRaised)

        #expect(try store.clearHand(code: sam.code))
        #expect(try store.clearHand(code: sam.code) == false, "nothing left to clear")
        #expect(try store.liveBoard().learners.first?.handRaisedAt == nil)

        try store.raiseHand(code: sam.code)
        let raisedAgainAt = clock.now
        clock.advance(seconds: 20)
        try store.updateLiveStatus(code: sam.code, step: step(4, at: clock.now), sessionPin: nil)
        status = try #require(try store.liveBoard().learners.first)
        #expect(status.handRaisedAt == raisedAgainAt, "answering the step and moving on keeps the hand up")
        #expect(status.step?.stepNumber == 4)
        try store.updateLiveStatus(code: sam.code, step: nil, sessionPin: nil)
        #expect(try store.liveBoard().learners.first?.helpReason(now: clock.now) == .handRaised, "back at the menu, still waiting")
        #expect(try store.clearHand(code: sam.code))

        try store.updateLiveStatus(code: sam.code, step: nil, sessionPin: nil)
        #expect(try store.liveBoard().learners.first?.step == nil, "choosing a lesson")
        try store.removeLiveStatus(code: sam.code)
        board = try store.liveBoard()
        #expect(board.learners.isEmpty)
        let stranger = try #require(LearnerCode("maple river otter 42"))
        #expect(try store.clearHand(code: stranger) == false)
        #expect(throws: StoreError.unknownLearner(code: stranger.rawValue)) { try store.raiseHand(code: stranger) }
    }

    @Test("needs help: a raised hand, 3 wrong answers on the step, or 5 minutes idle", arguments: [
        (0, false, 0.0, nil as LiveStatus.HelpReason?), (2, false, 299, nil), (3, false, 0, .wrongAttempts),
        (0, true, 0, .handRaised), (0, false, 300, .idle), (5, true, 600, .handRaised),
    ])
    func needsHelp(wrong: Int, hand: Bool, idleSeconds: Double, expected: LiveStatus.HelpReason?) throws {
        let now = Date(timeIntervalSince1970: 1_750_004_800)
        let status = LiveStatus(
            code: try #require(LearnerCode("maple river otter 42")), nickname: nil, sessionName: nil,
            step: step(1, at: now, wrong: wrong), handRaisedAt: hand ? now : nil, lastActivityAt: now.addingTimeInterval(-idleSeconds))
        #expect(status.helpReason(now: now) == expected)
    }

    @Test("the board shows the open session's learners, or with none open everyone active in the last two hours", arguments: StoreKind.allCases)
    func boardFilter(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let old = try store.newLearner(nickname: "Old")
        try store.updateLiveStatus(code: old.code, step: nil, sessionPin: nil)
        clock.advance(seconds: 2 * 3600 + 1)
        let recent = try store.newLearner(nickname: "Recent")
        try store.updateLiveStatus(code: recent.code, step: nil, sessionPin: nil)
        #expect(try store.liveBoard().learners.map(\.nickname) == ["Recent"])
        _ = try store.startSession(named: "Tuesday taster")
        #expect(try store.liveBoard().learners.isEmpty, "nobody has done anything in the session yet")
        let inSession = try store.newLearner(nickname: "Bea")
        try store.updateLiveStatus(code: inSession.code, step: nil, sessionPin: nil)
        try store.updateLiveStatus(code: recent.code, step: step(2, at: clock.now), sessionPin: nil)
        #expect(try store.liveBoard().learners.map(\.nickname) == ["Bea", "Recent"], "sorted by name")
        #expect(try store.liveBoard().endedSession == nil, "a session is open")
        _ = try store.endSession()
        let after = try store.liveBoard()
        #expect(after.learners.map(\.nickname) == ["Bea", "Recent"], "after the end: recent ones")
        #expect(after.session == nil)
        #expect(after.endedSession?.name == "Tuesday taster" && after.endedSession?.endedAt == clock.now, "the board knows the session has ended")
    }

    @Test("the unsaved fallback says why, has no session, and still checks the learner")
    func unsaved() throws {
        let reason = StoreError.diskFull(file: "/srv/taster/progress.sqlite")
        let store = UnsavedProgress.store(because: reason, now: ManualClock().closure)
        #expect(store.unsavedReason == reason)
        #expect(store.isPersistent == false)
        let learner = try store.newLearner(nickname: nil)
        #expect(try store.currentSession(pinnedTo: nil) == nil)
        #expect(try store.recordConfidence(3, moment: .before, sessionPin: nil) == false)
        try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil)
        try store.raiseHand(code: learner.code)
        try store.recordLessonEvent(code: learner.code, lessonID: "a", kind: .hint, sessionPin: nil)
        try store.removeLiveStatus(code: learner.code)
        let stranger = try #require(LearnerCode("maple river otter 42"))
        #expect(throws: StoreError.unknownLearner(code: stranger.rawValue)) { try store.raiseHand(code: stranger) }
        #expect(throws: StoreError.unknownLearner(code: stranger.rawValue)) {
            try store.updateLiveStatus(code: stranger, step: nil, sessionPin: nil)
        }
    }

    @Test("the unsaved fallback carries on the learner's progress so far under the same code")
    func unsavedCarriesProgress() throws {
        let clock = ManualClock()
        let saved = try database(clock)
        let sam = try saved.newLearner(nickname: "Sam")
        try saved.setResumePoint(code: sam.code, lessonID: "web-addresses", stepIndex: 3)
        let store = UnsavedProgress.store(because: .diskFull(file: "/srv/taster/progress.sqlite"), carrying: try saved.progress(code: sam.code), now: clock.closure)
        #expect(try store.progress(code: sam.code) == (try saved.progress(code: sam.code)))
        try store.setResumePoint(code: sam.code, lessonID: "web-addresses", stepIndex: 4)
        #expect(try store.progress(code: sam.code).lesson("web-addresses")?.resumeStepIndex == 4)
    }

    @Test("a volunteer lowers a learner's raised hand, once", arguments: StoreKind.allCases)
    func clearingAHand(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let sam = try store.newLearner(nickname: "Sam")
        #expect(try store.clearHand(code: sam.code) == false, "not on the board yet")
        try store.raiseHand(code: sam.code)
        #expect(try store.liveBoard().learners.map(\.handRaisedAt) == [clock.now])
        #expect(try store.clearHand(code: sam.code))
        #expect(try store.liveBoard().learners.map(\.handRaisedAt) == [nil])
        #expect(try store.clearHand(code: sam.code) == false, "nothing left to lower")
    }

    @Test("a volunteer marks a stuck learner seen: no NEEDS HELP until another wrong answer, a new idle spell, or a new step", arguments: StoreKind.allCases)
    func acknowledgingAStuckLearner(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let sam = try store.newLearner(nickname: "Sam")
        #expect(try store.acknowledgeHelp(code: sam.code) == false, "not on the board yet")
        let shown = clock.now
        try store.updateLiveStatus(code: sam.code, step: step(2, at: shown, wrong: 3), sessionPin: nil)
        func reason() throws -> LiveStatus.HelpReason? {
            let board = try store.liveBoard()
            return try #require(board.learners.first).helpReason(now: board.takenAt)
        }
        #expect(try reason() == .wrongAttempts)
        #expect(try store.acknowledgeHelp(code: sam.code))
        #expect(try store.liveBoard().learners.first?.seen == LiveStatus.Seen(at: clock.now, wrongAttempts: 3))
        #expect(try reason() == nil, "seen to")
        clock.advance(seconds: 6 * 60)
        #expect(try reason() == nil, "still idle since being seen: not new")
        try store.updateLiveStatus(code: sam.code, step: step(2, at: shown, wrong: 4), sessionPin: nil)
        #expect(try reason() == .wrongAttempts, "another wrong answer is new")
        #expect(try store.acknowledgeHelp(code: sam.code))
        #expect(try reason() == nil)
        clock.advance(seconds: 30)
        try store.updateLiveStatus(code: sam.code, step: step(2, at: shown, wrong: 4, hints: 1), sessionPin: nil)
        clock.advance(seconds: 5 * 60)
        #expect(try reason() == .idle, "idle again after doing something new")
        #expect(try store.acknowledgeHelp(code: sam.code))
        try store.updateLiveStatus(code: sam.code, step: step(3, at: clock.now, wrong: 3), sessionPin: nil)
        #expect(try store.liveBoard().learners.first?.seen == nil, "a new step forgets it")
        #expect(try reason() == .wrongAttempts)
        try store.raiseHand(code: sam.code)
        #expect(try store.acknowledgeHelp(code: sam.code))
        #expect(try store.liveBoard().learners.first?.handRaisedAt == nil, "acknowledging lowers the hand too")
    }

    @Test("the session list is newest first, limited, with each session's learners and the total", arguments: StoreKind.allCases)
    func sessionList(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        #expect(try store.sessionList(limit: nil) == SessionListPage(entries: [], totalCount: 0))
        var names: [String] = []
        for day in 1...3 {
            let name = "Taster \(day)"
            names.append(name)
            _ = try store.startSession(named: name)
            for _ in 0..<day {
                let learner = try store.newLearner(nickname: nil)
                try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil)
            }
            _ = try store.endSession()
            clock.advance(days: 1)
        }
        let page = try store.sessionList(limit: 2)
        #expect(page.entries.map(\.session.name) == ["Taster 3", "Taster 2"])
        #expect(page.entries.map(\.learnerCount) == [3, 2])
        #expect(page.totalCount == 3 && page.isPartial)
        #expect(try store.sessionList(limit: nil).entries.map(\.session.name) == names.reversed())
        #expect(try store.sessionList(limit: 0).entries.isEmpty)
    }

    @Test("the daily purge runs once a UTC day and erases only learners inactive too long", arguments: StoreKind.allCases)
    func dailyPurgeOncePerDay(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let old = try store.newLearner(nickname: nil)
        clock.advance(days: 200)
        let recent = try store.newLearner(nickname: nil)
        #expect(try store.runDailyPurge(inactiveForDays: 180, now: clock.now, shouldStop: { false }) == 1)
        #expect(try store.learner(code: old.code) == nil)
        #expect(try store.learner(code: recent.code) != nil)
        #expect(try store.runDailyPurge(inactiveForDays: 0, now: clock.now, shouldStop: { false }) == nil, "once a day")
        clock.advance(days: 1)
        #expect(try store.runDailyPurge(inactiveForDays: 0, now: clock.now, shouldStop: { false }) == 1, "the next day")
        try store.close()
    }

    @Test("the export includes the learner's sessions, lesson events and live status, and nobody else's", arguments: StoreKind.allCases)
    func export(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let session = try store.startSession(named: "Tuesday taster")
        let sam = try store.newLearner(nickname: "Sam")
        let other = try store.newLearner(nickname: "Other")
        try store.updateLiveStatus(code: sam.code, step: step(2, at: clock.now), sessionPin: nil)
        try store.recordLessonEvent(code: sam.code, lessonID: "a", kind: .started, sessionPin: nil)
        try store.recordLessonEvent(code: other.code, lessonID: "b", kind: .started, sessionPin: nil)
        let document = try ProgressExport.decode(try store.export(code: sam.code))
        #expect(document.format == "taster-progress-export-2")
        #expect(document.sessions == [JoinedSession(sessionName: session.name, joinedAt: clock.now)])
        #expect(document.lessonEvents == [StoredLessonEvent(lessonID: "a", kind: .started, recordedAt: clock.now, sessionName: session.name)])
        #expect(document.liveStatus?.step == step(2, at: clock.now))
        #expect(document.liveStatus?.code == sam.code)
        let text = String(decoding: try store.export(code: sam.code), as: UTF8.self)
        #expect(!text.contains(other.code.rawValue) && !text.contains("\"b\""))
    }
}
