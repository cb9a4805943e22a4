import Foundation
import Testing
import TasterReports
@testable import TasterCommands

/// `taster volunteer passphrase`, run in-process with the lines a script would pipe in.
@Suite("Setting the volunteer passphrase, in-process")
struct PassphraseCommandRunTests {
    static let first = "blue kettle orchard lantern"
    static let second = "quiet harbour pencil meadow"

    @Test("a new passphrase typed twice is set, and then opens volunteer commands")
    func setsPassphrase() throws {
        let harness = try CommandHarness()
        let run = harness.run(["volunteer", "passphrase"], passphrases: [Self.first, Self.first])
        #expect(run.status == 0)
        #expect(run.output.contains("Done: the volunteer passphrase is set."))
        #expect(!run.output.contains(Self.first) && !run.errors.contains(Self.first), "a passphrase is never echoed")
        #expect(PassphraseGate(dataFolder: harness.dataLocation.folder).check(Self.first) == .allowed)
    }

    @Test("nothing changes when the new passphrase is refused", arguments: [
        ([first, second], "were not the same"),
        (["short", "short"], "too short"),
        ([String](), "Nothing was typed"),
    ])
    func refusals(lines: [String], said: String) throws {
        let harness = try CommandHarness()
        let run = harness.run(["volunteer", "passphrase"], passphrases: lines)
        #expect(run.status == 1)
        #expect(run.errors.contains(said))
        #expect(!VolunteerPassphraseFile(folder: harness.dataLocation.folder).isSet)
    }

    @Test("changing it needs the current one; a wrong one pauses and keeps the old")
    func changing() throws {
        let harness = try CommandHarness()
        #expect(harness.run(["volunteer", "passphrase"], passphrases: [Self.first, Self.first]).status == 0)
        let wrong = harness.run(["volunteer", "passphrase"], passphrases: [Self.second, Self.second, Self.second])
        #expect(wrong.status == 1)
        #expect(wrong.pauses == [VolunteerGate.wrongPassphrasePause])
        #expect(wrong.errors.contains("That is not the current volunteer passphrase"))
        #expect(PassphraseGate(dataFolder: harness.dataLocation.folder).check(Self.first) == .allowed)

        let right = harness.run(["volunteer", "passphrase"], passphrases: [Self.first, Self.second, Self.second])
        #expect(right.status == 0)
        #expect(PassphraseGate(dataFolder: harness.dataLocation.folder).check(Self.second) == .allowed)
    }
}
