import Foundation
import TasterLessons
import TasterTestSupport
#if !TASTER_FUZZ_HARNESS
import Testing
#endif

// This file is compiled twice: here as tests, and into the fuzzing package in Fuzz/ (which links
// to it, with TASTER_FUZZ_HARNESS set so the tests are left out) as the properties its fuzzers
// check. So an input a fuzzer once failed on, kept under Tests/Fixtures/fuzz-regressions, is
// checked here in exactly the way the fuzzer checked it.

/// The properties the fuzzers check. Each function takes one fuzzer input and returns every
/// property it breaks, in words; an empty list means all is well.
public enum FuzzProperties {
    /// The name the fuzzed bytes are loaded under.
    static let path = "fuzz.yaml"
    /// The day the content rules run on, fixed so that a verdict never depends on the clock.
    static let today = CalendarDate(year: 2026, month: 11, day: 30)

    // MARK: The lesson loader

    /// What goes wrong when `bytes` are loaded as a lesson file, then validated and linted: a
    /// load must give a lesson or at least one error, and no message may carry a control character.
    public static func lessonLoaderViolations(_ bytes: [UInt8]) -> [String] {
        let result = LessonLoader().load(bytes: bytes, path: path)
        let lineBreaks = bytes.count(where: { $0 == 0x0A || $0 == 0x0D })
        var violations = problemViolations(result.problems, from: "the loader", lineBreaks: lineBreaks)
        let hasError = result.problems.contains { $0.severity == .error }
        guard let lesson = result.lesson else {
            if !hasError { violations.append("no lesson was loaded, yet no error says why") }
            return violations
        }
        if hasError { violations.append("a lesson was loaded although the loader reported an error") }
        violations += problemViolations(LessonValidator.check(lesson), from: "the validator", lineBreaks: lineBreaks)
        violations += problemViolations(ContentRules.check(lesson, lists: .builtIn, today: today), from: "the content rules", lineBreaks: lineBreaks)
        return violations
    }

    /// What is wrong with a list of problems: a message that is empty or carries a control
    /// character, a path that is not the one given, or a place outside the file.
    static func problemViolations(_ problems: [LessonProblem], from source: String, lineBreaks: Int) -> [String] {
        problems.compactMap { problem in
            let quoted = SafeText.quote(problem.message, limit: 160)
            if let control = controlCharacter(in: problem.message) {
                return "\(source) wrote a message with the control character U+\(String(control.value, radix: 16, uppercase: true)): \(quoted)"
            }
            if problem.message.trimmingCharacters(in: .whitespaces).isEmpty {
                return "\(source) reported a problem with no message"
            }
            if problem.path != path {
                return "\(source) named the file \(SafeText.quote(problem.path)) instead of \(path): \(quoted)"
            }
            // libyaml may point one line past the last line break, at the end of the file.
            if !(1...(lineBreaks + 2)).contains(problem.location.line) || problem.location.column < 1 {
                return "\(source) placed a problem at \(problem.location), outside a file of \(lineBreaks + 1) lines: \(quoted)"
            }
            return nil
        }
    }

