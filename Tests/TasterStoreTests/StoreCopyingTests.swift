import Foundation
import Testing
@testable import TasterStore
import TasterTestSupport

/// Copying between embedded files: the natural keys, merging, and the counts that say whether
/// everything arrived.
@Suite("Copying between stores", .ownThread)
struct StoreCopyingTests {
    /// A file with a learner part-way through a lesson in a session, the same step recorded
    /// twice at one moment (the clock did not move), and a confidence answer.
    private func pilot(_ clock: ManualClock) throws -> (ProgressDatabase, LearnerCode) {
        let store = try ProgressDatabase.inMemory(now: clock.closure)
        _ = try store.startSession(named: "Monday")
        let learner = try store.newLearner(nickname: "Ash")
        try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil)
        try store.startLesson(code: learner.code, lessonID: "online-forms", contentVersion: "v1")
        clock.advance(seconds: 10)
        try store.recordStep(code: learner.code, lessonID: "online-forms", record: StepRecord(stepIndex: 0, attempts: 1), resumeAt: 0)
        try store.recordStep(code: learner.code, lessonID: "online-forms", record: StepRecord(stepIndex: 0, attempts: 2, completed: true), resumeAt: 1)
        try store.recordLessonEvent(code: learner.code, lessonID: "online-forms", kind: .hint, sessionPin: nil)
        _ = try store.recordConfidence(3, moment: .before, sessionPin: nil)
        return (store, learner.code)
    }

    @Test("a copy holds everything, twice over changes nothing, and a repeated step at one moment is copied as often as it was kept")
    func copyAndCopyAgain() throws {
        let clock = ManualClock()
        let (source, _) = try pilot(clock)
        let contents = try source.copyContents(learners: nil)
        #expect(contents.counts == StoreCopyCounts(learners: 1, lessonProgress: 1, stepEvents: 2, lessonEvents: 1, sessions: 1, confidenceAnswers: 1))
        let destination = try ProgressDatabase.inMemory(now: clock.closure)
        try destination.absorb(contents)
        #expect(try destination.copyContents(learners: nil) == contents)
        try destination.absorb(contents)
        #expect(try destination.copyContents(learners: nil) == contents, "the second copy added nothing")
        #expect(contents.counts(foundIn: try destination.copyContents(learners: contents.learnerCodes)) == contents.counts)
    }

    @Test("the counts found at the destination fall short by what is missing there", arguments: StoreCopyCounts.Kind.allCases)
    func countsShowWhatIsMissing(kind: StoreCopyCounts.Kind) throws {
        let clock = ManualClock()
        let (source, _) = try pilot(clock)
        let contents = try source.copyContents(learners: nil)
        var there = contents
        switch kind {
        case .learners: there.learners = []
        case .lessonProgress: there.learners[0].lessons = []
        case .stepEvents: there.learners[0].steps.removeLast()
        case .lessonEvents: there.lessonEvents = []
        case .sessions: there.sessions = []
        case .confidenceAnswers: there.sessions[0].confidence[0].count = 0
        }
        let found = contents.counts(foundIn: there)
        #expect(found[kind] < contents.counts[kind], "\(kind) missing is seen")
        #expect(found != contents.counts)
    }

    @Test("a learner already there is merged: newer progress wins on each side, the earlier start and creation are kept")
    func mergesNewerOverOlder() throws {
        let clock = ManualClock()
        let (source, code) = try pilot(clock)
        let destination = try ProgressDatabase.inMemory(now: clock.closure)
        try destination.absorb(try source.copyContents(learners: nil))
        clock.advance(seconds: 100)
        try destination.setResumePoint(code: code, lessonID: "online-forms", stepIndex: 5)
        try destination.setPreferredLanguage(code: code, language: "cy")
        clock.advance(seconds: 100)
        try source.startLesson(code: code, lessonID: "unit-prices", contentVersion: "v3")
        try destination.absorb(try source.copyContents(learners: nil))
        let lessons = Dictionary(uniqueKeysWithValues: try destination.progress(code: code).lessons.map { ($0.lessonID, $0) })
        #expect(lessons["online-forms"]?.resumeStepIndex == 5, "the destination's newer resume point is kept")
        #expect(lessons["unit-prices"]?.contentVersion == "v3")
        #expect(try destination.preferredLanguage(code: code) == "cy", "a language chosen is not lost to a side that never chose")
        #expect(try destination.learner(code: code)?.lastActiveAt == source.learner(code: code)?.lastActiveAt)
        #expect(try destination.learnerCount() == 1)
    }
}
