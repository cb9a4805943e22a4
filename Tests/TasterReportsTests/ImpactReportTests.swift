import Foundation
import TasterLessons
import TasterReports
import TasterStore
import TasterTestSupport
import Testing

@Suite("Impact report", .ownThread)
struct ImpactReportTests {
    static let day = Date(timeIntervalSince1970: 1_793_000_000) // 2026-10-26

    static let data = ImpactData(
        since: nil, until: nil,
        sessions: [
            .init(name: "Tuesday taster, \"drop-in\"", startedAt: day.addingTimeInterval(7 * 86_400), endedAt: day.addingTimeInterval(7 * 86_400 + 5_400), learnerCount: 4),
            .init(name: "=SUM(A1) group 2", startedAt: day, endedAt: day.addingTimeInterval(3_600), learnerCount: 3),
            .init(name: "Catch-up with maple-river-otter-42", startedAt: day.addingTimeInterval(86_400), endedAt: nil, learnerCount: 1),
        ],
        learnerCount: 6,
        lessons: [
            .init(lessonID: "sample-lesson", started: 5, completed: 3, hintsUsed: 7),
            .init(lessonID: "retired-lesson", started: 2, completed: 1, hintsUsed: 0),
        ],
        confidenceBefore: [1, 2, 3, 0, 0],
        confidenceAfter: [0, 0, 2, 3, 1])

    let report = ImpactReport(data, period: ReportPeriod(since: CalendarDate(year: 2026, month: 10, day: 1), until: CalendarDate(year: 2026, month: 11, day: 30)), library: [SampleLesson.lesson])

    @Test("totals, areas and lessons are counted, unknown lessons under other")
    func counts() {
        #expect(report.sessionsHeld == 3)
        #expect(report.learners == 6)
        #expect(report.lessonsStarted == 7)
        #expect(report.lessonsCompleted == 4)
        #expect(report.hintsUsed == 7)
        #expect(report.areas.map(\.area) == ["transacting", "other"])
        #expect(report.areas.first?.started == 5)
        #expect(report.areas.last?.name == ImpactReport.otherAreaName)
        #expect(report.lessons.map(\.title) == ["Forms & <boxes>", "retired-lesson"])
        #expect(report.areasCovered == 1)
        #expect(report.sessions.map(\.day) == ["2026-10-26", "2026-10-27", "2026-11-02"])
        #expect(report.sessions.map(\.minutes) == [60, nil, 90])
    }

    @Test("confidence averages and their change", arguments: [
        ([1, 2, 3, 0, 0], [0, 0, 2, 3, 1], 2.33, 3.83, 1.5),
        ([0, 0, 0, 0, 4], [0, 0, 0, 0, 2], 5.0, 5.0, 0.0),
        ([2, 0, 0, 0, 0], [0, 0, 0, 0, 0], 1.0, nil, nil),
    ] as [([Int], [Int], Double?, Double?, Double?)])
    func confidence(before: [Int], after: [Int], averageBefore: Double?, averageAfter: Double?, change: Double?) {
        var data = Self.data
        data.confidenceBefore = before
        data.confidenceAfter = after
        let report = ImpactReport(data, period: ReportPeriod(), library: [])
        #expect(report.confidenceBefore.average == averageBefore)
        #expect(report.confidenceAfter.average == averageAfter)
        #expect(report.averageChange == change)
    }

