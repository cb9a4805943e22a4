import Foundation
import TasterEngine
import TasterLessons
import TasterReports
import TasterShell
import TasterStore
import TasterTestSupport
import Testing

/// A line reader that types a script and, before chosen lines, lets the room act: a volunteer
/// ends the session while a learner is still at a step. The clock moves 20 seconds a prompt.
private final class RoomReader: LineReader {
    /// One thing that happens at the terminal.
    enum Action {
        /// The learner types a line.
        case line(String)
        /// Something happens in the room, then the script goes on (nothing is read).
        case meanwhile(() -> Void)
    }

    private var actions: [Action]
    private let clock: ManualClock

    init(_ actions: [Action], clock: ManualClock) {
        self.actions = actions
        self.clock = clock
    }

    func readLine(prompt: String) -> LineInput {
        clock.advance(seconds: 20)
        while let next = actions.first {
            actions.removeFirst()
            switch next {
            case .line(let text): return .line(text)
            case .meanwhile(let act): act()
            }
        }
        return .endOfInput
    }

    func readSecret(prompt: String) -> LineInput { readLine(prompt: prompt) }
    func setCompletions(_ provider: @escaping (String) -> [String]) {}
    func addToHistory(_ line: String) {}
    func clearHistory() {}
}

/// The hour from the volunteers' issue, replayed: three learners in one session, going back to
/// the menu and reopening a lesson, leaving and coming back to resume, one still in a lesson
/// when the volunteer ends the session, and one forgotten afterwards. Every figure of every
/// report format is checked against numbers worked out by hand below.
///
/// - Ann (new): start answer 2; the scam lesson with a hint and then the answer shown, finished;
///   declines the next lesson, reopens the scam lesson, goes back to the menu, leaves: 4.
/// - Ben (new): skips the start question; the money lesson, a hint at step 2, leaves: 5. Comes
///   back with his code in the same session, carries on from step 2 and finishes (not asked again).
/// - Cat (new): start answer 1; the scam lesson, a wrong answer and a hint at step 2; the volunteer
///   ends the session (55 minutes after it started); Cat finishes and leaves: 3, for that session.
/// - Afterwards Ann asks to be forgotten, and every report reads exactly as before.
///
/// By hand: 1 session of 55 minutes with 3 learners; lessons started 3 (Ann and Cat in the scam
/// lesson, Ben in the money lesson: Ann's reopening and Ben's resuming do not count again);
/// completed 3 (scam 2, money 1); hints 3 (scam 2: Ann's and Cat's; money 1), answers shown 1
/// (Ann's); areas covered 2. Start answers 1 and 2: average 1.50. Leaving answers 4, 5 and 3:
/// average 4.00. Answered both: Ann (2, 4) and Cat (1, 3), so 2 people, averages 1.50 and 3.50,
/// change +2.00 (everyone's would have been +2.50).
@Suite("The hour replayed: every figure in every report format", .serialized, .ownThread)
struct ReplayedHourTests {
    static let lessonFolder = RepositoryFiles.fixture("report-hour").path
    static let library = LessonLibrary.load(paths: [lessonFolder]).library

    /// Plays one learner's visit at a terminal, returning what was on the screen.
    private func visit(_ actions: [RoomReader.Action], harness: CommandHarness, store: ProgressDatabase) -> String {
        var screen: [String] = []
        let context = ShellContext(
            reader: RoomReader(actions, clock: harness.clock), write: { screen.append($0) }, style: OutputStyle(mode: .plain),
            width: { 10_000 }, clock: EngineClock(now: harness.clock.closure))
        _ = LearnerVisit(context: context, library: Self.library, store: store).run()
        return screen.joined(separator: "\n")
    }

    /// The learner code a new learner was shown.
    private func code(in screen: String) throws -> String {
        let words = screen.split(whereSeparator: { $0.isWhitespace || $0 == "│" })
        return try #require(words.lazy.compactMap { LearnerCode(String($0)) }.first).rawValue
    }

    /// The reports as the volunteer prints them, in every format.
    private func reports(_ harness: CommandHarness) throws -> [ImpactReport.Format: String] {
        var reports: [ImpactReport.Format: String] = [:]
        for format in ImpactReport.Format.allCases {
            let run = harness.run([
                "report", "--since", "2025-06-15", "--until", "2025-06-15", "--format", format.rawValue,
                "--lessons", Self.lessonFolder, "--library", "Anytown Library",
            ])
            #expect(run.status == 0, "\(format): \(run.errors)")
            #expect(run.errors.isEmpty, "\(format): \(run.errors)")
            reports[format] = run.output
        }
        return reports
    }

