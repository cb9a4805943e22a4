import Foundation
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("Recording progress (every backend)", .ownThread)
struct ProgressRecordingTests {
    private static let lesson = "reading-web-addresses"

    private func step(_ index: Int, answers: [String] = [], completed: Bool = true) -> StepRecord {
        StepRecord(
            stepIndex: index, stepID: "s\(index)", attempts: 2, hintsUsed: 1, skipped: false,
            secondsSpent: 12, completed: completed, typedAnswers: answers)
    }

    @Test("a new learner gets a fresh code, a cleaned nickname and both dates", arguments: StoreKind.allCases)
    func newLearner(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let first = try store.newLearner(nickname: " Sam\u{1B}[31m ")
        let second = try store.newLearner(nickname: nil)
        #expect(first.code != second.code)
        #expect(first.nickname == "Sam")
        #expect(second.nickname == nil)
        #expect(first.createdAt == clock.now && first.lastActiveAt == clock.now)
        #expect(try store.learner(code: first.code) == first)
        #expect(try store.learner(code: LearnerCode("maple river otter 42")!) == nil)
        #expect(store.recordsTypedAnswers == false)
    }

    @Test("every write moves the learner's last-active time to now", arguments: StoreKind.allCases)
    func lastActiveMoves(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let learner = try store.newLearner(nickname: nil)
        let writes: [(String, () throws -> Void)] = [
            ("touch", { try store.touch(code: learner.code) }),
            ("startLesson", { try store.startLesson(code: learner.code, lessonID: Self.lesson, contentVersion: "v1") }),
            ("recordStep", { try store.recordStep(code: learner.code, lessonID: Self.lesson, record: step(0)) }),
            ("setResumePoint", { try store.setResumePoint(code: learner.code, lessonID: Self.lesson, stepIndex: 1) }),
            ("completeLesson", { try store.completeLesson(code: learner.code, lessonID: Self.lesson, contentVersion: "v1") }),
            ("setNickname", { try store.setNickname(code: learner.code, nickname: "Jo") }),
            ("setPreferredLanguage", { try store.setPreferredLanguage(code: learner.code, language: "cy") }),
        ]
        for (name, write) in writes {
            clock.advance(seconds: 60)
            try write()
            let stored = try #require(try store.learner(code: learner.code))
            #expect(stored.lastActiveAt == clock.now, "\(name)")
            #expect(stored.createdAt == learner.createdAt, "\(name)")
        }
        #expect(try store.learner(code: learner.code)?.nickname == "Jo")
    }

    @Test("writes for an unknown code fail with a kind unknown-learner error", arguments: StoreKind.allCases)
    func unknownLearner(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let stranger = try #require(LearnerCode("maple river otter 42"))
        let expected = StoreError.unknownLearner(code: "maple-river-otter-42")
        #expect(throws: expected) { try store.touch(code: stranger) }
        #expect(throws: expected) { try store.startLesson(code: stranger, lessonID: "a", contentVersion: "1") }
        #expect(throws: expected) { try store.recordStep(code: stranger, lessonID: "a", record: step(0)) }
        #expect(throws: expected) { try store.setResumePoint(code: stranger, lessonID: "a", stepIndex: 0) }
        #expect(throws: expected) { try store.completeLesson(code: stranger, lessonID: "a", contentVersion: "1") }
        #expect(throws: expected) { try store.progress(code: stranger) }
        #expect(throws: expected) { try store.export(code: stranger) }
        #expect(throws: expected) { try store.setPreferredLanguage(code: stranger, language: "cy") }
        #expect(throws: expected) { try store.preferredLanguage(code: stranger) }
        #expect(try store.summary(code: stranger) == nil)
        #expect(try store.forget(code: stranger) == false)
        #expect(expected.message.contains("maple-river-otter-42"))
        #expect(expected.allowsUnsavedFallback == false)
    }

