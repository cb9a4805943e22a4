import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The embedded store's volunteer passphrase record: `volunteer-passphrase.json` in the data
/// folder, beside the database, readable only by its owner (mode 0600), replaced in one step.
///
/// The name, place and modes are those of every earlier version, so passphrase files already
/// set keep working.
public struct PassphraseRecordFile: VolunteerCredentials {
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

    /// The file's path.
    public var recordPlace: String { url.path }

    /// Whether the file exists.
    public var hasPassphraseRecord: Bool { FileManager.default.fileExists(atPath: url.path) }

    /// The file's bytes, nil when there is no file.
    public func readPassphraseRecord() throws(CredentialStoreError) -> Data? {
        guard hasPassphraseRecord else { return nil }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(place: url.path)
        }
    }

    /// Writes `record` to a private temporary file, flushes it, then renames it over the old
    /// one, so that a crash never leaves half a file. Makes the data folder (0700) if needed.
    public func writePassphraseRecord(_ record: Data) throws(CredentialStoreError) {
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: Int(Self.folderMode)])
            } catch {
                throw .cannotWrite(place: url.path, reason: "the folder could not be made")
            }
        }
        let temporary = folder.appendingPathComponent(".\(Self.fileName).\(UInt32.random(in: .min ... .max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, Self.fileMode)
        guard descriptor >= 0 else { throw .cannotWrite(place: url.path, reason: String(cString: strerror(errno))) }
        fchmod(descriptor, Self.fileMode)
        let written = record.withUnsafeBytes { writeBytes(descriptor, $0.baseAddress, $0.count) }
        let flushed = fsync(descriptor) == 0
        close(descriptor)
        guard written == record.count, flushed, rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .cannotWrite(place: url.path, reason: reason)
        }
    }

    /// Removes the file.
    public func removePassphraseRecord() throws(CredentialStoreError) {
        guard hasPassphraseRecord else { return }
        guard unlink(url.path) == 0 else { throw .cannotWrite(place: url.path, reason: String(cString: strerror(errno))) }
    }
}

/// `write(2)`, named apart from the method names around it.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
