import Foundation
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("The volunteer passphrase record (every backend)", .ownThread)
struct VolunteerCredentialsTests {
    /// A record with every byte value, so nothing is read as text on the way.
    static let binaryRecord = Data((0...255).map { UInt8($0) } + Array("{\"algorithm\":\"argon2id\"}".utf8))

    @Test("a record is kept byte for byte, replaced whole, and removed", arguments: CredentialsKind.allCases)
    func roundTrip(kind: CredentialsKind) throws {
        let (credentials, _, cleanUp) = try kind.make()
        defer { cleanUp() }
        #expect(!credentials.hasPassphraseRecord)
        #expect(try credentials.readPassphraseRecord() == nil)
        try credentials.writePassphraseRecord(Self.binaryRecord)
        #expect(credentials.hasPassphraseRecord)
        #expect(try credentials.readPassphraseRecord() == Self.binaryRecord)
        let replacement = Data("second".utf8)
        try credentials.writePassphraseRecord(replacement)
        #expect(try credentials.readPassphraseRecord() == replacement, "the new record, with nothing of the old one")
        try credentials.removePassphraseRecord()
        #expect(!credentials.hasPassphraseRecord)
        #expect(try credentials.readPassphraseRecord() == nil)
        try credentials.removePassphraseRecord()
        #expect(!credentials.hasPassphraseRecord, "removing twice is harmless")
    }

    @Test("another terminal reaching the same place sees the record set here, and its removal", arguments: CredentialsKind.allCases)
    func sharedPlace(kind: CredentialsKind) throws {
        let (credentials, again, cleanUp) = try kind.make()
        defer { cleanUp() }
        try credentials.writePassphraseRecord(Data("set here".utf8))
        let other = again()
        #expect(other.recordPlace == credentials.recordPlace)
        #expect(try other.readPassphraseRecord() == Data("set here".utf8))
        try other.removePassphraseRecord()
        #expect(try credentials.readPassphraseRecord() == nil)
    }

    @Test("an empty record is a record, not the absence of one", arguments: CredentialsKind.allCases)
    func emptyRecord(kind: CredentialsKind) throws {
        let (credentials, _, cleanUp) = try kind.make()
        defer { cleanUp() }
        try credentials.writePassphraseRecord(Data())
        #expect(credentials.hasPassphraseRecord)
        #expect(try credentials.readPassphraseRecord() == Data())
    }
}
