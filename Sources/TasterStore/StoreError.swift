import Foundation
import GRDB

/// Why progress could not be read or saved, with a kind message for the learner and volunteer.
///
/// Every message says what happened and what a volunteer can do. For the file and folder
/// problems the shell can carry on with ``UnsavedProgress`` so the learner still finishes the
/// lesson (see ``allowsUnsavedFallback``).
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
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

    /// The exact sentence shown when a newer taster made the file.
    public static let newerVersionSentence =
        "This progress file was made by a newer version of taster. Please update taster; your progress is safe and has not been changed."

    /// The promise to a learner that the lesson carries on without saving.
    public static let carryOn = "You can still do the lesson now, but your progress will not be saved this time."

    /// A plain-English account of what happened and what a volunteer can do, for a learner's
    /// session (which carries on without saving).
    public var message: String { words(duringALesson: true) }

    /// The same account for a volunteer's command, which stops: what happened and what to do,
    /// without the promise that the lesson carries on.
    public var volunteerMessage: String { words(duringALesson: false) }

    private func words(duringALesson: Bool) -> String {
        let carryOn = duringALesson ? " \(Self.carryOn)" : " Nothing was changed."
        switch self {
        case .folderCannotBeCreated(let folder, let reason):
            return "Taster could not make its progress folder \(folder) (\(reason)).\(carryOn) "
                + (duringALesson ? "A volunteer can choose" : "Choose") + " a folder this account can write to with --data-dir or the TASTER_DATA_DIR setting."
        case .folderNotWritable(let folder):
            return "Taster is not allowed to save in the folder \(folder).\(carryOn) "
                + (duringALesson ? "A volunteer can give" : "Give") + " this account permission to write there, or choose another folder with --data-dir."
        case .readOnlyFile(let file):
            return "The progress file \(file) can be read but not changed.\(carryOn) "
                + (duringALesson ? "A volunteer can check" : "Check") + " the file's permissions, or choose another folder with --data-dir."
        case .diskFull(let file) where duringALesson:
            return "The disk that holds taster's progress folder \(Self.folder(of: file)) is full, so progress cannot be saved "
                + "this time (what was saved before is safe), but you can carry on; "
                + "a volunteer can free some space on that disk so that saving works again next time."
        case .diskFull(let file):
            return "The disk that holds taster's progress folder \(Self.folder(of: file)) is full, so taster cannot save anything there "
                + "(what was saved before is safe). Free some space on that disk and try again."
        case .corruptFile(let file):
            return "The progress file \(file) is damaged or is not a taster progress file, so taster has left it alone.\(carryOn) "
                + (duringALesson ? "A volunteer can move" : "Move") + " the file somewhere safe (keep it for checking); "
                + "taster will then start a fresh one."
        case .newerVersion(let file):
            return "\(Self.newerVersionSentence) (File: \(file))"
        case .busy(let file):
            return "The progress file \(file) was busy for too long, probably because another taster is saving. "
                + "Please try again in a moment; if it keeps happening, " + (duringALesson ? "a volunteer can close" : "close") + " other taster windows."
        case .unknownLearner(let code):
            return duringALesson
                ? "No learner has the code \(code). Please check the code on the card, or start as a new learner."
                : "No learner has the code \(code). Check the code on the learner's card; `taster learner show` takes the code as it is written there."
        case .untrusted(let path, let reason):
            return "Taster will not use \(path) for progress: \(reason).\(carryOn) "
                + (duringALesson ? "A volunteer can choose" : "Choose") + " a folder only this account can change with --data-dir, "
                + "or set up a group folder as the deployment guide describes."
        case .unexpected(let file, let detail):
            let place = file.isEmpty ? "" : " \(file)"
            return "Taster could not use the progress file\(place) (\(detail)).\(carryOn) "
                + (duringALesson ? "A volunteer can report this message." : "Please report this message.")
        }
    }

    /// Whether the shell should carry on with ``UnsavedProgress``: true for file and folder
    /// problems, false for a mistyped learner code.
    public var allowsUnsavedFallback: Bool {
        if case .unknownLearner = self { return false }
        return true
    }

    /// The same as ``message``.
    public var description: String { message }

    /// The same as ``message``, for code that prints `localizedDescription`.
    public var errorDescription: String? { message }

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
                return .folderNotWritable(folder: folder(of: file))
            default:
                // The code and SQLite's own words, without the statement that failed.
                return .unexpected(file: file, detail: "SQLite error \(databaseError.extendedResultCode.rawValue): \(databaseError.message ?? "no message")")
            }
        }
        return .unexpected(file: file, detail: String(describing: error))
    }

    /// The folder that holds `file`.
    private static func folder(of file: String) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().path
    }

    /// Translates an errno met while preparing the folder or lock file.
    static func fromErrno(_ code: Int32, folder: String, file: String) -> StoreError {
        switch code {
        case EACCES, EPERM, EROFS: return .folderNotWritable(folder: folder)
        case ENOSPC, EDQUOT, EFBIG: return .diskFull(file: file)
        default: return .unexpected(file: file, detail: String(cString: strerror(code)))
        }
    }
}