    /// Replays the hour; returns Ann's code.
    private func replay(_ harness: CommandHarness) throws -> String {
        try harness.unlockForScripts()
        let sessionStart = harness.clock.now
        #expect(harness.run(["session", "start", "Tuesday taster"]).status == 0)
        let store = try harness.store()
        defer { try? store.close() }

        let ann = visit(["1", "", "2", "1", "", "hint", "hint", "1", "", "no", "1", "menu", "quit", "4"].map { .line($0) }, harness: harness, store: store)
        #expect(ann.contains("The answer is 1"), "the second hint shows the answer")
        let ben = visit(["1", "", "", "2", "", "hint", "quit", "5"].map { .line($0) }, harness: harness, store: store)
        let benCode = try code(in: ben)
        let benAgain = visit(["2", benCode, "yes", "1", "", "no", "quit"].map { .line($0) }, harness: harness, store: store)
        #expect(benAgain.contains("step 2 of 3"), "Ben resumes where he left")
        #expect(!benAgain.contains("one quick question"), "asked once per session")
        let volunteerEndsTheSession = RoomReader.Action.meanwhile {
            harness.clock.advance(seconds: sessionStart.addingTimeInterval(55 * 60).timeIntervalSince(harness.clock.now))
            #expect(harness.run(["session", "end"]).status == 0)
        }
        let cat = visit(
            ["1", "", "1", "1", "", "2", "hint"].map { .line($0) } + [volunteerEndsTheSession] + ["1", "", "no", "quit", "3"].map { .line($0) },
            harness: harness, store: store)
        #expect(cat.contains("Before you go, one quick question."), "Cat is asked as she leaves, after the session ended")
        #expect(try store.openSession() == nil)
        return try code(in: ann)
    }

    static let expectedText = """
        Impact report, Anytown Library: 15 June 2025 to 15 June 2025
        Sessions held: 1
        Learners: 3
        Lessons started: 3
        Lessons completed: 3
        Hints used: 3
        Answers shown: 1
        Skills areas covered: 2

        Sessions:
          2025-06-15 Tuesday taster, 55 minutes, 3 learners

        By skills area:
          Being safe online: started 2, completed 2, hints 2
          Money: started 1, completed 1, hints 1

        By lesson:
          Spotting a scam message (spot-a-scam): started 2, completed 2, hints 2
          Counting your change (count-your-change): started 1, completed 1, hints 1

        Confidence:
          At the start: 2 answers, average 1.50 (rating 1: 1, rating 2: 1, rating 3: 0, rating 4: 0, rating 5: 0)
          When leaving: 3 answers, average 4.00 (rating 1: 0, rating 2: 0, rating 3: 1, rating 4: 1, rating 5: 1)
          The same people: 2 learners answered both, average 1.50 at the start and 3.50 when leaving
          Average change: +2.00, for the 2 learners who answered both
          Learners rate their confidence from 1 (not confident) to 5 (very confident). The change compares the same people: the 2 learners who answered both as they started and as they left one session, whose two answers are kept together with nothing that says who gave them.

        What the figures mean:
          Learners: different people active in the period, including people who have since asked to be forgotten.
          Lessons started: different learner and lesson pairs; going back to the menu, leaving and coming back, or resuming does not count again.
          Hints used: hints shown; answers shown are counted apart.
          Confidence: each learner is asked once per session as they start and once as they leave, also when they leave after the session has ended; they may skip either.
          Average change: the average when leaving minus the average at the start of the same people, those who answered both in one session, and the report says how many; only when nobody did are everyone's answers compared.
          Averages are rounded to two decimal places in every format, and the change is the later rounded average minus the earlier one.

        """

