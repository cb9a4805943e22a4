import Foundation
import TasterReports
import TasterTestSupport
import TasterWording
import Testing

@Suite("Volunteer passphrase", .ownThread)
struct PassphraseTests {
    /// Cheap parameters, so the tests run quickly; the standard ones are checked once.
    static let quick = PassphraseHash.Argon2idCost(passes: 1, memoryKiB: 8 * 1024)

    @Test("a hash matches its passphrase and nothing else")
    func hashMatches() throws {
        let hash = try PassphraseHash.make(passphrase: "kettle meadow lantern", cost: Self.quick)
        #expect(hash.cost == .argon2id(Self.quick))
        #expect(!hash.needsRehash)
        #expect(hash.matches("kettle meadow lantern"))
        #expect(!hash.matches("kettle meadow lanterns"))
        #expect(!hash.matches(""))
        #expect(!hash.hash.isEmpty && !hash.salt.isEmpty)
    }

    @Test("the standard strength is above OWASP's smallest Argon2id setting and works")
    func standardStrength() throws {
        #expect(PassphraseHash.Argon2idCost.standard.passes >= 2)
        #expect(PassphraseHash.Argon2idCost.standard.memoryKiB >= 19 * 1024)
        #expect(PassphraseHash.Argon2idCost.standard.isReasonable)
        let hash = try PassphraseHash.make(passphrase: "orchard thimble harbour")
        #expect(hash.matches("orchard thimble harbour"))
    }

    @Test("the same passphrase gets a different salt and hash each time")
    func salted() throws {
        let first = try PassphraseHash.make(passphrase: "same words here", cost: Self.quick)
        let second = try PassphraseHash.make(passphrase: "same words here", cost: Self.quick)
        #expect(first.salt != second.salt)
        #expect(first.hash != second.hash)
    }

    @Test("unreasonable stored costs are refused rather than computed", arguments: [
        PassphraseHash.Cost.scrypt(.init(rounds: 1 << 24, blockSize: 8, parallelism: 1)),
        .scrypt(.init(rounds: 1000, blockSize: 8, parallelism: 1)),
        .scrypt(.init(rounds: 1 << 4, blockSize: 8, parallelism: 1)),
        .scrypt(.init(rounds: 1 << 12, blockSize: 8, parallelism: 64)),
        .scrypt(.init(rounds: 1 << 20, blockSize: 32, parallelism: 1)),
        .argon2id(.init(passes: 1, memoryKiB: 1024 * 1024)),
        .argon2id(.init(passes: 0, memoryKiB: 8 * 1024)),
        .argon2id(.init(passes: 1, memoryKiB: 16)),
    ])
    func unreasonable(cost: PassphraseHash.Cost) throws {
        var hash = try PassphraseHash.make(passphrase: "kettle meadow lantern", cost: Self.quick)
        hash.cost = cost
        #expect(!hash.isUsable)
        #expect(!hash.matches("kettle meadow lantern"))
    }