    @Test("a learner's chosen language is kept for them alone, changed, cleared and forgotten with them", arguments: StoreKind.allCases)
    func preferredLanguage(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let welsh = try store.newLearner(nickname: nil).code
        let other = try store.newLearner(nickname: nil).code
        #expect(try store.preferredLanguage(code: welsh) == nil, "nobody has chosen yet")
        try store.setPreferredLanguage(code: welsh, language: "cy")
        #expect(try store.preferredLanguage(code: welsh) == "cy")
        #expect(try ProgressExport.decode(store.export(code: welsh)).preferredLanguage == "cy", "the learner's export shows what is kept")
        #expect(try store.preferredLanguage(code: other) == nil)
        try store.setPreferredLanguage(code: other, language: "pl")
        try store.setPreferredLanguage(code: welsh, language: "en")
        #expect(try store.preferredLanguage(code: welsh) == "en")
        #expect(try store.preferredLanguage(code: other) == "pl")
        try store.setPreferredLanguage(code: other, language: nil)
        #expect(try store.preferredLanguage(code: other) == nil)
        #expect(try store.forget(code: welsh))
        #expect(throws: StoreError.unknownLearner(code: welsh.rawValue)) { try store.preferredLanguage(code: welsh) }
        #expect(try store.preferredLanguage(code: other) == nil, "forgetting one learner leaves the other as they were")
    }