    static let expectedCSV = [
        "section,item,label,measure,value",
        "summary,library,Anytown Library,name,Anytown Library",
        "summary,period,15 June 2025 to 15 June 2025,since,2025-06-15",
        "summary,period,15 June 2025 to 15 June 2025,until,2025-06-15",
        "summary,all,,sessions held,1",
        "summary,all,,learners,3",
        "summary,all,,lessons started,3",
        "summary,all,,lessons completed,3",
        "summary,all,,hints used,3",
        "summary,all,,answers shown,1",
        "summary,all,,skills areas covered,2",
        "session,Tuesday taster,2025-06-15,learners,3",
        "session,Tuesday taster,2025-06-15,minutes,55",
        "area,being-safe,Being safe online,started,2",
        "area,being-safe,Being safe online,completed,2",
        "area,being-safe,Being safe online,hints used,2",
        "area,money,Money,started,1",
        "area,money,Money,completed,1",
        "area,money,Money,hints used,1",
        "lesson,spot-a-scam,Spotting a scam message,started,2",
        "lesson,spot-a-scam,Spotting a scam message,completed,2",
        "lesson,spot-a-scam,Spotting a scam message,hints used,2",
        "lesson,count-your-change,Counting your change,started,1",
        "lesson,count-your-change,Counting your change,completed,1",
        "lesson,count-your-change,Counting your change,hints used,1",
        "confidence,before,rating 1,answers,1",
        "confidence,before,rating 2,answers,1",
        "confidence,before,rating 3,answers,0",
        "confidence,before,rating 4,answers,0",
        "confidence,before,rating 5,answers,0",
        "confidence,before,all ratings,answers,2",
        "confidence,before,all ratings,average,1.50",
        "confidence,after,rating 1,answers,0",
        "confidence,after,rating 2,answers,0",
        "confidence,after,rating 3,answers,1",
        "confidence,after,rating 4,answers,1",
        "confidence,after,rating 5,answers,1",
        "confidence,after,all ratings,answers,3",
        "confidence,after,all ratings,average,4.00",
        "confidence,same people,answered both,people,2",
        "confidence,same people,at the start,average,1.50",
        "confidence,same people,when leaving,average,3.50",
        "confidence,change,after minus before,average,2.00",
        "confidence,change,same people,people,2",
        "note,change,Learners rate their confidence from 1 (not confident) to 5 (very confident).,says,",
        "note,change,\"The change compares the same people: the 2 learners who answered both as they started and as they left one session, whose two answers are kept together with nothing that says who gave them.\",says,",
        "note,learners,\"Learners: different people active in the period, including people who have since asked to be forgotten.\",says,",
        "note,lessons started,\"Lessons started: different learner and lesson pairs; going back to the menu, leaving and coming back, or resuming does not count again.\",says,",
        "note,hints used,Hints used: hints shown; answers shown are counted apart.,says,",
        "note,confidence,\"Confidence: each learner is asked once per session as they start and once as they leave, also when they leave after the session has ended; they may skip either.\",says,",
        "note,change,\"Average change: the average when leaving minus the average at the start of the same people, those who answered both in one session, and the report says how many; only when nobody did are everyone's answers compared.\",says,",
        "note,rounding,\"Averages are rounded to two decimal places in every format, and the change is the later rounded average minus the earlier one.\",says,",
    ].map { $0 + "\r\n" }.joined() + "\n"

    /// Table rows of the HTML report, cell by cell, as worked out by hand.
    static let expectedHTMLRows = [
        "<tr><td>Sessions held</td><td class=\"number\">1</td></tr>",
        "<tr><td>Learners</td><td class=\"number\">3</td></tr>",
        "<tr><td>Lessons started</td><td class=\"number\">3</td></tr>",
        "<tr><td>Lessons completed</td><td class=\"number\">3</td></tr>",
        "<tr><td>Hints used</td><td class=\"number\">3</td></tr>",
        "<tr><td>Answers shown</td><td class=\"number\">1</td></tr>",
        "<tr><td>Skills areas covered</td><td class=\"number\">2</td></tr>",
        "<tr><td>2025-06-15</td><td>Tuesday taster</td><td class=\"number\">55</td><td class=\"number\">3</td></tr>",
        "<tr><td>Being safe online</td><td class=\"number\">2</td><td class=\"number\">2</td><td class=\"number\">2</td></tr>",
        "<tr><td>Money</td><td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">1</td></tr>",
        "<tr><td>Spotting a scam message</td><td>Being safe online</td><td class=\"number\">2</td><td class=\"number\">2</td><td class=\"number\">2</td></tr>",
        "<tr><td>Counting your change</td><td>Money</td><td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">1</td></tr>",
        "<tr><td>At the start</td><td class=\"number\">2</td><td class=\"number\">1.50</td></tr>",
        "<tr><td>When leaving</td><td class=\"number\">3</td><td class=\"number\">4.00</td></tr>",
        "<tr><td>The same people, at the start</td><td class=\"number\">2</td><td class=\"number\">1.50</td></tr>",
        "<tr><td>The same people, when leaving</td><td class=\"number\">2</td><td class=\"number\">3.50</td></tr>",
        "<tr><td>Average change</td><td class=\"number\"></td><td class=\"number\">+2.00, for the 2 learners who answered both</td></tr>",
    ]

