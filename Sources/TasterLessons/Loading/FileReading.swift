import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file without ever holding more than the size limit in memory.
enum FileReading {
    /// The bytes of `path`, or a located problem saying kindly why they cannot be read.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], LessonProblem> {
        // A FIFO or device named *.yaml would make `open` wait for ever: look before opening,
        // and open without waiting, so that one swapped in between is refused below too.
        var before = stat()
        if stat(path, &before) == 0, (before.st_mode & S_IFMT) != S_IFREG {
            return .failure(notOrdinary(path))
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let reason: ProblemValue = errno == ENOENT ? .phrase(.reasonNoSuchFile) : errno == EACCES ? .phrase(.reasonNotAllowed) : .text(String(cString: strerror(errno)))
            return .failure(LessonProblem(path: path, location: .start, ProblemFact(.cannotOpen, ["reason": reason])))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(notOrdinary(path))
        }
        // Reads from here on wait as usual.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        if Int(info.st_size) > limit {
            return .failure(tooLarge(path, size: Int(info.st_size), limit: limit))
        }
        // Sized by what the file says it holds, but a file that grows while read still stops
        // one byte past the limit.
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size), limit) + 1)
        var total = 0
        while total <= limit {
            if total == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            total += count
        }
        if total > limit { return .failure(tooLarge(path, size: total, limit: limit)) }
        bytes.removeSubrange(total...)
        return .success(bytes)
    }

    /// The problem for a path that is a folder, FIFO, device or socket.
    static func notOrdinary(_ path: String) -> LessonProblem {
        LessonProblem(path: path, location: .start, ProblemFact(.notOrdinaryFile))
    }

    /// The problem for a file over the size limit.
    static func tooLarge(_ path: String, size: Int, limit: Int) -> LessonProblem {
        let sizeText: ProblemValue = size >= 1 << 20 ? .phrase(.sizeMiB, ["size": .text(String(format: "%.1f", Double(size) / Double(1 << 20)))]) : .phrase(.sizeBytes, ["size": "\(size)"])
        return LessonProblem(path: path, location: .start, ProblemFact(.fileTooBig, ["size": sizeText, "limit": "\(limit >> 10)"]))
    }
}
