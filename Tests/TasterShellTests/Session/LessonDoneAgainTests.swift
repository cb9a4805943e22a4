import Foundation
import Testing
@testable import TasterShell
import TasterStore
import TasterTestSupport

/// A lesson finished once and then started again opens where the learner left it the second time.
@Suite("A finished lesson done again", .ownThread)
struct LessonDoneAgainTests {
    private let library = SessionTestSupport.library()

    private func progress(resumeAt step: Int, completed: Bool) throws -> LearnerProgress {
        let lesson = try #require(library.lessons.first)
        let when = Date(timeIntervalSince1970: 1_750_004_800)
        let entry = LessonProgress(
            lessonID: lesson.id, contentVersion: lesson.contentVersion, startedAt: when,
            completedAt: completed ? when : nil, completedContentVersion: completed ? lesson.contentVersion : nil,
            resumeStepIndex: step, lastActiveAt: when)
        let learner = Learner(code: try LearnerCode.parse("maple-river-otter-42"), nickname: nil, createdAt: when, lastActiveAt: when)
        return LearnerProgress(learner: learner, lessons: [entry])
    }

    @Test("it reopens at the step reached, not at step 1, and is suggested to carry on", arguments: [2, 4])
    func keepsItsPlace(step: Int) throws {
        let lesson = try #require(library.lessons.first)
        let menu = LessonMenu(library: library, progress: try progress(resumeAt: step, completed: true))
        #expect(menu.startIndex(of: lesson) == step)
        #expect(menu.suggested?.id == lesson.id)
    }

    @Test("once finished with nothing started again, it opens at the beginning")
    func finishedOpensAtTheStart() throws {
        let lesson = try #require(library.lessons.first)
        let menu = LessonMenu(library: library, progress: try progress(resumeAt: 0, completed: true))
        #expect(menu.startIndex(of: lesson) == 0)
    }
}
