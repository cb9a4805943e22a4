import Foundation
import TasterStore

/// The volunteer passphrase's hash, kept as the store's passphrase record (see
/// ``VolunteerCredentials``): for the embedded store, `volunteer-passphrase.json` in the data
/// folder, readable only by its owner (mode 0600), replaced in one step when it changes.
///
/// The hashing and the record's JSON form live here; where the record is kept is the store's
/// business.
public struct VolunteerPassphraseFile: Sendable {
    /// The file's name inside the data folder.
    public static let fileName = PassphraseRecordFile.fileName

    /// Where the record is kept.
    public let credentials: any VolunteerCredentials

    /// The record kept in `credentials`.
    public init(credentials: any VolunteerCredentials) {
        self.credentials = credentials
    }

    /// The file in the data folder `folder`.
    public init(folder: URL) {
        self.init(credentials: PassphraseRecordFile(folder: folder))
    }

    /// Whether a passphrase has been set.
    public var isSet: Bool { credentials.hasPassphraseRecord }

    /// The stored hash, nil when none is set.
    public func read() throws(PassphraseFileError) -> PassphraseHash? {
        let data: Data?
        do {
            data = try credentials.readPassphraseRecord()
        } catch {
            throw PassphraseFileError(error)
        }
        guard let data else { return nil }
        guard let hash = try? JSONDecoder().decode(PassphraseHash.self, from: data), hash.isUsable else {
            throw .damaged(path: credentials.recordPlace)
        }
        return hash
    }

    /// Whether `passphrase` matches the stored one; throws `.notSet` when there is none.
    ///
    /// A right passphrase kept as an older scrypt hash is stored again as Argon2id. When the
    /// record cannot be rewritten (a read-only folder), the old hash simply stays: it still works.
    public func verify(_ passphrase: String) throws(PassphraseFileError) -> Bool {
        guard let hash = try read() else { throw .notSet }
        guard hash.matches(passphrase) else { return false }
        if hash.needsRehash, let replacement = try? PassphraseHash.make(passphrase: passphrase) {
            try? write(replacement)
        }
        return true
    }

    /// Stores `hash` as pretty JSON with sorted keys, replacing any earlier one.
    public func write(_ hash: PassphraseHash) throws(PassphraseFileError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(hash) else {
            throw .cannotEncode(path: credentials.recordPlace)

        }
        do {
            try credentials.writePassphraseRecord(data)
        } catch {
            throw PassphraseFileError(error)
        }
    }

    /// Removes the record, so that no passphrase is set.
    public func remove() throws(PassphraseFileError) {
        do {
            try credentials.removePassphraseRecord()
        } catch {
            throw PassphraseFileError(error)
        }
    }
}

extension PassphraseFileError {
    /// The passphrase file error for a record the store could not read or write.
    init(_ error: CredentialStoreError) {
        switch error {
        case .unreadable(let place): self = .unreadable(path: place)
        case .cannotWrite(let place, let reason): self = .cannotWrite(path: place, reason: reason)
        }
    }
}
