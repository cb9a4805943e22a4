import Foundation
import TasterTestSupport
import Testing
import TasterLessons
@testable import TasterAuthoring

@Suite("Library overview for editors", .ownThread)
struct LessonStatisticsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/lessons")

    @Test("the fixture lesson's figures: its tests start at padlock, budget and 7, so other steps are not reached")
    func fixtureFigures() throws {
        let lesson = try #require(LessonLibrary.load(paths: [Self.fixtures.path]).library.lessons.first)
        let figures = LessonStatistics(lesson)
        #expect(figures.steps == 7)
        #expect(figures.questions == 6)
        #expect(figures.hints == 7)
        #expect(figures.tests == lesson.tests.count)
        #expect(figures.stepsNoTestReaches == [1, 3, 5, 6])
        #expect(figures.hasSafetyPoint == false)
    }

    @Test("a test that runs on past its first step reaches the steps it types at")
    func reachesLaterSteps() throws {
        var lesson = try #require(LessonLibrary.load(paths: [Self.fixtures.path]).library.lessons.first)
        lesson.tests = [LessonTest(name: "all", from: nil, exchanges: [TestExchange(input: ""), TestExchange(input: "1"), TestExchange(input: "skip")])]
        #expect(LessonStatistics(lesson).stepsNoTestReaches == [4, 5, 6, 7])
    }

    @Test("step numbers are shown as short ranges", arguments: [
        ([1, 2, 3, 7], "1-3, 7"), ([5], "5"), ([1, 3, 4, 6, 7, 8], "1, 3-4, 6-8"),
    ])
    func ranges(numbers: [Int], shown: String) {
        #expect(LessonStatistics.ranges(numbers) == shown)
    }

    @Test("the overview's closing line lists the lessons with no safety point")
    func table() throws {
        let library = LessonLibrary.load(paths: [Self.fixtures.path]).library
        let table = LessonStatistics.table(library)
        #expect(table.hasPrefix("lesson      steps  questions  hints  tests  steps no test reaches  safety point"))
        #expect(table.contains("every-kind      7          6      7"))
        #expect(table.hasSuffix("Lessons with no safety point: every-kind."))
    }
}
