import Foundation
import TasterTestSupport
import Testing
import TasterReports
@testable import TasterCommands

/// `taster volunteer passphrase`, run in-process with the lines a script would pipe in.
@Suite("Setting the volunteer passphrase, in-process", .ownThread)
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

    @Test("at a terminal, a passphrase the rules refuse is explained and asked for again")
    func asksAgainAtTerminal() throws {
        let harness = try CommandHarness()
        let run = harness.run(["volunteer", "passphrase"], passphrases: ["short", "password12", Self.first, Self.first], atTerminal: true)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("too short"))
        #expect(run.errors.contains("Please choose another."))
        #expect(run.output.contains("Done: the volunteer passphrase is set."))
        #expect(PassphraseGate(dataFolder: harness.dataLocation.folder).check(Self.first) == .allowed)
    }

    @Test("at a terminal, three refused choices stop without setting anything")
    func givesUpAfterThree() throws {
        let harness = try CommandHarness()
        let run = harness.run(["volunteer", "passphrase"], passphrases: ["short", "1234567890", "qwertyuiop", Self.first], atTerminal: true)
        #expect(run.status == 1)
        #expect(!VolunteerPassphraseFile(folder: harness.dataLocation.folder).isSet)
    }

    @Test("a forgotten passphrase: the refusal says which file to delete to set a new one")
    func forgotten() throws {
        let harness = try CommandHarness()
        #expect(harness.run(["volunteer", "passphrase"], passphrases: [Self.first, Self.first]).status == 0)
        let file = harness.dataLocation.folder.appendingPathComponent("volunteer-passphrase.json").path
        let change = harness.run(["volunteer", "passphrase"], passphrases: ["not the one at all"])
        #expect(change.errors.contains("If nobody remembers it, whoever looks after this computer can delete \(file)"))
        harness.variables["TASTER_VOLUNTEER_PASSPHRASE"] = "not the one at all"
        let learner = try harness.learnerWhoFinished("online-forms")
        let show = harness.run(["learner", "show", learner.code.rawValue])
        #expect(show.status == 1)
        #expect(show.errors.contains("delete \(file)"))
        // Deleting it, as the advice says, lets a new one be set.
        try FileManager.default.removeItem(atPath: file)
        #expect(harness.run(["volunteer", "passphrase"], passphrases: [Self.second, Self.second]).status == 0)
    }
}
