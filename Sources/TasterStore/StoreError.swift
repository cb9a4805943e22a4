import Foundation
import GRDB

/// Why progress could not be read or saved: the facts only. The words for a learner or a
/// volunteer are in the catalogue (`Catalogue.words(for:duringALesson:)`). For the file and folder
/// problems the shell can carry on with ``UnsavedProgress`` so the learner still finishes the
/// lesson (see ``allowsUnsavedFallback``).
public enum StoreError: Error, Equatable, Sendable {
    /// The data folder does not exist and could not be made.
    case folderCannotBeCreated(folder: String, reason: String)
    /// The data folder exists but this account may not write in it.
    case folderNotWritable(folder: String)
    /// The progress file can be read but not written.
    case readOnlyFile(file: String)
    /// No room to write the file: the disk is full (SQLITE_FULL, ENOSPC), or a write or the
    /// growth of the shared-memory file failed (SQLITE_IOERR_WRITE, SQLITE_IOERR_SHMSIZE), which
    /// on a working disk means a quota or file-size limit was reached (EDQUOT, EFBIG).
    case diskFull(file: String)
    /// The file is damaged or is not an SQLite database (SQLITE_CORRUPT, SQLITE_NOTADB).
    case corruptFile(file: String)
    /// The file was made by a newer taster whose changes this version does not know.
    case newerVersion(file: String)
    /// Another program kept the file locked for longer than the wait allows.
    case busy(file: String)
    /// No learner has this code.
    case unknownLearner(code: String)
    /// A folder or file that another account could change, or that is a link, folder or device
    /// where taster expects its own file: refused so that no one can plant or read progress.
    case untrusted(path: String, reason: String)
    /// Anything else, with the technical detail for a bug report.
    case unexpected(file: String, detail: String)
    /// A library service's server could not be reached, or the connection to it broke; `address`
    /// is shown without any password.
    case serverUnreachable(address: String, detail: String)
    /// The server refused this terminal's user name or password.
    case serverRefusedLogIn(address: String)
    /// The server is older than taster supports (`server_version_num` numbers).
    case serverTooOld(address: String, version: Int, needed: Int)
    /// The service database was set up by a newer taster; nothing was changed.
    case serverNewerSchema(address: String)
    /// The server refused or failed a statement: PostgreSQL's code and words, without the SQL.
    case serverFailed(address: String, detail: String)
    /// The server refused this computer's login the right to do that: a terminal's login (the
    /// terminal role) asked for a volunteer's part, or the login has neither role.
    case serverNotAllowed(address: String)
    /// The library service's database was set up by an older taster and this computer's login
    /// may not bring it up to date (a terminal's login does not own the tables): what learners do
    /// waits in the outbox until the IT team runs `taster store init`.
    case serverSchemaBehind(address: String)
    /// A report across branches was asked of a store that has none (the embedded file).
    case branchesNeedAService

    /// Whether the shell should carry on with ``UnsavedProgress``: true for file and folder
    /// problems, false for a mistyped learner code.
    public var allowsUnsavedFallback: Bool {
        if case .unknownLearner = self { return false }
        return true
    }

    /// Translates an SQLite, GRDB or system error met while using `file`.
    ///
    /// SQLite reports ENOSPC as SQLITE_FULL, but any other failed write (EFBIG past a file-size
    /// limit, EDQUOT past a quota) as SQLITE_IOERR_WRITE, and a shared-memory file that cannot
    /// grow (on a full disk, even for reading) as SQLITE_IOERR_SHMSIZE: all three mean there is
    /// no room to save. A failing disk (EIO) also gives SQLITE_IOERR_WRITE; it is rare enough, and
    /// the advice close enough, that it is not told apart.
    static func from(_ error: any Error, file: String) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        if let databaseError = error as? DatabaseError {
            switch databaseError.extendedResultCode {
            case .SQLITE_IOERR_WRITE, .SQLITE_IOERR_SHMSIZE: return .diskFull(file: file)
            default: break
            }
            switch databaseError.resultCode {
            // A table or column missing from taster's own file: it was changed by hand or damaged.
            // The SQL is never shown to a learner.
            case .SQLITE_ERROR where (databaseError.message ?? "").hasPrefix("no such"): return .corruptFile(file: file)
            case .SQLITE_FULL: return .diskFull(file: file)
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corruptFile(file: file)
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return .readOnlyFile(file: file)
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(file: file)
            case .SQLITE_CANTOPEN:
                return .folderNotWritable(folder: URL(fileURLWithPath: file).deletingLastPathComponent().path)
            default:
                // The code and SQLite's own words, without the statement that failed.
                return .unexpected(file: file, detail: "SQLite error \(databaseError.extendedResultCode.rawValue): \(databaseError.message ?? "no message")")
            }
        }
        return .unexpected(file: file, detail: String(describing: error))
    }

    /// The folder that holds `file`.
    /// Translates an errno met while preparing the folder or lock file.
    static func fromErrno(_ code: Int32, folder: String, file: String) -> StoreError {
        switch code {
        case EACCES, EPERM, EROFS: return .folderNotWritable(folder: folder)
        case ENOSPC, EDQUOT, EFBIG: return .diskFull(file: file)
        default: return .unexpected(file: file, detail: String(cString: strerror(code)))
        }
    }
}
