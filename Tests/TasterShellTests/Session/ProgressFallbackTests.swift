import Foundation
import TasterLessons
import TasterShell
import TasterStore
import Testing
import TasterTestSupport

/// When the progress file stops working mid-lesson (here: the disk fills up), the lesson carries
/// on in memory, the learner is told once, and what was saved before is kept.
@Suite(.ownThread)
struct ProgressFallbackTests {
    @Test(arguments: [1, 3, 6])
    func aStoreThatFailsMidLessonFallsBackAndTellsTheLearnerOnce(writesBeforeFailure: Int) throws {
        let store = try TestProgressStore(writesBeforeFailure: writesBeforeFailure)
        let reader = ScriptedLineReader(lines: SessionTestSupport.newLearnerIntoLessonOne + SessionTestSupport.everyKindAnswers + ["1", "", "quit"])
        let screen = ScreenLog()
        let context = SessionTestSupport.context(reader: reader, screen: screen)
        let end = LearnerVisit(context: context, library: SessionTestSupport.library(), store: store).run()

        #expect(end == .left)
        #expect(reader.remainingInputCount == 0)
        #expect(store.refusedWrites >= 1)
        #expect(screen.count(of: "Taster has stopped being able to save your progress") == 1)
        #expect(screen.text.contains(TestProgressStore.failure.message))
        // The lesson went on to the end, and the menu still knows it was done.
        #expect(screen.text.contains("Well done: you have finished this lesson!"))
        #expect(screen.text.contains("Every kind of step, 5 minutes (done)"))
        // Playing it again after the failure works too, in memory.
        #expect(screen.count(of: "Every kind of step  ·  Step 1 of 7") == 2)
        #expect(screen.text.contains("This session was not saved, because taster cannot save progress on this computer."))
        #expect(!screen.text.contains("Your progress is saved."))

        // What was written before the failure is still in the file.
        let code = try #require(SessionTestSupport.code(in: screen))
        let saved = try #require(try store.saved.summary(code: code))
        #expect(saved.lessonsCompleted == 0)
        #expect(saved.stepsRecorded <= writesBeforeFailure)
    }

    /// A busy moment (another terminal holding the file past the busy timeout) does not end
    /// saving for the session: the steps done meanwhile are kept in memory and written once the
    /// file answers, and the learner is told the truth both times.
    @Test(arguments: [Set([3]), Set([2, 3, 4]), Set([4, 5])])
    func savingComesBackAfterABusyMoment(busyWrites: Set<Int>) throws {
        let store = try TestProgressStore(busyWrites: busyWrites)
        let reader = ScriptedLineReader(lines: SessionTestSupport.newLearnerIntoLessonOne + SessionTestSupport.everyKindAnswers + ["quit"])
        let screen = ScreenLog()
        let context = SessionTestSupport.context(reader: reader, screen: screen)
        let end = LearnerVisit(context: context, library: SessionTestSupport.library(), store: store).run()

        #expect(end == .left)
        #expect(store.refusedWrites == busyWrites.count)
        #expect(!screen.text.contains("Taster has stopped being able to save your progress"), "a busy moment must not end saving:\n\(screen.text)")
        #expect(screen.count(of: "Taster could not save just now") == 1)
        #expect(screen.count(of: "Your progress is saved again.") == 1)
        #expect(!screen.text.contains("This session was not saved"))

        let code = try #require(SessionTestSupport.code(in: screen))
        let saved = try #require(try store.saved.summary(code: code))
        #expect(saved.stepsRecorded == 7, "every step, including those done while the file was busy, is in the file")
        #expect(saved.lessonsCompleted == 1)
    }

    @Test(arguments: [2, 3, 4, 5])
    func aFinishedStepIsNeverSavedWithoutItsResumePoint(writesBeforeFailure: Int) throws {
        // The saver writes a step and the step to continue from as one write, so whenever saving
        // stops, every recorded step has moved the resume point past it.
        let store = try TestProgressStore(writesBeforeFailure: writesBeforeFailure)
        let reader = ScriptedLineReader(lines: SessionTestSupport.newLearnerIntoLessonOne + SessionTestSupport.everyKindAnswers + ["quit"])
        let screen = ScreenLog()
        _ = LearnerVisit(context: SessionTestSupport.context(reader: reader, screen: screen), library: SessionTestSupport.library(), store: store).run()

        let code = try #require(SessionTestSupport.code(in: screen))
        let steps = try #require(try store.saved.summary(code: code)).stepsRecorded
        let resumePoint = try store.saved.progress(code: code).lesson("every-kind")?.resumeStepIndex ?? 0
        #expect(steps >= 1, "at least one step was saved before the failure")
        #expect(resumePoint == steps, "\(steps) steps saved, but the resume point is \(resumePoint)")
    }
}