    @Test("starting, stepping, resuming and completing a lesson", arguments: StoreKind.allCases)
    func lessonLifecycle(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let code = try store.newLearner(nickname: nil).code
        let startedAt = clock.now
        try store.startLesson(code: code, lessonID: Self.lesson, contentVersion: "v1")
        var lesson = try #require(try store.progress(code: code).lesson(Self.lesson))
        #expect(lesson == LessonProgress(
            lessonID: Self.lesson, contentVersion: "v1", startedAt: startedAt, resumeStepIndex: 0, lastActiveAt: startedAt))

        clock.advance(seconds: 30)
        try store.recordStep(code: code, lessonID: Self.lesson, record: step(0))
        try store.setResumePoint(code: code, lessonID: Self.lesson, stepIndex: 1)
        clock.advance(seconds: 30)
        try store.startLesson(code: code, lessonID: Self.lesson, contentVersion: "v1")
        lesson = try #require(try store.progress(code: code).lesson(Self.lesson))
        #expect(lesson.resumeStepIndex == 1, "starting again keeps the resume point")
        #expect(lesson.startedAt == startedAt, "starting again keeps the first start date")
        #expect(lesson.lastActiveAt == clock.now)
        #expect(!lesson.isCompleted)

        clock.advance(seconds: 30)
        try store.completeLesson(code: code, lessonID: Self.lesson, contentVersion: "v1")
        lesson = try #require(try store.progress(code: code).lesson(Self.lesson))
        #expect(lesson.isCompleted)
        #expect(lesson.completedAt == clock.now)
        #expect(lesson.completedContentVersion == "v1")
        #expect(lesson.resumeStepIndex == 0)
        #expect(try store.progress(code: code).completedLessonIDs == [Self.lesson])
    }

    @Test("a negative resume point is stored as the first step", arguments: StoreKind.allCases)
    func negativeResume(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let code = try store.newLearner(nickname: nil).code
        try store.setResumePoint(code: code, lessonID: "a", stepIndex: -3)
        #expect(try store.progress(code: code).lesson("a")?.resumeStepIndex == 0)
    }

    @Test("progress names the most recent lesson and the one to continue", arguments: StoreKind.allCases)
    func continueWhereYouStopped(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let code = try store.newLearner(nickname: nil).code
        try store.startLesson(code: code, lessonID: "first", contentVersion: "1")
        clock.advance(seconds: 10)
        try store.startLesson(code: code, lessonID: "second", contentVersion: "1")
        try store.setResumePoint(code: code, lessonID: "second", stepIndex: 4)
        clock.advance(seconds: 10)
        try store.completeLesson(code: code, lessonID: "third", contentVersion: "1")

        let progress = try store.progress(code: code)
        #expect(progress.lessons.map(\.lessonID) == ["third", "second", "first"])
        #expect(progress.mostRecentLesson?.lessonID == "third")
        #expect(progress.lessonToContinue?.lessonID == "second")
        #expect(progress.lessonToContinue?.resumeStepIndex == 4)
        #expect(progress.learner.code == code)
    }

    @Test("a changed lesson is noticed through its content version", arguments: StoreKind.allCases)
    func contentVersionChanged(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let code = try store.newLearner(nickname: nil).code
        try store.startLesson(code: code, lessonID: "a", contentVersion: "abc123")
        try store.startLesson(code: code, lessonID: "b", contentVersion: "def456")
        try store.recordStep(code: code, lessonID: "c", record: step(0))
        let progress = try store.progress(code: code)
        let lessonA = try #require(progress.lesson("a"))
        #expect(lessonA.contentChanged(currentVersion: "abc123") == false)
        #expect(lessonA.contentChanged(currentVersion: "zzz999") == true)
        #expect(progress.lesson("c")?.contentChanged(currentVersion: "anything") == false, "unknown version counts as unchanged")
        let changed = progress.lessonsWithChangedContent(currentVersions: ["a": "abc123", "b": "new", "c": "x"])
        #expect(changed.map(\.lessonID) == ["b"])
    }

    @Test("typed answers are dropped unless the store keeps them", arguments: StoreKind.allCases, [false, true])
    func typedAnswers(kind: StoreKind, keep: Bool) throws {
        let store = try kind.make(clock: ManualClock(), recordTypedAnswers: keep)
        #expect(store.recordsTypedAnswers == keep)
        let code = try store.newLearner(nickname: nil).code
        try store.recordStep(code: code, lessonID: "a", record: step(0, answers: ["www.example.org", "my answer"]))
        try store.recordStep(code: code, lessonID: "a", record: .forSecretStep(stepIndex: 1, attempts: 1, completed: true))
        let document = try ProgressExport.decode(try store.export(code: code))
        #expect(document.steps.count == 2)
        #expect(document.steps[0].step.typedAnswers == (keep ? ["www.example.org", "my answer"] : []))
        #expect(document.steps[1].step.typedAnswers == [])
        #expect(try store.summary(code: code)?.typedAnswersStored == (keep ? 2 : 0))
        let text = String(decoding: try store.export(code: code), as: UTF8.self)
        #expect(text.contains("my answer") == keep)
    }

    @Test("the export holds all of the learner's data as pretty JSON with sorted keys", arguments: StoreKind.allCases)
    func export(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock, recordTypedAnswers: true)
        let learner = try store.newLearner(nickname: "Sam")
        let other = try store.newLearner(nickname: "Other person")
        try store.startLesson(code: learner.code, lessonID: "b-lesson", contentVersion: "2")
        try store.startLesson(code: learner.code, lessonID: "a-lesson", contentVersion: "1")
        for index in 0..<3 {
            try store.recordStep(code: learner.code, lessonID: "a-lesson", record: step(index, answers: ["answer \(index)"]))
        }
        try store.recordStep(code: other.code, lessonID: "a-lesson", record: step(0, answers: ["not yours"]))
        let data = try store.export(code: learner.code)
        let text = String(decoding: data, as: UTF8.self)

        let document = try ProgressExport.decode(data)
        #expect(document.format == ProgressExport.currentFormat)
        #expect(document.exportedAt == clock.now)
        #expect(document.learner.code == learner.code)
        #expect(document.learner.nickname == "Sam")
        #expect(document.lessons.map(\.lessonID) == ["a-lesson", "b-lesson"])
        #expect(document.steps.map(\.step.stepIndex) == [0, 1, 2])
        #expect(document.steps.allSatisfy { $0.lessonID == "a-lesson" })
        #expect(!text.contains("not yours") && !text.contains("Other person") && !text.contains(other.code.rawValue))
        #expect(text.contains("\n  \""), "pretty-printed")
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == ["exportedAt", "format", "learner", "lessonEvents", "lessons", "sessions", "steps"])
        #expect(try store.export(code: learner.code) == data, "the same data exports the same bytes")
    }

    @Test("the summary counts what is stored", arguments: StoreKind.allCases)
    func summary(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let learner = try store.newLearner(nickname: "Sam")
        try store.startLesson(code: learner.code, lessonID: "a", contentVersion: "1")
        try store.completeLesson(code: learner.code, lessonID: "b", contentVersion: "1")
        for index in 0..<4 { try store.recordStep(code: learner.code, lessonID: "a", record: step(index)) }
        let summary = try #require(try store.summary(code: learner.code))
        #expect(summary.learner.code == learner.code)
        #expect(summary.learner.nickname == "Sam")
        #expect(summary.lessonsStarted == 2)
        #expect(summary.lessonsCompleted == 1)
        #expect(summary.stepsRecorded == 4)
        #expect(summary.typedAnswersStored == 0)
    }

    @Test("forgetting removes the learner and nobody else", arguments: StoreKind.allCases)
    func forget(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        let leaving = try store.newLearner(nickname: "Leaving")
        let staying = try store.newLearner(nickname: "Staying")
        for code in [leaving.code, staying.code] {
            try store.startLesson(code: code, lessonID: "a", contentVersion: "1")
            try store.recordStep(code: code, lessonID: "a", record: step(0))
        }
        #expect(try store.forget(code: leaving.code) == true)
        #expect(try store.learner(code: leaving.code) == nil)
        #expect(try store.summary(code: leaving.code) == nil)
        #expect(throws: StoreError.unknownLearner(code: leaving.code.rawValue)) { try store.progress(code: leaving.code) }
        #expect(try store.forget(code: leaving.code) == false, "forgetting twice finds nothing")
        #expect(try store.summary(code: staying.code)?.stepsRecorded == 1)
    }

    @Test("purge removes learners inactive too long, and a dry run only lists them", arguments: StoreKind.allCases)
    func purge(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let oldest = try store.newLearner(nickname: "Oldest")
        clock.advance(days: 10)
        let old = try store.newLearner(nickname: nil)
        try store.recordStep(code: old.code, lessonID: "a", record: step(0))
        let oldActive = clock.now
        clock.advance(days: 100)
        let recent = try store.newLearner(nickname: "Recent")
        clock.advance(days: 100)
        // Now: oldest inactive 210 days, old 200 days, recent 100 days.

        let preview = try store.purge(now: clock.now, dryRun: true)
        #expect(preview.map(\.code) == [oldest.code, old.code], "oldest first")
        #expect(preview[0].nickname == "Oldest")
        #expect(preview[1].lastActiveAt == oldActive)
        #expect(try store.learner(code: oldest.code) != nil, "a dry run deletes nothing")
        #expect(try store.learner(code: old.code) != nil)

        #expect(try store.purge(inactiveForDays: 205, now: clock.now, dryRun: true).map(\.code) == [oldest.code])

        let purged = try store.purge(inactiveForDays: 180, now: clock.now, dryRun: false)
        #expect(purged == preview)
        #expect(try store.learner(code: oldest.code) == nil)
        #expect(try store.learner(code: old.code) == nil)
        #expect(try store.learner(code: recent.code) != nil)
        #expect(try store.purge(now: clock.now, dryRun: false).isEmpty)
    }

    @Test("a learner active exactly at the cut-off is kept", arguments: StoreKind.allCases)
    func purgeBoundary(kind: StoreKind) throws {
        let clock = ManualClock()
        let store = try kind.make(clock: clock)
        let learner = try store.newLearner(nickname: nil)
        clock.advance(days: 180)
        #expect(try store.purge(inactiveForDays: 180, now: clock.now, dryRun: false).isEmpty)
        clock.advance(seconds: 1)
        #expect(try store.purge(inactiveForDays: 180, now: clock.now, dryRun: false).map(\.code) == [learner.code])
    }

    @Test("the stores in these tests are in memory except the server's, and none stands in for a failed one", arguments: StoreKind.allCases)
    func persistence(kind: StoreKind) throws {
        let store = try kind.make(clock: ManualClock())
        #expect(store.isPersistent == kind.isPersistent, "in-memory stores in these tests are not persistent; the server's is")
        #expect(store.unsavedReason == nil)
        let unsaved = UnsavedProgress.store(because: .diskFull(file: "/x/progress.sqlite"))
        #expect(unsaved.unsavedReason == .diskFull(file: "/x/progress.sqlite"))
        #expect(unsaved.isPersistent == false)
    }
}