    /// The first character of `text` that a terminal could act on: C0 controls (new line and tab
    /// included, since a message is one line), DEL and C1 controls.
    static func controlCharacter(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F: true
            default: false
            }
        }
    }

    // MARK: The answer checker

    /// The steps a fuzzed line is checked against: at least one of every kind, with the options
    /// each kind has. An input's first byte picks one.
    public static let checkerSteps: [Step] = [
        Step(text: "Read this, then press Enter.", kind: .say),
        Step(text: "Which sign shows a private connection?", kind: .choice(ChoiceQuestion(options: [
            ChoiceOption(text: "A padlock by the address", correct: true, feedback: "Yes: the connection is private."),
            ChoiceOption(text: "A flashing banner", feedback: "A banner can say anything."),
            ChoiceOption(text: "A prize message", feedback: "A prize out of the blue is a warning sign."),
        ]))),
        Step(text: "Pick both good habits.", kind: .choice(ChoiceQuestion(options: [
            ChoiceOption(text: "Lock the screen", correct: true),
            ChoiceOption(text: "Share your password", feedback: "Never share it."),
            ChoiceOption(text: "Use three random words", correct: true),
            ChoiceOption(text: "Write it on a note"),
        ], pick: .all))),
        Step(text: "Pick any one safe place to check.", kind: .choice(ChoiceQuestion(options: (1...9).map { number in
            ChoiceOption(text: "Place number \(number)", correct: number % 3 == 0, feedback: number == 1 ? "Not that one." : nil)
        }, pick: .any))),
        Step(text: "What do you see by a private web address?", kind: .answer(TextQuestion(
            accept: ["padlock", "a padlock", "the lock icon"],
            patterns: ["(a |the )?(pad)?lock( icon| symbol)?", "[0-9]+ ?locks?"],
            wrong: [KnownWrongAnswer(answer: "key", feedback: "Close: it looks like a lock, not a key.")]))),
        Step(text: "How does a government address end?", kind: .answer(TextQuestion(accept: ["gov.uk"], forgiveTypos: false))),
        Step(text: "How much is left?", kind: .number(NumberQuestion(
            value: 1234.5, tolerance: 0.005,
            wrong: [KnownWrongNumber(value: 123.45, feedback: "Check where the point goes.")], unit: .pounds))),
        Step(text: "What is the APR?", kind: .number(NumberQuestion(value: 19.9, tolerance: 0.05, unit: .percent))),
        Step(text: "How far below zero?", kind: .number(NumberQuestion(value: -3, unit: .plain))),
        Step(text: "Type this address.", kind: .type(TypingDrill(target: "www.example.org/help"))),
        Step(text: "Type this line.", kind: .type(TypingDrill(target: "Café £5 – “ok”"))),
        Step(text: "Make up a practice passphrase.", kind: .secret(SecretPractice())),
        Step(text: "Make up a short practice passphrase.", kind: .secret(SecretPractice(minLength: 8, minWords: 2))),
        Step(text: "Put these in order.", kind: .order(OrderQuestion(items: ["Open the browser", "Type the address", "Press Enter"]))),
        Step(text: "Put all nine in order.", kind: .order(OrderQuestion(items: (1...9).map { "Task \($0)" }))),
    ]

    /// The step an input picks and the line it types: the first byte picks, the rest is the line
    /// (invalid UTF-8 is repaired, as a terminal would hand it over). Nil for an empty input.
    public static func stepAndLine(_ bytes: [UInt8]) -> (step: Step, line: String)? {
        guard let first = bytes.first else { return nil }
        return (checkerSteps[Int(first) % checkerSteps.count], String(decoding: bytes.dropFirst(), as: UTF8.self))
    }

    /// What goes wrong when the typed line is checked against the step: the verdict must be
    /// consistent, and a secret step's verdict must never repeat what was typed.
    public static func answerCheckerViolations(_ bytes: [UInt8]) -> [String] {
        guard let (step, line) = stepAndLine(bytes) else { return [] }
        let verdict = AnswerChecker.check(line, against: step)
        var violations: [String] = []
        switch (step.kind, verdict) {
        case (.say, let verdict) where !verdict.isCorrect:
            violations.append("a say step did not accept the line")
        case (.choice(let question), .correct(_, let spelling?)) where !question.options.contains(where: { $0.text == spelling }):
            violations.append("a choice verdict gave the spelling \(SafeText.quote(spelling)), which is no option")
        case (.answer(let question), .correct(_, let spelling?)) where !question.accept.contains(spelling):
            violations.append("an answer verdict gave the spelling \(SafeText.quote(spelling)), which is not an accepted answer")
        case (.type, .mismatch(_, let typed, let firstDifference)) where !(0...typed.count).contains(firstDifference):
            violations.append("a typing drill put the first difference at \(firstDifference), outside the \(typed.count) characters typed")
        case (_, .mismatch) where !isTypingDrill(step):
            violations.append("a \(step.kind.name) step gave a typing drill's mismatch verdict")
        default:
            break
        }
        if case .secret = step.kind, repeatsSecret(line, in: verdict) {
            violations.append("a secret step's verdict repeats the \(line.count) characters typed")
        }
        return violations + typoDistanceViolations(line)
    }

    /// For a line `typed|expected` (each part at most 40 characters), whether the banded typo
    /// distance that forgives slips agrees with a plain full-table one, for every limit up to 3.
    static func typoDistanceViolations(_ line: String) -> [String] {
        let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 40, parts[1].count <= 40 else { return [] }
        let full = fullTableDistance(Array(parts[0]), Array(parts[1]))
        return (0...3).compactMap { limit in
            let banded = TypoDistance.distance(parts[0], parts[1], limit: limit)
            let expected = full <= limit ? full : nil
            guard banded != expected else { return nil }
            return "the typo distance from \(SafeText.quote(String(parts[0]))) to \(SafeText.quote(String(parts[1]))) "
                + "within \(limit) is \(banded.map(String.init) ?? "over"), but the full table says \(expected.map(String.init) ?? "over")"
        }
    }

    /// Insertions, deletions, substitutions and swaps of neighbours, worked out over the whole
    /// table: slow, plainly right, and the reference the banded version is checked against.
    static func fullTableDistance(_ a: [Character], _ b: [Character]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// Whether the verdict holds the typed line (when it is 4 characters or more), other than
    /// where the line happens to be part of the checker's own fixed wording.
    static func repeatsSecret(_ line: String, in verdict: AnswerVerdict) -> Bool {
        let typed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard typed.count >= 4, words(of: verdict).contains(where: { $0.contains(typed) }) else { return false }
        return !secretStepWording.contains { $0.contains(typed) }
    }

    /// Lines that lead a secret step down each of its paths: empty, common, short, few words,
    /// one word repeated, and strong.
    static let secretProbes = [
        "", "changeme", "qwerty123", "ab", "zq", "abcdefghijklmnopqrstu", "zq zq zq zq",
        "kettle kettle kettle kettle", "kettle meadow", "kettle meadow lantern violin",
    ]

    /// Everything the checker says on secret steps for the probes, and their solutions: fixed
    /// text, which may contain a line typed without that being an echo.
    static let secretStepWording: [String] = checkerSteps.flatMap { step -> [String] in
        guard case .secret = step.kind else { return [] }
        return secretProbes.flatMap { words(of: AnswerChecker.check($0, against: step)) } + [AnswerChecker.solution(for: step).map { String(describing: $0) } ?? ""]
    }

    /// Every text a verdict carries.
    static func words(of verdict: AnswerVerdict) -> [String] {
        switch verdict {
        case .correct(let feedback, let spelling): (feedback.map(texts(of:)) ?? []) + [spelling].compactMap { $0 }
        case .incorrect(let feedback): texts(of: feedback)
        case .mismatch(let expected, let typed, _): [expected, typed]
        case .unreadable(let advice): texts(of: advice)
        }
    }

    /// The author's texts in `feedback`, and each of taster's own messages as the facts it
    /// carries (its words come from a catalogue, fixed text with only those facts put in).
    static func texts(of feedback: Feedback) -> [String] {
        feedback.parts.map { part in
            switch part {
            case .authored(let text): text
            case .checking(let message): String(describing: message)
            }
        }
    }

    private static func isTypingDrill(_ step: Step) -> Bool {
        if case .type = step.kind { return true }
        return false
    }
}

