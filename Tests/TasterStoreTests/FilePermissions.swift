import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File modes, and making a folder or file unwritable even for root (tests run as root in CI).
enum FilePermissions {
    /// The permission bits of a path, or nil if it does not exist.
    static func mode(_ url: URL) -> Int? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return Int(info.st_mode) & 0o777
    }

    /// Makes `url` unwritable: mode 0500/0400 for an ordinary account; for root, which ignores
    /// modes, the immutable attribute (`chattr +i`). Returns a message if neither worked.
    static func makeUnwritable(_ url: URL) -> String? {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        chmod(url.path, isDirectory.boolValue ? 0o500 : 0o400)
        if geteuid() == 0 {
            let status = run("/usr/bin/chattr", ["+i", url.path]) ?? run("/bin/chattr", ["+i", url.path])
            if status != 0 {
                return "running as root and `chattr +i \(url.path)` failed; the file system may not support it"
            }
        }
        let probe = isDirectory.boolValue ? url.appendingPathComponent(".probe").path : url.path
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        if descriptor >= 0 {
            close(descriptor)
            if isDirectory.boolValue { unlink(probe) }
            return "\(url.path) is still writable"
        }
        return nil
    }

    /// Undoes ``makeUnwritable(_:)`` so the folder can be cleaned up.
    static func makeWritable(_ url: URL) {
        if geteuid() == 0 {
            _ = run("/usr/bin/chattr", ["-i", url.path]) ?? run("/bin/chattr", ["-i", url.path])
        }
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        chmod(url.path, isDirectory.boolValue ? 0o700 : 0o600)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Int32? {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
