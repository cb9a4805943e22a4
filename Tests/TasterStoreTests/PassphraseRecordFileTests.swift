import Foundation
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("The volunteer passphrase record beside the database", .ownThread)
struct PassphraseRecordFileTests {
    @Test("the embedded store keeps the record as volunteer-passphrase.json in the data folder, byte for byte, owner-only")
    func roundTrip() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("data")
        let credentials = StoreOpener.credentials(at: .embedded(DataLocation(folder: folder)))
        #expect(credentials.recordPlace == folder.standardizedFileURL.appendingPathComponent("volunteer-passphrase.json").path)
        #expect(!credentials.hasPassphraseRecord)
        #expect(try credentials.readPassphraseRecord() == nil)

        let record = Data("{\n  \"algorithm\" : \"argon2id\"\n}".utf8)
        try credentials.writePassphraseRecord(record)
        #expect(credentials.hasPassphraseRecord)
        #expect(try credentials.readPassphraseRecord() == record)
        #expect(try Data(contentsOf: URL(fileURLWithPath: credentials.recordPlace)) == record)
        let attributes = try FileManager.default.attributesOfItem(atPath: credentials.recordPlace)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder.path)
        #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["volunteer-passphrase.json"], "no temporary file left")

        let replacement = Data("second".utf8)
        try credentials.writePassphraseRecord(replacement)
        #expect(try credentials.readPassphraseRecord() == replacement)
        try credentials.removePassphraseRecord()
        #expect(!credentials.hasPassphraseRecord)
        try credentials.removePassphraseRecord()
    }

    @Test("a passphrase file written by an earlier version is read as it is")
    func earlierFile() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let earlier = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/passphrase/scrypt-from-earlier-version.json")
        try FileManager.default.copyItem(at: earlier, to: temporary.child("volunteer-passphrase.json"))
        let credentials = PassphraseRecordFile(folder: temporary.url)
        #expect(try credentials.readPassphraseRecord() == (try Data(contentsOf: earlier)))
    }

    @Test("a record that cannot be read or written is reported with its place")
    func unusable() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let blocked = temporary.child("not-a-folder")
        try Data("x".utf8).write(to: blocked)
        let credentials = PassphraseRecordFile(folder: blocked)
        #expect(throws: CredentialStoreError.self) { try credentials.writePassphraseRecord(Data("x".utf8)) }
        // A folder where the file should be cannot be read as a record.
        let folder = temporary.child("data")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("volunteer-passphrase.json"), withIntermediateDirectories: true)
        let unreadable = PassphraseRecordFile(folder: folder)
        #expect(throws: CredentialStoreError.unreadable(place: unreadable.recordPlace)) { try unreadable.readPassphraseRecord() }
    }
}