    @Test("the change compares the same people when any answered both, else everyone, and says which and how many", arguments: [
        // Start 1, 2, 3 and 4 (2.50); leaving 2, 4 and 5 (3.67); paired (1, 2) and (3, 5): 2.00 to 3.50.
        ([ConfidencePair(before: 1, after: 2, count: 1), ConfidencePair(before: 3, after: 5, count: 1)], 2, 2.0, 3.5, 1.5, ImpactReport.ChangeBasis.samePeople),
        ([ConfidencePair(before: 4, after: 4, count: 3)], 3, 4.0, 4.0, 0.0, .samePeople),
        ([], 0, nil, nil, 1.17, .everyone),
    ] as [([ConfidencePair], Int, Double?, Double?, Double?, ImpactReport.ChangeBasis?)])
    func samePeople(pairs: [ConfidencePair], people: Int, before: Double?, after: Double?, change: Double?, basis: ImpactReport.ChangeBasis?) throws {
        var data = Self.data
        data.confidenceBefore = [1, 1, 1, 1, 0]
        data.confidenceAfter = [0, 1, 0, 1, 1]
        data.confidencePairs = pairs
        let report = ImpactReport(data, period: ReportPeriod(), library: [])
        #expect(report.confidenceSamePeople.people == people)
        #expect(report.confidenceSamePeople.averageBefore == before && report.confidenceSamePeople.averageAfter == after)
        #expect(report.averageChange == change && report.averageChangeBasis == basis)
        let text = try report.rendered(as: .text)
        let csv = try report.rendered(as: .csv)
        if basis == .samePeople {
            let learners = people == 1 ? "1 learner" : "\(people) learners"
            #expect(text.contains("The same people: \(learners) answered both"))
            #expect(text.contains("for the \(learners) who answered both"))
            #expect(csv.contains("confidence,same people,answered both,people,\(people)\r\n"))
            #expect(csv.contains("confidence,change,same people,people,\(people)\r\n"))
        } else {
            #expect(text.contains("The same people: nobody answered both in one session"))
            #expect(text.contains("Average change: +1.17, comparing everyone who answered (not the same people)"))
            #expect(text.contains("they need not be the same people"))
            #expect(csv.contains("confidence,change,all,people,\r\n"))
        }
        let decoded = try JSONDecoder().decode(ImpactReport.self, from: Data(try report.rendered(as: .json).utf8))
        #expect(decoded == report)
    }

    @Test("short or missing confidence counts are read as zero")
    func shortCounts() {
        let summary = ConfidenceSummary(counts: [0, 1])
        #expect(summary.counts == [0, 1, 0, 0, 0])
        #expect(summary.answers == 1)
        #expect(summary.average == 2)
        #expect(ConfidenceSummary(counts: []).average == nil)
    }

    @Test("no format carries a learner code, even one typed into a session's name", arguments: ImpactReport.Format.allCases)
    func noCodes(format: ImpactReport.Format) throws {
        let rendered = try report.rendered(as: format)
        #expect(!rendered.contains("maple-river-otter-42"))
        #expect(!rendered.contains("otter"))
        #expect(!LearnerCodeScrubber.containsCodeShape(rendered) || !Self.containsRealCode(rendered))
        #expect(rendered.contains(LearnerCodeScrubber.replacement))
    }

    /// Whether any code-shaped run in `text` reads as a real learner code.
    static func containsRealCode(_ text: String) -> Bool {
        let expression = try! NSRegularExpression(pattern: "[A-Za-z]+[-_. ]+[A-Za-z]+[-_. ]+[A-Za-z]+[-_. ]*[0-9]{1,2}(?![0-9])")
        let matches = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        return matches.contains { LearnerCode((text as NSString).substring(with: $0.range)) != nil }
    }

    @Test("names that are not codes are left alone")
    func scrubKeepsOrdinaryNames() {
        #expect(LearnerCodeScrubber.scrub("Tuesday taster group 2") == "Tuesday taster group 2")
        #expect(LearnerCodeScrubber.scrub("with Maple River Otter 42!") == "with \(LearnerCodeScrubber.replacement)!")
    }

    @Test("the text report says each figure in words")
    func text() throws {
        let text = try report.rendered(as: .text)
        for expected in [
            "Impact report: 1 October 2026 to 30 November 2026", "Sessions held: 3", "Learners: 6",
            "Forms & <boxes> (sample-lesson): started 5, completed 3, hints 7",
            "Buying and filling in forms: started 5, completed 3, hints 7",
            "At the start: 6 answers, average 2.3", "When leaving: 6 answers, average 3.8", "Average change: +1.5",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
    }

    @Test("the CSV is one RFC 4180 table with a header, quoted fields and CRLF line ends")
    func csv() throws {
        let csv = try report.rendered(as: .csv)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "section,item,label,measure,value")
        #expect(lines.last == "")
        #expect(csv.contains("session,\"Tuesday taster, \"\"drop-in\"\"\",2026-11-02,learners,4\r\n"))
        #expect(csv.contains("session,'=SUM(A1) group 2,2026-10-26,learners,3\r\n"))
        #expect(csv.contains("lesson,sample-lesson,Forms & <boxes>,started,5\r\n"))
        #expect(csv.contains("area,other,Other (not in the library now),started,2\r\n"))
        #expect(csv.contains("confidence,change,after minus before,average,1.50\r\n"))
        for line in lines.dropLast() {
            #expect(Self.fieldCount(line) == 5, "row has the wrong number of fields: \(line)")
        }
    }

