import Foundation
import TasterTestSupport
import Testing
@testable import TasterLessons

@Suite("Loading lesson files", .ownThread)
struct LessonLoaderTests {
    let loader = LessonLoader()

    private func load(_ text: String) -> LessonLoadResult {
        loader.load(bytes: Array(text.utf8), path: "x.yaml")
    }

    private func load(bytes: [UInt8]) -> LessonLoadResult {
        loader.load(bytes: bytes, path: "x.yaml")
    }

    static let minimal = """
        id: tiny
        title: Tiny
        summary: A tiny lesson.
        area: money
        minutes: 3
        reviewed: 2026-11-01
        steps:
          - kind: say
            text: Hello
        """

    @Test("the fixture lesson loads with every kind of step and its sidecar tests")
    func fixtureLoads() throws {
        let result = loader.load(fileAt: FixturePaths.lesson("every-kind.yaml"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        let lesson = try #require(result.lesson)
        #expect(lesson.id == "every-kind")
        #expect(lesson.area == .foundation)
        #expect(lesson.reviewed == CalendarDate(year: 2026, month: 11, day: 1))
        #expect(lesson.steps.map(\.kind.name) == ["say", "choice", "answer", "number", "type", "secret", "order"])
        #expect(lesson.tests.count == 3)
        #expect(lesson.tests.last?.sourcePath.hasSuffix("every-kind.tests.yaml") == true)
        #expect(lesson.contentVersion.count == 16)
        #expect(lesson.steps[1].location == SourceLocation(line: 15, column: 5))
        guard case .number(let number) = lesson.steps[3].kind else { Issue.record("not a number step"); return }
        #expect(number.value == 250)
        #expect(number.unit == .pounds)
        #expect(number.wrong.first?.value == 2150)
    }

    @Test("scalars are read as YAML 1.2 reads them: no and on stay text, an unquoted 12 must be quoted")
    func scalarsStayText() throws {
        let text = Self.minimal + """

              - kind: answer
                text: Yes or no?
                accept: [no, "12", on]
                hints: [think]
            """
        let lesson = try #require(load(text).lesson)
        guard case .answer(let question) = lesson.steps[1].kind else { Issue.record("not an answer step"); return }
        #expect(question.accept == ["no", "12", "on"])
        let unquoted = load(text.replacingOccurrences(of: "\"12\"", with: "12"))
        #expect(unquoted.lesson == nil)
        #expect(unquoted.problems.first?.message.contains("YAML reads \"12\" as a number. Put it in quotes") == true)
    }

    @Test("a BOM and CRLF line endings are accepted")
    func bomAndCRLF() throws {
        let crlf = Self.minimal.replacingOccurrences(of: "\n", with: "\r\n")
        let result = load(bytes: [0xEF, 0xBB, 0xBF] + Array(crlf.utf8))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.lesson?.steps.count == 1)
    }

    @Test("the content version changes when the content changes")
    func contentVersion() throws {
        let first = try #require(load(Self.minimal).lesson)
        let second = try #require(load(Self.minimal.replacingOccurrences(of: "Hello", with: "Hello!")).lesson)
        #expect(first.contentVersion != second.contentVersion)
        #expect(first.contentVersion == (try #require(load(Self.minimal).lesson)).contentVersion)
    }

    struct BadCase: Sendable, CustomStringConvertible {
        let name: String
        let bytes: [UInt8]
        let line: Int
        let column: Int?
        let fragment: String
        var description: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "invalid UTF-8", bytes: Array("id: a\ntitle: caf".utf8) + [0xC3, 0x28], line: 2, column: 11, fragment: "not valid UTF-8"),
        BadCase(name: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00], line: 1, column: 1, fragment: "control character"),
        BadCase(name: "NUL byte", bytes: Array("id: a\ntitle: b".utf8) + [0] + Array("c\n".utf8), line: 2, column: 9, fragment: "NUL byte"),
        BadCase(name: "raw escape in a title", bytes: Array("id: a\ntitle: \u{1B}[31mred\n".utf8), line: 2, column: 8, fragment: "ESC, U+001B"),
        BadCase(name: "escape written as a YAML escape", bytes: Array("title: \"\\e[31mred\"\n".utf8), line: 1, column: 8, fragment: "control character (U+1B)"),
        BadCase(name: "alias", bytes: Array("a: [x]\nb: *a\n".utf8), line: 2, column: 4, fragment: "aliases"),
        BadCase(name: "anchor", bytes: Array("a: &x [x]\n".utf8), line: 1, column: 4, fragment: "anchors"),
        BadCase(name: "tag", bytes: Array("id: !!str a\n".utf8), line: 1, column: 5, fragment: "tags"),
        BadCase(name: "two documents", bytes: Array("id: a\n---\nid: b\n".utf8), line: 2, column: 1, fragment: "more than one YAML document"),
        BadCase(name: "repeated key", bytes: Array((minimal + "\ntitle: Again\n").utf8), line: 10, column: 1, fragment: "appears twice"),
        BadCase(name: "path in the id", bytes: Array(minimal.replacingOccurrences(of: "id: tiny", with: "id: ../../x").utf8), line: 1, column: 5, fragment: "lower-case letters"),
        BadCase(name: "unknown key", bytes: Array(minimal.replacingOccurrences(of: "minutes: 3", with: "minutes: 3\nminuets: 4").utf8), line: 6, column: 1, fragment: "did you mean `minutes`"),
        BadCase(name: "bad area", bytes: Array(minimal.replacingOccurrences(of: "area: money", with: "area: cooking").utf8), line: 4, column: 7, fragment: "`area` should be one of"),
        BadCase(name: "bad date", bytes: Array(minimal.replacingOccurrences(of: "2026-11-01", with: "2026-02-30").utf8), line: 6, column: 11, fragment: "February 2026 has only 28 days"),
        BadCase(name: "bad kind", bytes: Array(minimal.replacingOccurrences(of: "kind: say", with: "kind: quiz").utf8), line: 8, column: 11, fragment: "`kind` should be one of"),
        BadCase(name: "broken YAML", bytes: Array("id: [a\n".utf8), line: 2, column: 1, fragment: "not valid YAML"),
        BadCase(name: "empty file", bytes: [], line: 1, column: 1, fragment: "the file is empty"),
        BadCase(name: "right-to-left override in a text", bytes: Array("id: a\ntitle: \u{202E}evil\n".utf8), line: 2, column: 8, fragment: "U+202E, a direction override"),
        BadCase(name: "zero-width space in an id", bytes: Array("id: a\u{200B}b\n".utf8), line: 1, column: 6, fragment: "U+200B, a zero-width space"),
        BadCase(name: "tab used to indent", bytes: Array(minimal.replacingOccurrences(of: "  - kind: say", with: "\t- kind: say").utf8), line: 8, column: 1, fragment: "Replace the tab with spaces"),
        BadCase(name: "not a mapping", bytes: Array("- a\n- b\n".utf8), line: 1, column: 1, fragment: "should be a group"),
    ]

    @Test("malformed files get a located, readable error and no lesson", arguments: badCases)
    func malformed(_ bad: BadCase) throws {
        let result = load(bytes: bad.bytes)
        #expect(result.lesson == nil)
        let problem = try #require(result.problems.first { $0.message.contains(bad.fragment) }, "problems: \(result.problems)")
        #expect(problem.location.line == bad.line)
        if let column = bad.column { #expect(problem.location.column == column) }
        for message in result.problems.map(\.description) {
            #expect(!message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "raw control character in \(message)")
        }
    }

    @Test("every problem in a file is reported at once")
    func everyProblemAtOnce() {
        let text = Self.minimal
            .replacingOccurrences(of: "area: money", with: "area: cooking")
            .replacingOccurrences(of: "minutes: 3", with: "minutes: many")
            .replacingOccurrences(of: "kind: say", with: "kind: say\n    colour: red")
        let messages = load(text).problems.map(\.message)
        #expect(messages.count == 3, "\(messages)")
    }

    @Test("an alias bomb is refused at once, without expanding it")
    func aliasBomb() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        let result = load(lines.joined(separator: "\n"))
        #expect(result.lesson == nil)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.message.contains("anchors") == true)
    }

    @Test("deep nesting is refused")
    func deepNesting() {
        let result = load("a: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000))
        #expect(result.problems.first?.message.contains("nested more than 20 levels") == true)
    }

    @Test("a file over 1 MiB is refused without reading it all, naming its size")
    func largeFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taster-large-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try #require(FileHandle(forWritingAtPath: FileManager.default.createFile(atPath: url.path, contents: nil) ? url.path : ""))
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<30 { handle.write(chunk) }
        try handle.close()
        let result = loader.load(fileAt: url.path)
        #expect(result.problems.first?.message.contains("30.0 MiB") == true)
        #expect(result.problems.first?.location == .start)
    }

    @Test("a very long line inside the limit is read", arguments: [200_000])
    func longLine(length: Int) {
        let text = Self.minimal.replacingOccurrences(of: "text: Hello", with: "text: " + String(repeating: "x", count: length))
        #expect(load(text).problems.contains { $0.message.contains("characters long") })
    }

    @Test("a missing file and a folder give kind errors")
    func missingFile() {
        #expect(loader.load(fileAt: "/no/such/lesson.yaml").problems.first?.message.contains("no such file") == true)
        #expect(loader.load(fileAt: FixturePaths.root.path).problems.first?.message.contains("not an ordinary file") == true)
    }
}
