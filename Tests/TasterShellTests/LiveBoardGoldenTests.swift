import Foundation
import Testing
import TasterStore
import TasterTestSupport
@testable import TasterShell

/// The live view of one fixed room at the widths volunteers' terminals have, plain and in
/// colour, compared with the screens recorded under `Tests/Fixtures/live-board` (re-record
/// with `scripts/record-transcripts`).
@Suite("The live view at every width", .ownThread)
struct LiveBoardGoldenTests {
    static let now = Date(timeIntervalSince1970: 1_750_004_800)  // 16:26:40 UTC
    static let utc = TimeZone(identifier: "UTC")!

    private static func code(_ text: String) -> LearnerCode { LearnerCode(text)! }

    private static func step(_ number: Int, of count: Int, _ title: String, minutes: Double, wrong: Int = 0, hints: Int = 0) -> LiveStep {
        LiveStep(lessonID: title.lowercased(), lessonTitle: title, stepNumber: number, stepCount: count,
                 stepStartedAt: now.addingTimeInterval(-minutes * 60), wrongAttempts: wrong, hintsOnStep: hints)
    }

    /// Six learners: a raised hand, one stuck on wrong answers, one idle, one finished, one
    /// choosing a lesson and one working; two of them share a code's first word and number.
    static let board = LiveBoard(
        session: TasterSession(id: 1, name: "Tuesday taster", startedAt: now.addingTimeInterval(-3600)),
        learners: [
            LiveStatus(code: code("cedar lake finch 17"), nickname: nil, sessionName: "Tuesday taster",
                       step: step(4, of: 9, "Spotting a scam email before you click anything", minutes: 7, wrong: 3, hints: 1),
                       handRaisedAt: nil, lastActivityAt: now.addingTimeInterval(-20)),
            LiveStatus(code: code("maple hill finch 05"), nickname: "Jo", sessionName: "Tuesday taster", step: nil,
                       handRaisedAt: nil, lastActivityAt: now.addingTimeInterval(-6 * 60)),
            LiveStatus(code: code("maple river otter 42"), nickname: "Samira Okonkwo-Lindqvist", sessionName: "Tuesday taster",
                       step: step(3, of: 12, "Reading web addresses and knowing which ones to trust", minutes: 12, wrong: 1, hints: 2),
                       handRaisedAt: now.addingTimeInterval(-60), lastActivityAt: now.addingTimeInterval(-60)),
            LiveStatus(code: code("maple stone otter 42"), nickname: "Pat", sessionName: "Tuesday taster",
                       step: step(12, of: 12, "What APR means", minutes: 1).finished(),
                       handRaisedAt: nil, lastActivityAt: now.addingTimeInterval(-40)),
            LiveStatus(code: code("olive bridge swan 08"), nickname: "Alex", sessionName: "Tuesday taster",
                       step: step(10, of: 12, "Filling in online forms", minutes: 2, wrong: 1),
                       handRaisedAt: nil, lastActivityAt: now.addingTimeInterval(-15)),
        ],
        takenAt: now)

    static let widths = [60, 80, 100, 160]
    static let cases: [(mode: String, width: Int)] = ["plain", "colour"].flatMap { mode in widths.map { (mode, $0) } }

    static func render(_ mode: String, _ width: Int) -> String {
        LiveBoardView(board: board, timeZone: utc).render(mode: mode == "plain" ? .plain : .colour, width: width)
    }

    @Test("the board is as recorded", arguments: cases)
    func boardIsAsRecorded(mode: String, width: Int) throws {
        let screen = Self.render(mode, width)
        let golden = RepositoryFiles.fixture("live-board/\(mode)-\(width).txt")
        if RepositoryFiles.isRecordingGoldens {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((screen + "\n").utf8).write(to: golden)
            return
        }
        let recorded = try String(contentsOf: golden, encoding: .utf8)
        #expect(screen + "\n" == recorded, "the \(mode) board at \(width) columns differs from \(golden.lastPathComponent); re-record with scripts/record-transcripts if the change is meant")
    }

    static let everyWidth: [(mode: String, width: Int)] = ["plain", "colour"].flatMap { mode in (60...180).map { (mode, $0) } }

    @Test("no line is wider than the screen, and each learner is one line in the table", arguments: everyWidth)
    func fits(mode: String, width: Int) {
        let lines = Self.render(mode, width).components(separatedBy: "\n")
        for line in lines {
            #expect(DisplayWidth.of(line) <= width, "\(DisplayWidth.of(line)) columns: \(line)")
        }
        guard mode == "colour" else { return }
        for handle in Self.board.handles.values {
            #expect(lines.filter { $0.contains(handle) }.count == 1, "\(handle) on one line")
        }
        #expect(lines.filter { $0.contains("NEEDS HELP (") && $0.hasSuffix(")\u{1B}[0m") }.count == 3, "each reason whole, on its row")
    }
}
