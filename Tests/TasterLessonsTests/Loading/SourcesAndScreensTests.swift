import Foundation
import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Sources, safety points and screens in lesson files", .ownThread)
struct SourcesAndScreensTests {
    let loader = LessonLoader()

    private func load(_ text: String) -> LessonLoadResult {
        loader.load(bytes: Array(text.utf8), path: "x.yaml")
    }

    /// What loading and then checking the lesson finds, as the library does.
    private func problems(_ text: String) -> [LessonProblem] {
        let result = load(text)
        return result.problems + (result.lesson.map(LessonValidator.check) ?? [])
    }

    /// A lesson with one source, a safety step naming it, and a screen.
    static func lesson(source: String = "fca-overdrafts", screenLine: String = "| Example Bank      Sign in |", extraSourceKey: String = "") -> String {
        """
        id: tiny
        title: Tiny
        summary: A tiny lesson.
        area: money
        minutes: 10
        reviewed: 2026-11-30
        sources:
          - id: fca-overdrafts
            title: Overdrafts (Financial Conduct Authority)
            address: https://www.fca.org.uk/consumers/overdrafts
            checked: 2026-11-30\(extraSourceKey)
        steps:
          - kind: say
            text: A bank never asks for your PIN.
            source: \(source)
            safety: true
            screen: |
              +---------------------------+
              \(screenLine)
              +---------------------------+
        """
    }

    @Test("sources, the step's source, its safety mark and its screen are read")
    func reads() throws {
        let result = load(Self.lesson())
        #expect(result.problems.isEmpty)
        let lesson = try #require(result.lesson)
        #expect(lesson.sources == [LessonSource(
            id: "fca-overdrafts", title: "Overdrafts (Financial Conduct Authority)",
            address: "https://www.fca.org.uk/consumers/overdrafts", checked: CalendarDate(year: 2026, month: 11, day: 30),
            location: lesson.sources.first?.location ?? .start)])
        let step = try #require(lesson.steps.first)
        #expect(step.source == "fca-overdrafts")
        #expect(step.isSafetyPoint)
        #expect(lesson.hasSafetyPoint)
        #expect(ScreenBlock.lines(of: try #require(step.screen)) == [
            "+---------------------------+", "| Example Bank      Sign in |", "+---------------------------+",
        ])
    }

    @Test("a step naming a source the lesson does not list is an error that lists the sources")
    func unknownSource() {
        let messages = problems(Self.lesson(source: "fca-overdraft")).map(\.message)
        #expect(messages.contains { $0.contains("names the source `fca-overdraft`") && $0.contains("`fca-overdrafts`") })
    }

    @Test("a source with an unknown key, or an address that is not https, is an error", arguments: [
        ("\n    author: Sam", "unknown key \"author\" in a source"),
    ])
    func badSource(extra: String, expected: String) {
        let messages = load(Self.lesson(extraSourceKey: extra)).problems.map(\.message)
        #expect(messages.contains { $0.contains(expected) })
    }

    @Test("a source's address must start https://")
    func insecureSource() {
        let text = Self.lesson().replacingOccurrences(of: "https://www.fca.org.uk", with: "http://www.fca.org.uk")
        let problems = load(text).problems
        #expect(problems.contains { $0.severity == .error && $0.message.contains("whole https:// address") })
    }

    @Test("a screen line wider than 60 columns is an error naming the line and its width")
    func wideScreen() {
        let wide = "|" + String(repeating: "x", count: 60) + "|"
        let messages = problems(Self.lesson(screenLine: wide)).map(\.message)
        #expect(messages.contains { $0.contains("line 2 of step 1's `screen` is 62 columns wide") })
    }

    @Test("a screen line of exactly 60 columns is fine, and wide characters count twice")
    func screenWidth() {
        let exact = String(repeating: "x", count: 60)
        #expect(problems(Self.lesson(screenLine: exact)).isEmpty)
        #expect(ScreenBlock.width(of: "日本") == 4)
        #expect(ScreenBlock.width(of: "£5.00") == 5)
    }

    @Test("`safety` must be true or false")
    func safetyBoolean() {
        let text = Self.lesson().replacingOccurrences(of: "safety: true", with: "safety: maybe")
        #expect(load(text).problems.contains { $0.message.contains("`safety` should be `true` or `false`") })
    }
}
