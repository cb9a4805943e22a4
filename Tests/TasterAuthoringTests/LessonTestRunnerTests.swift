import Foundation
import TasterTestSupport
import Testing
import TasterLessons
@testable import TasterAuthoring

@Suite("Author test runs", .ownThread)
struct LessonTestRunnerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/lessons")

    @Test("the fixture lesson auto-plays and its tests pass")
    func fixturePasses() {
        let (library, problems) = LessonLibrary.load(paths: [Self.fixtures.path])
        // The fixture gives most questions one hint on purpose, to reach the solution quickly;
        // the only problems are the warnings that say so.
        #expect(problems.allSatisfy { $0.severity == .warning && $0.message.contains("has 1 hint") }, "\(problems)")
        let report = LessonTestRunner().run(library)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.testsRun == 4)
    }

    @Test("a test whose expectation is wrong fails, naming the file, the step and what happened")
    func failingTest() throws {
        let lesson = try #require(LessonLibrary.load(paths: [Self.fixtures.path]).library.lessons.first)
        let test = LessonTest(name: "wrong on purpose", from: "padlock",
                              exchanges: [TestExchange(input: "1", expect: .incorrect, location: SourceLocation(line: 7, column: 9))],
                              sourcePath: "x.tests.yaml")
        let failures = LessonTestRunner().play(test, in: lesson)
        #expect(failures.count == 1)
        let text = failures.first?.description ?? ""
        #expect(text.hasPrefix("x.tests.yaml:7:9: error:"))
        #expect(text.contains("step 2 (padlock)"))
        #expect(text.contains("expected incorrect, but got correct"))
    }

    @Test("a missing feedback snippet fails")
    func missingSnippet() throws {
        let lesson = try #require(LessonLibrary.load(paths: [Self.fixtures.path]).library.lessons.first)
        let test = LessonTest(name: "snippet", from: "padlock", exchanges: [TestExchange(input: "2", shows: ["a different sentence"])])
        #expect(LessonTestRunner().play(test, in: lesson).first?.message.contains("expected to see") == true)
    }

    @Test("auto-play fails when a step's own answer does not move on")
    func autoPlayFailure() {
        let broken = Lesson(id: "b", title: "B", summary: "B", area: .money, minutes: 1, reviewed: CalendarDate(year: 2026, month: 1, day: 1),
                            steps: [Step(text: "?", hints: ["h"], kind: .choice(ChoiceQuestion(options: [ChoiceOption(text: "A"), ChoiceOption(text: "B")])))],
                            sourcePath: "b.yaml")
        let failures = LessonTestRunner().autoPlay(broken)
        #expect(failures.count == 1)
        #expect(failures.first?.testName == "auto-play")
    }
}
