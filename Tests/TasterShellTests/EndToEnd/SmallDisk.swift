import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small, real file system (tmpfs) mounted on a fresh folder, that a test can fill up and
/// empty again. Mounting needs root with CAP_SYS_ADMIN, on Linux; ``canMount`` says whether
/// this run may, so that tests needing it are skipped, with the reason, when it may not.
final class SmallDisk {
    /// The mounted folder.
    let path: String
    private let fillerPath: String
    private var mounted = true

    /// Whether this run may mount a tmpfs: found by mounting (and unmounting) a tiny one, since
    /// being root is not enough inside many containers.
    static let canMount: Bool = {
        guard geteuid() == 0, let probe = try? SmallDisk(megabytes: 1) else { return false }
        probe.unmount()
        return true
    }()

    /// Why a disk could not be set up.
    struct SetUpFailed: Error, CustomStringConvertible {
        /// What failed, with the tool's own words.
        let description: String
    }

    /// Mounts a tmpfs of `megabytes` on a new folder under the temporary folder.
    init(megabytes: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-small-disk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (status, said) = Self.run("mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m,mode=0700", "tmpfs", folder])
        guard status == 0 else {
            try? FileManager.default.removeItem(atPath: folder)
            throw SetUpFailed(description: "mount -t tmpfs on \(folder) failed (status \(status)): \(said)")
        }
        path = folder
        fillerPath = folder + "/filler"
    }

    deinit {
        unmount()
    }

    /// Writes a filler file until the disk has no room left; returns how many bytes it took.
    @discardableResult
    func fill() throws -> Int {
        let descriptor = open(fillerPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SetUpFailed(description: "cannot create \(fillerPath): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0x55, count: 64 * 1024)
        var total = 0
        var size = chunk.count
        // Smaller and smaller writes take the last partly free page too.
        while size > 0 {
            let written = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, size) }
            if written > 0 {
                total += written
            } else if written < 0 && errno == EINTR {
                continue
            } else if written < 0 && errno != ENOSPC {
                throw SetUpFailed(description: "filling \(path) failed: \(String(cString: strerror(errno)))")
            } else {
                size /= 2
            }
        }
        return total
    }

    /// Whether no more bytes fit: a one-byte write to a new file fails with ENOSPC.
    var isFull: Bool {
        let probe = path + "/probe"
        defer { unlink(probe) }
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        var byte: UInt8 = 1
        return write(descriptor, &byte, 1) != 1
    }

    /// Removes the filler file, freeing the space it took.
    func free() {
        unlink(fillerPath)
    }

    /// Unmounts the disk (lazily if something still holds it) and removes the folder. Safe to
    /// call more than once.
    func unmount() {
        guard mounted else { return }
        mounted = false
        if Self.run("umount", [path]).status != 0 {
            _ = Self.run("umount", ["-l", path])
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Runs a system tool found on the usual paths; returns its status and what it printed.
    private static func run(_ tool: String, _ arguments: [String]) -> (status: Int32, said: String) {
        guard let executable = ["/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"].map({ $0 + tool })
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            return (-1, "\(tool) was not found")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            return (-1, "\(error)")
        }
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, said.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
