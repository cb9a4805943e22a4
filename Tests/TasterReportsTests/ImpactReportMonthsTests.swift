import Foundation
import TasterLessons
import TasterReports
import TasterStore
import TasterTestSupport
import Testing

/// A long report sums its sessions by month; a short one lists each session, in every format.
@Suite("Impact report: sessions by month in long reports", .ownThread)
struct ImpactReportMonthsTests {
    /// 2026-09-30 12:00 UTC.
    static let lateSeptember = Date(timeIntervalSince1970: 1_790_769_600)

    /// Sessions on 30 September, then 1 and 15 October (one an hour and one 90 minutes, with 3
    /// and 4 learners), then 2 November, still open.
    static let data = ImpactData(
        since: nil, until: nil,
        sessions: [
            .init(name: "Tuesday taster", startedAt: lateSeptember, endedAt: lateSeptember.addingTimeInterval(1_800), learnerCount: 2),
            .init(name: "October drop-in", startedAt: lateSeptember.addingTimeInterval(86_400), endedAt: lateSeptember.addingTimeInterval(86_400 + 3_600), learnerCount: 3),
            .init(name: "Mid-October drop-in", startedAt: lateSeptember.addingTimeInterval(15 * 86_400), endedAt: lateSeptember.addingTimeInterval(15 * 86_400 + 5_400), learnerCount: 4),
            .init(name: "November taster", startedAt: lateSeptember.addingTimeInterval(33 * 86_400), endedAt: nil, learnerCount: 1),
        ],
        learnerCount: 8, lessons: [.init(lessonID: "sample-lesson", started: 5, completed: 3, hintsUsed: 2)],
        confidenceBefore: [0, 1, 1, 0, 0], confidenceAfter: [0, 0, 1, 1, 0])

    static let sessionNames = ["Tuesday taster", "October drop-in", "Mid-October drop-in", "November taster"]

    @Test("which periods list each session", arguments: [
        (nil, nil, false), ("2026-01-01", nil, false), (nil, "2026-11-30", false),
        ("2026-01-01", "2026-04-02", true), ("2026-01-01", "2026-04-03", false), ("2026-11-01", "2026-11-30", true),
    ] as [(String?, String?, Bool)])
    func listed(since: String?, until: String?, lists: Bool) throws {
        let period = try ReportPeriod.parse(since: since, until: until)
        #expect(ImpactReport.listsEachSession(period) == lists)
        let report = ImpactReport(Self.data, period: period, library: [SampleLesson.lesson])
        #expect(report.sessions.isEmpty == !lists)
        #expect((report.sessionMonths == nil) == lists)
        #expect(report.sessionsHeld == 4, "the total counts every session either way")
    }

    @Test("an all-time report sums sessions, learners, minutes and open sessions by month")
    func sums() throws {
        let report = ImpactReport(Self.data, period: ReportPeriod(), library: [SampleLesson.lesson])
        let months = try #require(report.sessionMonths)
        #expect(months.map(\.month) == ["2026-09", "2026-10", "2026-11"])
        #expect(months.map(\.name) == ["September 2026", "October 2026", "November 2026"])
        #expect(months.map(\.sessions) == [1, 2, 1])
        #expect(months.map(\.learners) == [2, 7, 1])
        #expect(months.map(\.minutes) == [30, 150, 0])
        #expect(months.map(\.stillOpen) == [0, 0, 1])
        #expect(report.sessions.isEmpty)
    }

    @Test("every format shows the months of a long report, and no session by name", arguments: ImpactReport.Format.allCases)
    func longFormats(format: ImpactReport.Format) throws {
        let report = ImpactReport(Self.data, period: ReportPeriod(), library: [SampleLesson.lesson])
        let rendered = try report.rendered(as: format)
        for name in Self.sessionNames { #expect(!rendered.contains(name), "\(format) lists \(name)") }
        switch format {
        case .text:
            #expect(rendered.contains("Sessions by month:"))
            #expect(rendered.contains("  October 2026: 2 sessions, 7 learners, 150 minutes"))
            #expect(rendered.contains("  November 2026: 1 session (1 still open), 1 learner, 0 minutes"))
            #expect(rendered.contains(ImpactReport.monthsNote))
        case .csv:
            #expect(rendered.contains("month,2026-10,October 2026,sessions,2\r\n"))
            #expect(rendered.contains("month,2026-10,October 2026,learners,7\r\n"))
            #expect(rendered.contains("month,2026-10,October 2026,minutes,150\r\n"))
            #expect(rendered.contains("month,2026-11,November 2026,still open,1\r\n"))
            #expect(!rendered.contains("\r\nsession,"))
        case .json:
            let decoded = try JSONDecoder().decode(ImpactReport.self, from: Data(rendered.utf8))
            #expect(decoded == report)
            #expect(decoded.sessionMonths?.map(\.sessions) == [1, 2, 1])
        case .html:
            #expect(rendered.contains("<h2>Sessions by month</h2>"))
            #expect(rendered.contains("<tr><td>October 2026</td><td class=\"number\">2</td><td class=\"number\">7</td><td class=\"number\">150</td><td class=\"number\">0</td></tr>"))
        }
    }

    @Test("every format lists each session of a short report, and no months", arguments: ImpactReport.Format.allCases)
    func shortFormats(format: ImpactReport.Format) throws {
        let period = try ReportPeriod.parse(since: "2026-09-01", until: "2026-11-30")
        let report = ImpactReport(Self.data, period: period, library: [SampleLesson.lesson])
        let rendered = try report.rendered(as: format)
        for name in Self.sessionNames { #expect(rendered.contains(name), "\(format) leaves out \(name)") }
        #expect(!rendered.contains("October 2026:") && !rendered.contains("Sessions by month") && !rendered.contains("2026-10,October 2026"))
        if format == .json { #expect(!rendered.contains("sessionMonths")) }
    }

    @Test("three years of sessions make one row a month, however many sessions there are")
    func threeYears() throws {
        let start = Date(timeIntervalSince1970: 1_700_000_000) // 2023-11-14
        let sessions = (0..<2_000).map { index in
            ImpactData.SessionSummary(
                name: "Session \(index)", startedAt: start.addingTimeInterval(Double(index) * 47_000),
                endedAt: start.addingTimeInterval(Double(index) * 47_000 + 3_600), learnerCount: index % 9)
        }
        let data = ImpactData(since: nil, until: nil, sessions: sessions, learnerCount: 100, lessons: [],
                              confidenceBefore: [0, 0, 0, 0, 0], confidenceAfter: [0, 0, 0, 0, 0])
        let report = ImpactReport(data, period: ReportPeriod(), library: [])
        let months = try #require(report.sessionMonths)
        let distinctMonths = Set(sessions.map { String(CalendarDate($0.startedAt).description.prefix(7)) })
        #expect(months.count == distinctMonths.count)
        #expect(months.reduce(0) { $0 + $1.sessions } == 2_000)
        #expect(months.reduce(0) { $0 + $1.learners } == sessions.reduce(0) { $0 + $1.learnerCount })
        #expect(months.reduce(0) { $0 + $1.minutes } == 2_000 * 60)
        let html = try report.rendered(as: .html)
        let section = try #require(html.components(separatedBy: "<h2>Sessions by month</h2>").last?.components(separatedBy: "</section>").first)
        #expect(section.components(separatedBy: "<tr><td>").count - 1 == months.count, "one row a month")
        #expect(!html.contains("Session 1999"))
    }
}
