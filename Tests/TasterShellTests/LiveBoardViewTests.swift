import Foundation
import Testing
import TasterStore
@testable import TasterShell

@Suite("The volunteers' live view as text")
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

    @Test("plain: a fresh block with columns, NEEDS HELP marks, and no colour, cursor moves or box characters")
    func plain() {
        let text = LiveBoardView(board: Self.board, timeZone: Self.utc).render(mode: .plain)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0] == "Taster live view at 16:26: session \"Tuesday taster\", started 15:26")
        #expect(lines[2].hasPrefix("LEARNER") && lines[2].contains("LESSON") && lines[2].contains("STEP") && lines[2].contains("MINUTES"))
        let sam = lines.first { $0.hasPrefix("Sam ") } ?? ""
        #expect(sam.contains("Reading web addresses") && sam.contains("step 3 of 8") && sam.contains("NEEDS HELP (asked for help)"))
        #expect(sam.contains("   12   ") && sam.contains("   1   ") && sam.contains("   2   "), "minutes, wrong answers, hints: \(sam)")
        let cedar = lines.first { $0.hasPrefix("cedar-lake-finch-17") } ?? ""
        #expect(cedar.contains("step 1 of 5") && !cedar.contains("NEEDS HELP"), "no nickname: the code is shown")
        let jo = lines.first { $0.hasPrefix("Jo ") } ?? ""
        #expect(jo.contains("(choosing a lesson)") && jo.contains("NEEDS HELP (idle 5 minutes)"))
        #expect(lines.last == "3 learners, 2 needing help. Clear a raised hand with: taster session clear CODE. Press Ctrl-C to stop watching.")
        #expect(!text.contains("\u{1B}"), "no escape sequences")
        #expect(!text.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }, "no box characters")
        let columns = lines.filter { $0.contains("step ") }.map { $0.range(of: "step ")!.lowerBound.utf16Offset(in: $0) }
        #expect(Set(columns).count == 1, "the STEP column lines up")
    }

    @Test("colour: clears and redraws in place, bold headings, and a highlighted row for help")
    func colour() {
        let text = LiveBoardView(board: Self.board, timeZone: Self.utc).render(mode: .colour)
        #expect(text.hasPrefix("\u{1B}[H\u{1B}[2J"))
        #expect(text.contains("\u{1B}[1mLEARNER"))
        #expect(text.contains("\u{1B}[1;97;41mSam "))
        #expect(!text.contains("\u{1B}[1;97;41mcedar"))
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
        #expect(learners[0]["learner"] as? String == "Sam")
        #expect(learners[0]["code"] as? String == "maple-river-otter-42")
        #expect(learners[0]["step"] as? Int == 3 && learners[0]["stepCount"] as? Int == 8)
        #expect(learners[0]["minutesOnStep"] as? Int == 12)
        #expect(learners[0]["wrongAttempts"] as? Int == 1 && learners[0]["hints"] as? Int == 2)
        #expect(learners[0]["handRaised"] as? Bool == true && learners[0]["needsHelp"] as? Bool == true)
        #expect(learners[0]["helpReason"] as? String == "asked for help")
        #expect(learners[1]["needsHelp"] as? Bool == false && learners[1]["helpReason"] == nil)
        #expect(learners[2]["helpReason"] as? String == "idle 5 minutes" && learners[2]["step"] == nil)
    }

    @Test("the view reads the store's board at the store's time")
    func fromStore() throws {
        let store = try ProgressDatabase.inMemory(now: { Self.now })
        _ = try store.startSession(named: "Tuesday taster")
        let learner = try store.newLearner(nickname: "Bea")
        try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil)
        let text = LiveBoardView(board: try store.liveBoard(), timeZone: Self.utc).render(mode: .plain)
        #expect(text.contains("Bea") && text.contains("(choosing a lesson)") && text.contains("1 learner, 0 needing help"))
    }
}