    @Test("CSV fields are quoted only when they must be", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""), (" padded", "\" padded\""),
    ])
    func csvField(text: String, written: String) {
        #expect(CSVTable.field(text) == written)
    }

    @Test("the JSON report reads back with the same figures")
    func json() throws {
        let json = try report.rendered(as: .json)
        let decoded = try JSONDecoder().decode(ImpactReport.self, from: Data(json.utf8))
        #expect(decoded == report)
        #expect(json.contains("\"averageChange\" : 1.5"))
    }

    @Test("the HTML report has inline SVG charts, escaped labels, no scripts and A4 print styles")
    func html() throws {
        let html = try report.rendered(as: .html)
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.contains("Forms &amp; &lt;boxes&gt;"))
        #expect(!html.contains("<boxes>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("https://"))
        #expect(html.contains("size: A4"))
    }

    @Test("dates are read as whole days and checked", arguments: [
        ("2026-11-01", "2026-11-30", true), ("2026-13-01", nil, false), ("yesterday", nil, false),
        ("2026-11-30", "2026-11-01", false), (nil, "2026-02-29", false), (nil, "2024-02-29", true),
    ] as [(String?, String?, Bool)])
    func period(since: String?, until: String?, valid: Bool) {
        #expect(((try? ReportPeriod.parse(since: since, until: until)) != nil) == valid)
    }

    @Test("a bad date's message quotes it and shows the form to use")
    func periodMessage() {
        #expect(throws: ReportPeriodError.notADate(option: "--since", text: "1/11/2026")) {
            try ReportPeriod.parse(since: "1/11/2026", until: nil)
        }
        #expect(ReportPeriodError.notADate(option: "--since", text: "1/11/2026").message.contains("\"1/11/2026\""))
    }

    @Test("--until includes its whole day")
    func periodBounds() throws {
        let period = try ReportPeriod.parse(since: "2026-11-01", until: "2026-11-30")
        let start = try #require(period.start)
        let end = try #require(period.end)
        #expect(end.timeIntervalSince(start) == 30 * 86_400)
        #expect(CalendarDate(start).description == "2026-11-01")
        #expect(CalendarDate(end).description == "2026-12-01")
    }

    /// Counts the fields of an RFC 4180 row.
    static func fieldCount(_ line: String) -> Int {
        var count = 1
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == ",", !quoted { count += 1 }
        }
        return count
    }

    @Test("one rounding rule in every format: averages 2.25 and 3.5 and a change of +1.25, and answers shown apart from hints")
    func oneRoundingRule() throws {
        // Before: ratings 1, 2, 3, 3 (average 2.25). After: 3, 4 (average 3.5).
        let data = ImpactData(
            since: nil, until: nil, sessions: [], learnerCount: 4,
            lessons: [.init(lessonID: "sample-lesson", started: 4, completed: 2, hintsUsed: 5, solutionsShown: 2)],
            confidenceBefore: [1, 1, 2, 0, 0], confidenceAfter: [0, 0, 1, 1, 0])
        let report = ImpactReport(data, period: ReportPeriod(since: nil, until: nil), library: [SampleLesson.lesson])
        #expect(report.averageChange == 1.25)
        #expect(report.hintsUsed == 5 && report.solutionsShown == 2)
        let text = try report.rendered(as: .text)
        #expect(text.contains("average 2.25") && text.contains("average 3.50") && text.contains("Average change: +1.25"))
        #expect(text.contains("Answers shown: 2") && text.contains("Hints used: 5"))
        #expect(text.contains(ImpactReport.definitions[1]))
        let html = try report.rendered(as: .html)
        #expect(html.contains(">2.25<") && html.contains(">3.50<") && html.contains(">+1.25, comparing everyone who answered (not the same people)<"))
        #expect(html.contains("Answers shown"))
        let csv = try report.rendered(as: .csv)
        #expect(csv.contains("average,2.25") && csv.contains("average,3.50") && csv.contains("average,1.25"))
        #expect(csv.contains("answers shown,2"))
        let json = try report.rendered(as: .json)
        #expect(json.contains("\"averageChange\" : 1.25") || json.contains("\"averageChange\":1.25"))
        #expect(json.contains("\"solutionsShown\""))
    }
}
