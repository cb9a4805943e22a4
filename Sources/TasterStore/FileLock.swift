import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file, held while a process opens and migrates the database.
///
/// GRDB's migrator is safe within one process but not across processes: when several terminals
/// open a fresh file at the same moment, two can both try to record the same migration
/// (seen as "UNIQUE constraint failed: grdb_migrations.identifier"). Holding this lock around
/// open and migrate makes them take turns. The lock is released when the process exits, even
/// if it is killed, so a crash never leaves it stuck.
struct FileLock {
    private let descriptor: Int32

    /// Opens (creating with the folder's file mode) and locks the file, waiting up to `timeout` seconds.
    /// A link planted in its place is refused (`O_NOFOLLOW`), never followed to create a file
    /// where someone else chose.
    static func acquire(_ file: URL, timeout: TimeInterval, sharing: FolderSharing = .privateFolder) throws(StoreError) -> FileLock {
        let folder = file.deletingLastPathComponent().path
        try sharing.check(file)
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, sharing.fileMode)
        guard descriptor >= 0 else {
            if errno == ELOOP { throw .untrusted(path: file.path, reason: "it is a link to somewhere else") }
            throw StoreError.fromErrno(errno, folder: folder, file: file.path)
        }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_size == 0, info.st_uid == geteuid() { fchmod(descriptor, sharing.fileMode) }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int(timeout * 1000)))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(descriptor)
                throw StoreError.fromErrno(code, folder: folder, file: file.path)
            }
            guard clock.now < deadline else {
                close(descriptor)
                throw .busy(file: file.path)
            }
            usleep(2_000)
        }
        return FileLock(descriptor: descriptor)
    }

    /// Releases the lock and closes the file.
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
