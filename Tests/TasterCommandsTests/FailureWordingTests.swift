import Foundation
import TasterStore
import TasterWording
import Testing
@testable import TasterCommands
import TasterTestSupport
import TasterShell


/// A store error that reaches the composition root is told to the command's own audience.
@Suite("Errors in the right words", .ownThread)
struct FailureWordingTests {
    @Test("a damaged progress file is told to a volunteer as a volunteer, not with the learner's promise", arguments: [
        ["session", "list"], ["session", "start", "Tuesday"], ["report"], ["session", "end"],
    ])
    func damagedFileToVolunteer(arguments: [String]) throws {
        let harness = try CommandHarness()
        try FileManager.default.createDirectory(at: harness.dataLocation.folder, withIntermediateDirectories: true)
        try Data(String(repeating: "not a database ", count: 400).utf8).write(to: harness.dataLocation.databaseFile)
        let run = harness.run(arguments)
        #expect(run.status == 1)
        #expect(run.errors.contains("is damaged or is not a taster progress file"))
        #expect(run.errors.contains("Nothing was changed."))
        #expect(!run.errors.contains(StoreError.carryOn), "the learner's promise is not for a volunteer")
        #expect(!run.errors.hasPrefix("Error:"))
    }

    @Test("a signal watcher that cannot start is told as the argument parser told it")
    func signalWatcherWords() throws {
        #expect(FailureWording.sentence(for: SignalWatcher.StartError.alreadyActive, audience: .learner, in: .english)
            == "Error: A signal watcher is already active; stop it before starting another.")
        let failed = try #require(FailureWording.sentence(for: SignalWatcher.StartError.systemCallFailed(call: "pipe", errorNumber: EMFILE), audience: .learner, in: .english))
        #expect(failed.hasPrefix("Error: Could not watch for signals: pipe failed with error \(EMFILE) ("))
        #expect(failed.hasSuffix("). The program can run, but may not notice when its window is closed."))
    }

    @Test("each audience has its words for a store error", arguments: [Audience.learner, .volunteer, .author])
    func wordsPerAudience(audience: Audience) throws {
        let error = StoreError.readOnlyFile(file: "/srv/taster/progress.sqlite")
        let sentence = try #require(FailureWording.sentence(for: error, audience: audience, in: .english))
        #expect(sentence.contains("/srv/taster/progress.sqlite"))
        #expect(sentence.contains(StoreError.carryOn) == (audience == .learner))
    }

    @Test("usage mistakes and exit statuses are left to the argument parser")
    func parserErrorsPassThrough() {
        #expect(FailureWording.sentence(for: CocoaError(.fileNoSuchFile), audience: .volunteer, in: .english) == nil)
    }
}