#if !TASTER_FUZZ_HARNESS
/// Inputs the fuzzers once failed on, and the inputs they start from, checked as the fuzzers check them.
@Suite("Fuzz regressions", .ownThread)
struct FuzzRegressionTests {
    /// `Tests/Fixtures/fuzz-regressions`, with one folder of saved inputs for each fuzzer.
    static let regressions = FixturePaths.root.appendingPathComponent("fuzz-regressions")

    /// The names of the inputs kept for one fuzzer.
    static func inputs(of fuzzer: String) -> [String] {
        let folder = regressions.appendingPathComponent(fuzzer).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The bytes of one kept input.
    static func bytes(of fuzzer: String, _ name: String) throws -> [UInt8] {
        let url = regressions.appendingPathComponent(fuzzer).appendingPathComponent(name)
        return Array(try Data(contentsOf: url))
    }

    /// The bundled lessons and the fixture lessons: the loader fuzzer's seeds.
    static let seedLessons: [String] = {
        let repository = FixturePaths.root.deletingLastPathComponent().deletingLastPathComponent()
        let folders = [repository.appendingPathComponent("lessons"), FixturePaths.root.appendingPathComponent("lessons")]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".tests.yaml") }
                .map { folder.appendingPathComponent($0).path }
        }.sorted()
    }()

    @Test("a lesson loader input once found by the fuzzer breaks no property", arguments: inputs(of: "lesson-loader"))
    func lessonLoaderRegression(name: String) throws {
        #expect(FuzzProperties.lessonLoaderViolations(try Self.bytes(of: "lesson-loader", name)) == [])
    }

    @Test("an answer checker input once found by the fuzzer breaks no property", arguments: inputs(of: "answer-checker"))
    func answerCheckerRegression(name: String) throws {
        #expect(FuzzProperties.answerCheckerViolations(try Self.bytes(of: "answer-checker", name)) == [])
    }

    @Test("every seed lesson loads and breaks no loader property", arguments: seedLessons)
    func seedLesson(path: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(LessonLoader().load(bytes: bytes, path: "seed.yaml").lesson != nil)
        #expect(FuzzProperties.lessonLoaderViolations(bytes) == [])
    }

    @Test("there are seed lessons to start the loader fuzzer from")
    func seedLessonsExist() {
        #expect(Self.seedLessons.count >= 5, "\(Self.seedLessons)")
    }

    @Test("the checker's steps cover every kind, and each accepts its own model answer")
    func checkerSteps() {
        let kinds = Set(FuzzProperties.checkerSteps.map(\.kind.name))
        #expect(kinds == Set(StepKind.names))
        #expect(FuzzProperties.checkerSteps.count <= 256, "the first byte of an input must be able to pick every step")
        for step in FuzzProperties.checkerSteps where step.isQuestion {
            let model = AnswerChecker.modelAnswer(for: step)
            #expect(model.map { AnswerChecker.check($0, against: step).isCorrect } == true, "\(step.text): \(String(describing: model))")
        }
    }

    @Test("each step checks typical lines without breaking a property", arguments: [
        "", " ", "1", "b", "1 3", "a and c", "lock the screen, use three random words", "padlock", "padlok", "key",
        "£1,234.50", "1234.5", "19.9%", "-3", "12,50", "www.example.org/help", "Café £5 – “ok”", "3 1 2",
        "kettle meadow lantern violin", "password", "\u{1B}[31m", String(repeating: "a", count: 2_000),
    ])
    func typicalLines(line: String) {
        for index in FuzzProperties.checkerSteps.indices {
            #expect(FuzzProperties.answerCheckerViolations([UInt8(index)] + Array(line.utf8)) == [], "step \(index + 1)")
        }
    }

    @Test("the typo distance agrees with the full table", arguments: [
        "kettle|ketle", "kettle|kettel", "ab|ba", "abc|ca", "padlock|padlokc", "|abc", "abcd|", "a|b",
        "meadow|medaow", "lantern|latnern", "aaaa|aaaaaa", "café|cafe", "xyz|xyz",
    ])
    func typoDistance(pair: String) {
        #expect(FuzzProperties.typoDistanceViolations(pair) == [])
    }

    @Test("the full-table distance counts each kind of slip once")
    func fullTableDistance() {
        #expect(FuzzProperties.fullTableDistance(Array("kettle"), Array("kettle")) == 0)
        #expect(FuzzProperties.fullTableDistance(Array("kettle"), Array("ketle")) == 1)
        #expect(FuzzProperties.fullTableDistance(Array("kettle"), Array("kettel")) == 1)
        #expect(FuzzProperties.fullTableDistance(Array("kettle"), Array("bottle")) == 2)
        #expect(FuzzProperties.fullTableDistance(Array(""), Array("abc")) == 3)
    }

    @Test("a secret step repeats none of the lines used to learn its fixed wording")
    func secretProbesAreNotEchoed() {
        for step in FuzzProperties.checkerSteps {
            guard case .secret = step.kind else { continue }
            for probe in FuzzProperties.secretProbes where probe.count >= 4 {
                let verdict = AnswerChecker.check(probe, against: step)
                #expect(!FuzzProperties.words(of: verdict).contains { $0.contains(probe) }, "\(probe)")
            }
        }
    }

    @Test("the echo check finds a typed line in a verdict, and not in the checker's own words")
    func echoCheck() {
        #expect(FuzzProperties.repeatsSecret("zebra pancake", in: .incorrect(feedback: "You typed zebra pancake.")))
        #expect(!FuzzProperties.repeatsSecret("zebra pancake", in: .incorrect(feedback: .checking(.notStrongEnough))))
        #expect(!FuzzProperties.repeatsSecret("minLength: 12", in: .incorrect(feedback: .checking(.makeItLonger(minLength: 12)))),
                "the checker's own messages, which carry only the step's rules")
        #expect(!FuzzProperties.repeatsSecret("abc", in: .incorrect(feedback: "abc")), "lines under 4 characters are not checked")
    }

    @Test("the message check finds control characters, new lines included", arguments: ["a\u{1B}[2Jb", "two\nlines", "tab\there", "c1 \u{9B} here", "del\u{7F}"])
    func controlCharacters(message: String) {
        #expect(FuzzProperties.controlCharacter(in: message) != nil)
        let problem = LessonProblem(path: FuzzProperties.path, location: .start, message: message)
        #expect(FuzzProperties.problemViolations([problem], from: "a test", lineBreaks: 0).count == 1)
    }

    @Test("the message check passes plain messages, quotes and all")
    func plainMessages() {
        #expect(FuzzProperties.controlCharacter(in: "the key \"tít\\u{1B}le\" appears twice… fix it") == nil)
        let problem = LessonProblem(path: FuzzProperties.path, location: SourceLocation(line: 3, column: 7), message: "fine")
        #expect(FuzzProperties.problemViolations([problem], from: "a test", lineBreaks: 2) == [])
        #expect(FuzzProperties.problemViolations([problem], from: "a test", lineBreaks: 0).count == 1)
    }
}
#endif
