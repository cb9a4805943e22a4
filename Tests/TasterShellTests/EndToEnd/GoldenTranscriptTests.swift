import Foundation
import Testing
import TasterTestSupport

/// Golden transcripts: a lesson previewed in plain mode with a fixed script of piped answers
/// must print exactly what is in `Tests/Fixtures/transcripts/NAME.txt`.
///
/// The runs are deterministic: `--plain`, `NO_COLOR=1`, `LANG=C.UTF-8`, a fixed environment,
/// and output to a file rather than a terminal, so text is wrapped to the 80-column fallback of
/// `TerminalSize` (COLUMNS is not consulted). Piped answers are not echoed, so a transcript holds
/// taster's words only; the answers are listed in `scripts` below.
///
/// When wording changes on purpose, re-record instead of editing by hand: run
/// `scripts/record-transcripts`, or `TASTER_RECORD_TRANSCRIPTS=1 swift test --filter GoldenTranscriptTests`,
/// then read the changes with `git diff Tests/Fixtures/transcripts` before committing them.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct GoldenTranscriptTests {
    /// One recorded run: a lesson file and the lines typed into it.
    struct Script: Sendable, CustomTestStringConvertible {
        /// The transcript's file name, without `.txt`.
        var name: String
        /// The lesson file, relative to the repository.
        var lesson: String
        /// The lines typed, in order.
        var inputs: [String]

        /// The name, shown in test results.
        var testDescription: String { name }
    }

    /// The recorded runs: every kind of step, and two real lessons.
    static let scripts: [Script] = [
        Script(name: "every-kind", lesson: "Tests/Fixtures/lessons/every-kind.yaml", inputs: [
            // say: the help list, then on
            "help", "",
            // choice: wrong, three hints (the last is the answer), where am I, right by letter
            "2", "hint", "hint", "hint", "progress", "a",
            // answer: a listed wrong answer, then a forgiven typo
            "subject", "attachmnt",
            // number: a listed wrong amount, words, an unlisted wrong amount, right
            "£2,150", "two hundred", "£12.50", "£250.00",
            // type: a typing slip (the caret), a hint, then exact
            "www.exampel.org", "hint", "www.example.org",
            // secret: an empty line, a common password, then a good passphrase
            "", "password", "kettle meadow lantern violin",
            // order: all wrong, the step again, then right
            "1 2 3", "repeat", "2 3 1",
        ]),
        Script(name: "monthly-budget", lesson: "lessons/monthly-budget.yaml", inputs: [
            "", "",
            "4", "52",
            "1200", "hint", "£1,300",
            "",
            "1130", "1195",
            "-105", "105",
            "a", "2",
            "essentials", "priority bils",
            "",
            "12.50", "skip",
            "3 1 2", "2 3 1",
            "",
        ]),
        Script(name: "reading-web-addresses", lesson: "lessons/reading-web-addresses.yaml", inputs: [
            "", "",
            "www,example.org", "www.example.org",
            "example.com", "hint", "example.org",
            "co.uk", "2",
            "",
            "b", "1",
            "",
            "2", "hint", "hint", "1",
            "account-check.example.org", "example.org",
            "4 2 3 1",
            "",
        ]),
    ]

    /// Whether to write the transcripts instead of comparing (`TASTER_RECORD_TRANSCRIPTS=1`).
    static var recording: Bool {
        ProcessInfo.processInfo.environment["TASTER_RECORD_TRANSCRIPTS"] == "1"
    }

    @Test(arguments: scripts)
    func transcriptMatches(_ script: Script) throws {
        let run = try TasterRunner.run(
            ["preview", script.lesson, "--plain"],
            input: script.inputs.joined(separator: "\n") + "\n",
            environment: ["NO_COLOR": "1"])
        #expect(!run.timedOut, "The preview did not finish: the script may be too short for the lesson.")
        #expect(run.status == 0)
        // The fixture lesson gives most questions one hint on purpose, and preview passes on lint's
        // warning about that; anything else on standard error is a fault.
        let unexpected = run.error.split(separator: "\n").filter { !($0.contains(": warning: ") && $0.contains(" has 1 hint; ")) }
        #expect(unexpected.isEmpty, "The preview wrote to standard error:\n\(run.error)")
        #expect(run.output.contains("Well done: you have finished this lesson!"),
                "The script should reach the end of the lesson:\n\(run.output.suffix(600))")

        let file = TasterProgram.repository.appendingPathComponent("Tests/Fixtures/transcripts/\(script.name).txt")
        if Self.recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(run.output.utf8).write(to: file)
            return
        }
        let expected = try #require(
            try? String(contentsOf: file, encoding: .utf8),
            "No transcript at \(file.path). Record it with scripts/record-transcripts.")
        if let difference = TranscriptDiff.describe(expected: expected, actual: run.output) {
            Issue.record("""
                The preview of \(script.lesson) no longer matches Tests/Fixtures/transcripts/\(script.name).txt. \
                If the change is intended, re-record with scripts/record-transcripts.
                \(difference)
                """)
        }
    }

    @Test func theDiffShowsChangedLinesWithContext() {
        let expected = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight"
        let actual = "one\ntwo\nTHREE\nfour\nfive\nsix\nseven\neight\nnine"
        let difference = TranscriptDiff.describe(expected: expected, actual: actual, context: 1)
        #expect(difference == """
            --- expected
            +++ actual
            @@ -2,3 +2,3 @@
             two
            -three
            +THREE
             four
            @@ -8,1 +8,2 @@
             eight
            +nine
            """)
        #expect(TranscriptDiff.describe(expected: expected, actual: expected) == nil)
    }
}
