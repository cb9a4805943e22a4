import Foundation
import TasterTestSupport
import Testing
import TasterStore
@testable import TasterShell

@Suite("The volunteers' live view as text", .ownThread)
struct LiveBoardViewTests {
    private static let now = Date(timeIntervalSince1970: 1_750_004_800)  // 16:26:40 UTC
    private static let utc = TimeZone(identifier: "UTC")!

    private static func code(_ text: String) -> LearnerCode { LearnerCode(text)! }

    private static let board = LiveBoard(
        session: TasterSession(id: 1, name: "Tuesday taster", startedAt: now.addingTimeInterval(-3600)),
        learners: [
            LiveStatus(code: code("maple river otter 42"), nickname: "Sam", sessionName: "Tuesday taster",
                       step: LiveStep(lessonID: "web", lessonTitle: "Reading web addresses", stepNumber: 3, stepCount: 8,
                                      stepStartedAt: now.addingTimeInterval(-12 * 60), wrongAttempts: 1, hintsOnStep: 2),
                       handRaisedAt: now.addingTimeInterval(-60), lastActivityAt: now.addingTimeInterval(-60)),
            LiveStatus(code: code("cedar lake finch 17"), nickname: nil, sessionName: "Tuesday taster",
                       step: LiveStep(lessonID: "apr", lessonTitle: "What APR means", stepNumber: 1, stepCount: 5,
                                      stepStartedAt: now.addingTimeInterval(-90)),
                       handRaisedAt: nil, lastActivityAt: now.addingTimeInterval(-30)),
            LiveStatus(code: code("maple hill finch 05"), nickname: "Jo", sessionName: "Tuesday taster", step: nil,
                       handRaisedAt: nil, lastActivityAt: now.addingTimeInterval(-6 * 60)),
        ],
        takenAt: now)