    @Test("a passphrase file from an earlier version (scrypt) still works and is rehashed as Argon2id")
    func earlierScryptFile() throws {
        let folder = try TemporaryFolder()
        let file = VolunteerPassphraseFile(folder: folder.url)
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/passphrase/scrypt-from-earlier-version.json")
        try FileManager.default.copyItem(at: fixture, to: URL(fileURLWithPath: file.credentials.recordPlace))
        let before = try #require(try file.read())
        guard case .scrypt(let scrypt) = before.cost else {
            Issue.record("the fixture should hold a scrypt hash")
            return
        }
        #expect(scrypt == .earlierStandard)
        #expect(before.needsRehash)

        #expect(try !file.verify("kettle meadow"))
        #expect(try file.read() == before, "a wrong passphrase must not rewrite the file")
        #expect(try file.verify("kettle meadow lantern"))
        let after = try #require(try file.read())
        guard case .argon2id = after.cost else {
            Issue.record("a right passphrase should have been stored again as Argon2id")
            return
        }
        #expect(try file.verify("kettle meadow lantern"))
        #expect(try !file.verify("kettle meadow"))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.credentials.recordPlace)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("constant-time comparison agrees with equality", arguments: [
        ([1, 2, 3], [1, 2, 3], true), ([1, 2, 3], [1, 2, 4], false), ([1, 2], [1, 2, 3], false), ([], [], true),
    ] as [([UInt8], [UInt8], Bool)])
    func constantTime(left: [UInt8], right: [UInt8], equal: Bool) {
        #expect(PassphraseHash.constantTimeEqual(left, right) == equal)
    }

    @Test("the file is written with mode 0600, holds no passphrase text, and verifies")
    func fileModeAndContents() throws {
        let folder = try TemporaryFolder()
        let dataFolder = folder.url.appendingPathComponent("data")
        let file = VolunteerPassphraseFile(folder: dataFolder)
        #expect(!file.isSet)
        #expect(throws: PassphraseFileError.notSet) { try file.verify("anything at all") }
        try file.write(try PassphraseHash.make(passphrase: "violin pebble saddle", cost: Self.quick))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.credentials.recordPlace)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: dataFolder.path)
        #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let text = try String(contentsOf: URL(fileURLWithPath: file.credentials.recordPlace), encoding: .utf8)
        #expect(!text.contains("violin"))
        for key in ["\"algorithm\" : \"argon2id\"", "\"parameters\"", "\"passes\"", "\"memoryKiB\"", "\"salt\"", "\"hash\""] {
            #expect(text.contains(key))
        }
        #expect(try file.verify("violin pebble saddle"))
        #expect(try !file.verify("violin pebble"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dataFolder.path) == [VolunteerPassphraseFile.fileName])
    }

    @Test("changing the passphrase replaces the old one")
    func change() throws {
        let folder = try TemporaryFolder()
        let file = VolunteerPassphraseFile(folder: folder.url)
        try file.write(try PassphraseHash.make(passphrase: "first one here", cost: Self.quick))
        try file.write(try PassphraseHash.make(passphrase: "second one here", cost: Self.quick))
        #expect(try file.verify("second one here"))
        #expect(try !file.verify("first one here"))
    }

    @Test("a damaged file is reported, not crashed on", arguments: ["", "{}", "not json", "{\"algorithm\":\"md5\",\"parameters\":{\"rounds\":1024,\"blockSize\":8,\"parallelism\":1,\"keyLength\":32},\"salt\":\"AAAA\",\"hash\":\"AAAA\"}"])
    func damaged(contents: String) throws {
        let folder = try TemporaryFolder()
        let file = VolunteerPassphraseFile(folder: folder.url)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file.credentials.recordPlace))
        #expect(throws: PassphraseFileError.damaged(path: file.credentials.recordPlace)) { try file.verify("anything") }
        #expect(PassphraseGate(dataFolder: folder.url).check("anything") == .unusable(.damaged(path: file.credentials.recordPlace)))
    }

    @Test("new passphrases must be long enough", arguments: [("short", false), ("aaaaaaaaaaaa", false), ("kettle meadow lantern", true)])
    func rules(passphrase: String, acceptable: Bool) {
        #expect((PassphraseRules.problem(with: passphrase) == nil) == acceptable)
    }

    @Test("common and easily guessed passphrases are refused, even when long enough", arguments: [
        "1234567890", "password12", "qwertyuiop", "Password123!", "p@ssw0rd2026", "letmeinplease",
        "kettle meadow", "tiger tiger tiger", "abcdefghijk",
    ])
    func weak(passphrase: String) {
        let problem = PassphraseRules.problem(with: passphrase)
        #expect(problem != nil, "\(passphrase) was accepted")
        #expect(problem.map(Catalogue.english.words(for:))?.contains("words") == true)
    }

    @Test("several different words, or a long enough line, will do", arguments: [
        "kettle meadow lantern", "a test volunteer passphrase", "Purple-Otter-Runs-Fast", "correcthorsebatterystaple",
    ])
    func strong(passphrase: String) {
        #expect(PassphraseRules.problem(with: passphrase) == nil)
    }
}

@Suite("Volunteer gate", .ownThread)
struct PassphraseGateTests {
    func gateWithPassphrase(_ passphrase: String) throws -> (PassphraseGate, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try VolunteerPassphraseFile(folder: folder.url).write(try PassphraseHash.make(passphrase: passphrase, cost: PassphraseTests.quick))
        return (PassphraseGate(dataFolder: folder.url), folder)
    }

    @Test("with no passphrase set, the gate stays shut and asks nobody")
    func notSet() throws {
        let folder = try TemporaryFolder()
        let gate = PassphraseGate(dataFolder: folder.url)
        var asked = false
        let decision = gate.decide(variables: [PassphraseGate.environmentVariable: "anything"]) { asked = true; return "anything" }
        #expect(decision == .notSet)
        #expect(!asked)
        #expect(gate.check("anything") == .notSet)
    }

    @Test("the environment variable opens the gate without asking", arguments: [
        ("harbour biscuit compass", PassphraseGate.Decision.allowed), (" harbour biscuit compass\n", .allowed), ("harbour biscuit", .refused),
    ])
    func environmentVariable(given: String, expected: PassphraseGate.Decision) throws {
        let (gate, folder) = try gateWithPassphrase("harbour biscuit compass")
        var asked = false
        let decision = gate.decide(variables: [PassphraseGate.environmentVariable: given]) { asked = true; return nil }
        #expect(decision == expected)
        #expect(!asked)
        withExtendedLifetime(folder) {}
    }

    @Test("without the variable the gate asks, and an empty variable counts as unset")
    func asks() throws {
        let (gate, folder) = try gateWithPassphrase("harbour biscuit compass")
        #expect(gate.decide(variables: [:]) { "harbour biscuit compass" } == .allowed)
        #expect(gate.decide(variables: [PassphraseGate.environmentVariable: "  "]) { "wrong words entirely" } == .refused)
        #expect(gate.decide(variables: [:]) { nil } == .cancelled)
        withExtendedLifetime(folder) {}
    }

    @Test("the refusal for a missing passphrase says how to set one")
    func notSetMessage() {
        #expect(Catalogue.english.words(for: PassphraseFileError.notSet).contains("taster volunteer passphrase"))

    }
}
