import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Making the data folder and the progress file private before SQLite touches them.
///
/// Folders taster creates get mode 0700 and the progress file 0600. SQLite gives the `-wal` and
/// `-shm` files it creates the same permissions as the database file, so creating the (empty)
/// database file ourselves with 0600 keeps them private too, without changing the process umask
/// (which would affect every thread). Existing folders and files keep the modes a site gave them.
enum DataFolder {
    /// Private folder permissions.
    static let folderMode: mode_t = 0o700
    /// Private file permissions.
    static let fileMode: mode_t = 0o600

    /// Creates the folder (and missing parents) with 0700, then checks it can be written.
    static func prepare(_ folder: URL) throws(StoreError) {
        let path = folder.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .folderCannotBeCreated(folder: path, reason: "a file with that name is already there")
            }
        } else {
            try createPrivately(folder)
        }
        guard access(path, W_OK | X_OK) == 0 else {
            throw .folderNotWritable(folder: path)
        }
    }

    /// Creates the empty database file with 0600 if it does not exist; refuses a file that cannot
    /// be written. Returns whether it was created.
    @discardableResult
    static func prepareDatabaseFile(_ file: URL, sharing: FolderSharing = .privateFolder) throws(StoreError) -> Bool {
        let path = file.path
        try sharing.check(file)
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, sharing.fileMode)
        if descriptor >= 0 {
            fchmod(descriptor, sharing.fileMode)
            close(descriptor)
            return true
        }
        let code = errno
        guard code == EEXIST else {
            throw StoreError.fromErrno(code, folder: file.deletingLastPathComponent().path, file: path)
        }
        guard access(path, R_OK | W_OK) == 0 else {
            throw .readOnlyFile(file: path)
        }
        return false
    }

    /// Sets the database file and its companions to the folder's file mode; used on files taster created.
    static func makePrivate(databaseFile: URL, sharing: FolderSharing = .privateFolder) {
        for suffix in ["", "-wal", "-shm"] {
            chmod(databaseFile.path + suffix, sharing.fileMode)
        }
    }

    private static func createPrivately(_ folder: URL) throws(StoreError) {
        var missing: [URL] = []
        var cursor = folder
        while !FileManager.default.fileExists(atPath: cursor.path) {
            missing.append(cursor)
            let parent = cursor.deletingLastPathComponent()
            if parent.path == cursor.path { break }
            cursor = parent
        }
        for directory in missing.reversed() {
            if mkdir(directory.path, folderMode) != 0 && errno != EEXIST {
                let code = errno
                let reason: String
                switch code {
                case EACCES, EPERM: reason = "permission denied in \(directory.deletingLastPathComponent().path)"
                case EROFS: reason = "the disk is read-only"
                case ENOSPC: reason = "the disk is full"
                case ENOTDIR: reason = "part of the path is a file, not a folder"
                default: reason = String(cString: strerror(code))
                }
                throw .folderCannotBeCreated(folder: folder.path, reason: reason)
            }
            chmod(directory.path, folderMode)
        }
    }
}