    /// Each chart's bars, as `label: value` in the order drawn.
    static let expectedBars = [
        "Being safe online", "2", "2", "Money", "1", "1",
        "Spotting a scam message", "2", "2", "Counting your change", "1", "1",
        "Rating 1", "1", "0", "Rating 2", "1", "0", "Rating 3", "0", "1", "Rating 4", "0", "1", "Rating 5", "0", "1",
    ]

    private func checkEveryFormat(_ reports: [ImpactReport.Format: String]) throws {
        #expect(reports[.text] == Self.expectedText)
        #expect(reports[.csv] == Self.expectedCSV)

        let html = try #require(reports[.html])
        for row in Self.expectedHTMLRows { #expect(html.contains(row), "missing: \(row)") }
        #expect(html.components(separatedBy: "<tr><td>").count - 1 == Self.expectedHTMLRows.count, "no other rows")
        let drawn = html.matches(of: /<text [^>]*>([^<]*)<\/text>/).map { String($0.output.1) }
            .filter { !["started", "completed", "at the start", "when leaving"].contains($0) }
        #expect(drawn == Self.expectedBars)
        for sentence in ImpactReport.definitions { #expect(html.contains(sentence.replacingOccurrences(of: "'", with: "&#39;")), "\(sentence)") }
        #expect(html.contains("the 2 learners who answered both as they started and as they left one session"))
        #expect(html.contains("<h1>Impact report: Anytown Library</h1>"))

        let json = try #require(reports[.json])
        let report = try JSONDecoder().decode(ImpactReport.self, from: Data(json.utf8))
        #expect(report.libraryName == "Anytown Library" && report.period == "15 June 2025 to 15 June 2025")
        #expect(report.since == "2025-06-15" && report.until == "2025-06-15")
        #expect(report.sessionsHeld == 1 && report.learners == 3 && report.lessonsStarted == 3 && report.lessonsCompleted == 3)
        #expect(report.hintsUsed == 3 && report.solutionsShown == 1 && report.areasCovered == 2)
        #expect(report.sessions.map { [$0.name, $0.day, $0.minutes.map(String.init) ?? "open", "\($0.learners)"] } == [["Tuesday taster", "2025-06-15", "55", "3"]])
        #expect(report.sessionMonths == nil)
        #expect(report.areas.map { [$0.area, "\($0.started)", "\($0.completed)", "\($0.hintsUsed)"] } == [["being-safe", "2", "2", "2"], ["money", "1", "1", "1"]])
        #expect(report.lessons.map { [$0.lessonID, "\($0.started)", "\($0.completed)", "\($0.hintsUsed)", "\($0.solutionsShown)"] }
            == [["spot-a-scam", "2", "2", "2", "1"], ["count-your-change", "1", "1", "1", "0"]])
        #expect(report.confidenceBefore.counts == [1, 1, 0, 0, 0] && report.confidenceBefore.answers == 2 && report.confidenceBefore.average == 1.5)
        #expect(report.confidenceAfter.counts == [0, 0, 1, 1, 1] && report.confidenceAfter.answers == 3 && report.confidenceAfter.average == 4.0)
        #expect(report.confidenceSamePeople.people == 2)
        #expect(report.confidenceSamePeople.averageBefore == 1.5 && report.confidenceSamePeople.averageAfter == 3.5)
        #expect(report.averageChange == 2.0 && report.averageChangeBasis == .samePeople)
        #expect(json.contains("\"averageChangeBasis\" : \"same people\""))
    }

    @Test("every figure of every format is the one worked out by hand, and forgetting Ann changes none of them")
    func theHourReplayed() throws {
        #expect(Self.library.lessons.map(\.id).sorted() == ["count-your-change", "spot-a-scam"])
        let harness = try CommandHarness()
        let ann = try replay(harness)
        let before = try reports(harness)
        try checkEveryFormat(before)

        harness.clock.advance(days: 1)
        let forgotten = harness.run(["learner", "forget", ann], answers: ["yes"])
        #expect(forgotten.status == 0, "\(forgotten.errors)")
        #expect(try harness.store().learner(code: try #require(LearnerCode(ann))) == nil)
        let after = try reports(harness)
        #expect(after == before, "a report printed before Ann was forgotten still matches")
        try checkEveryFormat(after)
    }
}
