import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Who may write in the data folder, checked before any file in it is used.
///
/// Learners' codes are in the progress file, so a folder or file that another account could
/// change (or swap for a link) is refused: otherwise an account could plant a world-writable
/// folder, let taster save other people's learners into it, and read their codes. The one
/// shared set-up allowed is a **group folder**: owned by a member account (or root), with the
/// set-group-ID bit, writable by its group and not by others (mode 2770). Files taster makes
/// there are 0660, so every account of the group can save.
enum FolderSharing: Equatable, Sendable {
    /// Only this account may write: files are made 0600.
    case privateFolder
    /// The folder's group may write: files are made 0660 and may belong to other members.
    case groupFolder(group: gid_t)

    /// The mode for a file taster makes in the folder.
    var fileMode: mode_t {
        switch self {
        case .privateFolder: 0o600
        case .groupFolder: 0o660
        }
    }

    /// How `folder` is shared, or why it cannot be trusted.
    static func of(_ folder: URL) throws(StoreError) -> FolderSharing {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return .privateFolder }
        let mode = info.st_mode
        if mode & S_IWOTH != 0 {
            throw .untrusted(path: folder.path, reason: "any account on this computer can change what is in it")
        }
        let ownedByUs = info.st_uid == geteuid() || info.st_uid == 0
        let groupWritable = mode & S_IWGRP != 0
        let isGroupFolder = mode & S_ISGID != 0 && groupWritable && isMember(of: info.st_gid)
        if isGroupFolder { return .groupFolder(group: info.st_gid) }
        if !ownedByUs {
            throw .untrusted(path: folder.path, reason: "it belongs to another account, which could read or change the learners' progress")
        }
        if groupWritable {
            throw .untrusted(path: folder.path, reason: "other accounts in its group can change it, but it is not set up as a group folder")
        }
        return .privateFolder
    }

    /// Refuses `file` when it is a link, not an ordinary file, or writable by an account that
    /// should not write it. A file that does not exist yet is fine.
    func check(_ file: URL) throws(StoreError) {
        var info = stat()
        guard lstat(file.path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw .untrusted(path: file.path, reason: "it is a link to somewhere else")
        case S_IFDIR: throw .untrusted(path: file.path, reason: "it is a folder, where taster keeps a file of that name")
        default: throw .untrusted(path: file.path, reason: "it is not an ordinary file")
        }
        if info.st_mode & S_IWOTH != 0 {
            throw .untrusted(path: file.path, reason: "any account on this computer can change it")
        }
        let ownedByUs = info.st_uid == geteuid() || info.st_uid == 0
        switch self {
        case .privateFolder:
            if !ownedByUs {
                throw .untrusted(path: file.path, reason: "it belongs to another account")
            }
            if info.st_mode & S_IWGRP != 0 {
                throw .untrusted(path: file.path, reason: "other accounts in its group can change it, but its folder is not a group folder")
            }
        case .groupFolder(let group):
            if !ownedByUs, info.st_gid != group {
                throw .untrusted(path: file.path, reason: "it belongs to another account outside the folder's group")
            }
        }
    }

    private static func isMember(of group: gid_t) -> Bool {
        if getegid() == group { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        let filled = getgroups(count, &groups)
        return groups.prefix(Int(max(filled, 0))).contains(group)
    }
}