    @Test("plain: a fresh block, one labelled line per learner with every value whole, those needing help first, no colour")
    func plain() {
        let text = LiveBoardView(board: Self.board, timeZone: Self.utc).render(mode: .plain, width: 200)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0] == "Taster live view at 16:26: session \"Tuesday taster\", started 15:26")
        #expect(lines[2] == "- maple-42 (Sam): NEEDS HELP (asked for help). Reading web addresses, step 3 of 8, 12 minutes on this step, 1 wrong answer, 2 hints.")
        #expect(lines[3] == "- maple-05 (Jo): NEEDS HELP (idle 5 minutes). Choosing a lesson.")
        #expect(lines[4] == "- cedar-17: What APR means, step 1 of 5, 1 minute on this step, 0 wrong answers, 0 hints.", "no nickname: the handle alone")
        #expect(!text.contains("maple-river-otter-42") && !text.contains("cedar-lake-finch-17"), "no whole code on a screen the room can see")
        #expect(lines.last == "3 learners, 2 needing help. Once you have helped someone, type: taster session clear HANDLE. Press Ctrl-C to stop watching.")
        #expect(!text.contains("\u{1B}"), "no escape sequences")
        #expect(!text.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }, "no box characters")
    }

    @Test("plain keeps a long lesson title whole, and a finished learner is finished, not on a step")
    func plainWholeTitleAndFinished() {
        let title = "Reading web addresses and knowing which ones to trust"
        let board = LiveBoard(session: nil, learners: [
            LiveStatus(code: Self.code("maple river otter 42"), nickname: nil, sessionName: nil,
                       step: LiveStep(lessonID: "web", lessonTitle: title, stepNumber: 12, stepCount: 12,
                                      stepStartedAt: Self.now).finished(),
                       handRaisedAt: nil, lastActivityAt: Self.now),
        ], takenAt: Self.now)
        let view = LiveBoardView(board: board, timeZone: Self.utc)
        let plain = view.render(mode: .plain, width: 200)
        #expect(plain.contains("- maple-42: \(title), finished."))
        #expect(!plain.contains("step 12") && !plain.contains("13 of 12"))
        let table = view.render(mode: .colour, width: 200)
        #expect(table.contains(title) && table.contains("finished") && !table.contains("of 12"))
    }

    @Test("after a session ends with everyone gone, the board says it ended, not that nobody was active")
    func afterTheSession() {
        var ended = TasterSession(id: 1, name: "Tuesday taster", startedAt: Self.now.addingTimeInterval(-3600))
        ended.endedAt = Self.now.addingTimeInterval(-180)
        let board = LiveBoard(session: nil, learners: [], takenAt: Self.now, endedSession: ended)
        let text = LiveBoardView(board: board, timeZone: Self.utc).render(mode: .plain, width: 200)
        #expect(text.contains("session \"Tuesday taster\" ended at 16:23"))
        #expect(text.contains("the session has ended and everyone has left"))
        #expect(!text.contains("Nobody has been active"))
    }

    @Test("colour: clears and redraws in place, bold headings, and a highlighted row for help")
    func colour() {
        let text = LiveBoardView(board: Self.board, timeZone: Self.utc).render(mode: .colour)
        #expect(text.hasPrefix("\u{1B}[H\u{1B}[2J"))
        #expect(text.contains("\u{1B}[1mLEARNER"))
        #expect(text.contains("\u{1B}[1;97;41mmaple-42  Sam "))
        #expect(!text.contains("\u{1B}[1;97;41mcedar"))
        let rows = text.components(separatedBy: "\n").filter { $0.contains("-17") || $0.contains("-42") || $0.contains("-05") }
        #expect(rows.map { $0.contains("maple-42") } == [true, false, false], "who needs help comes first: \(rows)")
        #expect(rows.last?.contains("cedar-17") == true)
    }

    @Test("an empty board says so, with and without a session")
    func empty() {
        let none = LiveBoard(session: nil, learners: [], takenAt: Self.now)
        let text = LiveBoardView(board: none, timeZone: Self.utc).render(mode: .plain)
        #expect(text.contains("no session open, showing the last two hours"))
        #expect(text.contains("Nobody has been active in the last two hours."))
        let quiet = LiveBoard(session: Self.board.session, learners: [], takenAt: Self.now)
        #expect(LiveBoardView(board: quiet).render(mode: .plain).contains("Nobody has started yet in this session."))
    }

    @Test("JSON: one snapshot with every column and the reason for help")
    func json() throws {
        let text = LiveBoardView(board: Self.board, timeZone: Self.utc).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["takenAt"] as? String == "2025-06-15T16:26:40Z")
        #expect((object["session"] as? [String: Any])?["name"] as? String == "Tuesday taster")
        let learners = try #require(object["learners"] as? [[String: Any]])
        #expect(learners.count == 3)
        #expect(learners[0]["learner"] as? String == "Sam" && learners[0]["handle"] as? String == "maple-42")
        #expect(learners[0]["code"] as? String == "maple-river-otter-42")
        #expect(learners[0]["step"] as? Int == 3 && learners[0]["stepCount"] as? Int == 8)
        #expect(learners[0]["minutesOnStep"] as? Int == 12)
        #expect(learners[0]["wrongAttempts"] as? Int == 1 && learners[0]["hints"] as? Int == 2)
        #expect(learners[0]["handRaised"] as? Bool == true && learners[0]["needsHelp"] as? Bool == true)
        #expect(learners[0]["helpReason"] as? String == "asked for help")
        #expect(learners[1]["helpReason"] as? String == "idle 5 minutes" && learners[1]["step"] == nil, "those needing help first")
        #expect(learners[2]["needsHelp"] as? Bool == false && learners[2]["helpReason"] == nil)
    }

    @Test("the view reads the store's board at the store's time")
    func fromStore() throws {
        let store = try ProgressDatabase.inMemory(now: { Self.now })
        _ = try store.startSession(named: "Tuesday taster")
        let learner = try store.newLearner(nickname: "Bea")
        try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil)
        let text = LiveBoardView(board: try store.liveBoard(), timeZone: Self.utc).render(mode: .plain)
        #expect(text.contains("(Bea): Choosing a lesson.") && text.contains("1 learner, 0 needing help"))
    }
}
