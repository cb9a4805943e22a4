import Foundation
import Testing
import TasterTestSupport

/// `docs/lesson.schema.json`, checked by a real JSON Schema validator reading YAML 1.2, and
/// `taster lint` give the same verdict: on a table of good and bad files, on every bundled
/// lesson and on every fixture.
@Suite("The schema and lint agree", .ownThread)
struct SchemaAgreementTests {
    static let table = TasterRunner.repository.appendingPathComponent("Tests/Fixtures/schema-agreement")

    /// What each file in the table should get. Files named `lint-only-` break a rule a schema
    /// cannot state (two steps with one id, an answer listed as both right and wrong): the schema
    /// accepts them and lint must not.
    static let expected: [(file: String, lint: Bool, schema: Bool)] = [
        ("good-minimal.yaml", true, true),
        ("good-language-tag.yaml", true, true),
        ("good-quoted-yes.yaml", true, true),
        ("good-secret-limits.yaml", true, true),
        ("bad-accept-a-number.yaml", false, false),
        ("bad-correct-yes.yaml", false, false),
        ("bad-february-30.yaml", false, false),
        ("bad-hints-on-say.yaml", false, false),
        ("bad-kind-misspelt.yaml", false, false),
        ("bad-language-lower-case.yaml", false, false),
        ("bad-min-length-500.yaml", false, false),
        ("bad-min-words-0.yaml", false, false),
        ("bad-minutes-quoted.yaml", false, false),
        ("bad-no-right-option.yaml", false, false),
        ("bad-one-option.yaml", false, false),
        ("bad-question-without-hints.yaml", false, false),
        ("bad-summary-two-lines.yaml", false, false),
        ("bad-title-too-long.yaml", false, false),
        ("bad-unknown-key.yaml", false, false),
        ("bad-wrong-option-without-feedback.yaml", false, false),
        ("lint-only-duplicate-step-ids.yaml", false, true),
        ("lint-only-wrong-answer-accepted.yaml", false, true),
    ]

    /// The schema's verdict on each file: true when valid.
    private func schemaVerdicts(_ paths: [String]) throws -> [String: Bool] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TasterRunner.repository.appendingPathComponent("scripts/schema-check").path] + paths
        let pipe = Pipe()
        let errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(!problem.contains("ModuleNotFoundError"), "The schema check needs python3-yaml and python3-jsonschema: run `make deps`. \(problem)")
        var verdicts: [String: Bool] = [:]
        for line in output.split(separator: "\n") {
            if line.hasSuffix(": ok") { verdicts[String(line.dropLast(4))] = true }
            if let range = line.range(of: ": invalid: ") { verdicts[String(line[..<range.lowerBound])] = false }
        }
        return verdicts
    }

    /// Lint's verdict on each file (true when it has no errors), from one run over them all.
    private func lintVerdicts(_ paths: [String]) throws -> [String: Bool] {
        let result = try TasterRunner.run(["lint"] + paths)
        var verdicts = Dictionary(uniqueKeysWithValues: paths.map { ($0, true) })
        for line in result.output.split(separator: "\n") where line.contains(": error: ") {
            if let path = paths.first(where: { line.hasPrefix($0 + ":") }) { verdicts[path] = false }
        }
        return verdicts
    }

    @Test("each file in the table gets the verdict it should, from lint and from the schema")
    func table() throws {
        let paths = Self.expected.map { Self.table.appendingPathComponent($0.file).path }
        let listed = Set(try FileManager.default.contentsOfDirectory(atPath: Self.table.path).filter { $0.hasSuffix(".yaml") })
        #expect(listed == Set(Self.expected.map(\.file)), "every file in the table folder is in the table")
        let schema = try schemaVerdicts(paths)
        let lint = try lintVerdicts(paths)
        for (file, path) in zip(Self.expected, paths) {
            #expect(schema[path] == file.schema, "schema on \(file.file)")
            #expect(lint[path] == file.lint, "lint on \(file.file)")
        }
    }

    @Test("every bundled lesson, tests file, translation and fixture: lint and the schema both accept it")
    func bundledAndFixtures() throws {
        let folders = ["lessons", "lessons/cy", "lessons/pl", "Tests/Fixtures/lessons"].map { TasterRunner.repository.appendingPathComponent($0).path }
        let paths = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
        }
        #expect(paths.count >= 21)
        let schema = try schemaVerdicts(paths)
        let lint = try lintVerdicts(paths)
        for path in paths {
            #expect(schema[path] == true, "schema on \(path)")
            #expect(lint[path] == true, "lint on \(path)")
            #expect(schema[path] == lint[path])
        }
    }
}
