import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file in the data folder that holds the volunteer passphrase's hash, readable only by its
/// owner (mode 0600), replaced in one step when the passphrase changes.
public struct VolunteerPassphraseFile: Sendable {
    /// The file's name inside the data folder.
    public static let fileName = "volunteer-passphrase.json"
    /// Owner-only permissions for the file.
    public static let fileMode: mode_t = 0o600
    /// Owner-only permissions for a data folder created here.
    public static let folderMode: mode_t = 0o700

    /// The data folder.
    public let folder: URL

    /// The file in `folder`.
    public init(folder: URL) {
        self.folder = folder
    }

    /// The file's full path.
    public var url: URL { folder.appendingPathComponent(Self.fileName) }

    /// Whether a passphrase has been set (the file exists).
    public var isSet: Bool { FileManager.default.fileExists(atPath: url.path) }

    /// The stored hash, nil when none is set.
    public func read() throws(PassphraseFileError) -> PassphraseHash? {
        guard isSet else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path)
        }
        guard let hash = try? JSONDecoder().decode(PassphraseHash.self, from: data), hash.isUsable else {
            throw .damaged(path: url.path)
        }
        return hash
    }

    /// Whether `passphrase` matches the stored one; throws `.notSet` when there is none.
    ///
    /// A right passphrase kept as an older scrypt hash is stored again as Argon2id. When the file
    /// cannot be rewritten (a read-only folder), the old hash simply stays: it still works.
    public func verify(_ passphrase: String) throws(PassphraseFileError) -> Bool {
        guard let hash = try read() else { throw .notSet }
        guard hash.matches(passphrase) else { return false }
        if hash.needsRehash, let replacement = try? PassphraseHash.make(passphrase: passphrase) {
            try? write(replacement)
        }
        return true
    }

    /// Stores `hash`, replacing any earlier one: written to a private temporary file, flushed,
    /// then renamed over the old one, so that a crash never leaves half a file.
    public func write(_ hash: PassphraseHash) throws(PassphraseFileError) {
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: Int(Self.folderMode)])
            } catch {
                throw .cannotWrite(path: url.path, reason: "the folder could not be made")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(hash) else { throw .cannotWrite(path: url.path, reason: "it could not be encoded") }
        let temporary = folder.appendingPathComponent(".\(Self.fileName).\(UInt32.random(in: .min ... .max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, Self.fileMode)
        guard descriptor >= 0 else { throw .cannotWrite(path: url.path, reason: String(cString: strerror(errno))) }
        fchmod(descriptor, Self.fileMode)
        let written = data.withUnsafeBytes { Glibc_write(descriptor, $0.baseAddress, $0.count) }
        let flushed = fsync(descriptor) == 0
        close(descriptor)
        guard written == data.count, flushed, rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .cannotWrite(path: url.path, reason: reason)
        }
    }

    /// Removes the file, so that no passphrase is set.
    public func remove() throws(PassphraseFileError) {
        guard isSet else { return }
        guard unlink(url.path) == 0 else { throw .cannotWrite(path: url.path, reason: String(cString: strerror(errno))) }
    }
}

/// `write(2)`, named apart from the method names around it.
private func Glibc_write(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
