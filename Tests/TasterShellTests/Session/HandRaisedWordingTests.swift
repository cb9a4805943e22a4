import Foundation
import TasterStore
@testable import TasterShell
import TasterTestSupport
import Testing

/// `help me` says what is true: a volunteer is asked only when a session's live view can show
/// the hand; otherwise the learner is told to raise their hand in the room.
@Suite("Asking for a volunteer says who will see it", .ownThread)
struct HandRaisedWordingTests {
    private static let asked = "A volunteer has been asked to come and help you."
    private static let noSession = "No volunteer is watching taster's screen just now, so please raise your hand"
    private static let unreachable = "Taster cannot reach the volunteers' screen from this computer, so please raise your hand"

    /// Where the progress goes and which session is open.
    enum Setting: String, CaseIterable {
        case sessionOpen, noSession, pinnedToAnotherSession, unsavedProgress
    }

    private func store(_ setting: Setting) throws -> any ProgressRecording {
        switch setting {
        case .unsavedProgress:
            let store = UnsavedProgress.store(because: .diskFull(file: "progress.sqlite"))
            _ = try store.startSession(named: "Tuesday taster")
            return store
        case .noSession:
            return try ProgressDatabase.inMemory()
        case .sessionOpen, .pinnedToAnotherSession:
            let store = try ProgressDatabase.inMemory()
            _ = try store.startSession(named: "Tuesday taster")
            return store
        }
    }

    private func expected(_ setting: Setting) -> String {
        switch setting {
        case .sessionOpen: Self.asked
        case .noSession, .pinnedToAnotherSession: Self.noSession
        case .unsavedProgress: Self.unreachable
        }
    }

    /// Where the learner asks.
    enum Place: CaseIterable {
        case atAStep, atTheMenu
    }

    @Test("at a step and at the lesson menu", arguments: Setting.allCases, Place.allCases)
    func wording(setting: Setting, place: Place) throws {
        // With a session open the confidence question comes first: Enter skips it.
        let asksConfidence = setting == .sessionOpen || setting == .unsavedProgress
        let lines = ["1", ""] + (asksConfidence ? [""] : []) + (place == .atAStep ? ["1", "help me"] : ["volunteer"]) + ["quit"]
        let screen = ScreenLog()
        let reader = ScriptedLineReader(lines: lines)
        var context = SessionTestSupport.context(reader: reader, screen: screen)
        if setting == .pinnedToAnotherSession { context.sessionPin = "Thursday drop-in" }
        _ = LearnerVisit(context: context, library: SessionTestSupport.library(), store: try store(setting)).run()

        #expect(reader.remainingInputCount == 0)
        #expect(reader.prompts.contains("Press Enter to carry on: ") == (place == .atAStep), "\(reader.prompts)")
        let text = screen.text
        #expect(text.contains(expected(setting)), "\(setting):\n\(text)")
        for other in [Self.asked, Self.noSession, Self.unreachable] where other != expected(setting) {
            #expect(!text.contains(other), "\(setting) said: \(other)")
        }
    }
}
