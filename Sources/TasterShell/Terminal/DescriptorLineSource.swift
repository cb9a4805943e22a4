#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads newline-terminated lines of bytes from a file descriptor, with its own buffer.
///
/// Reading the descriptor directly (rather than through the C library's `stdin`) lets tests
/// hand in a pipe, and lets the bytes of a line be overwritten once it has been handed out, so
/// a practice password read from a pipe does not linger in the buffer.
final class DescriptorLineSource {
    private let descriptor: Int32
    private let maximumLineBytes: Int
    private let waiter: InputWaiter
    private var buffer: [UInt8] = []
    /// Bytes before this index were already returned.
    private var lineStart = 0
    /// Bytes from `lineStart` up to this index hold no newline.
    private var searchStart = 0

    /// Reads from `descriptor`; a line longer than `maximumLineBytes` is cut at that length and
    /// the rest of it discarded, so a runaway input cannot exhaust memory. Reading gives up,
    /// as if the input had ended, once `shouldStop` returns true.
    init(descriptor: Int32, maximumLineBytes: Int, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.descriptor = descriptor
        self.maximumLineBytes = maximumLineBytes
        self.waiter = InputWaiter(descriptor: descriptor, shouldStop: shouldStop)
    }

    /// The next line without its "\n" or "\r\n", or nil at the end of the input. A last line
    /// without a line ending is still returned.
    func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[searchStart...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = takeLine(upTo: newline, skipping: 1)
                return line.count > maximumLineBytes ? Array(line.prefix(maximumLineBytes)) : line
            }
            searchStart = buffer.count
            if buffer.count - lineStart > maximumLineBytes {
                let line = Array(buffer[lineStart..<(lineStart + maximumLineBytes)])
                buffer.removeAll(keepingCapacity: true)
                lineStart = 0
                searchStart = 0
                skipToNewline()
                return line
            }
            guard fill() else {
                guard buffer.count > lineStart else { return nil }
                return takeLine(upTo: buffer.count, skipping: 0)
            }
        }
    }

    private func takeLine(upTo end: Int, skipping separatorCount: Int) -> [UInt8] {
        var line = Array(buffer[lineStart..<end])
        for index in lineStart..<min(end + separatorCount, buffer.count) {
            buffer[index] = 0
        }
        if line.last == UInt8(ascii: "\r") {
            line.removeLast()
        }
        lineStart = end + separatorCount
        searchStart = lineStart
        // Move the unread bytes to the front only once most of the buffer is spent.
        if lineStart > 64 * 1024 && lineStart * 2 > buffer.count {
            buffer.removeSubrange(..<lineStart)
            lineStart = 0
            searchStart = 0
        }
        return line
    }

    /// Drops input up to and including the next newline.
    private func skipToNewline() {
        while fill() {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                buffer.removeSubrange(...newline)
                return
            }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Appends one read's worth of bytes; false at the end of the input, on an error, or when
    /// asked to stop.
    private func fill() -> Bool {
        let chunk = 64 * 1024
        var scratch = [UInt8](repeating: 0, count: chunk)
        while true {
            switch waiter.wait() {
            case .stopped: return false
            case .interrupted: continue
            case .ready: break
            }
            let count = scratch.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
            if count > 0 {
                buffer.append(contentsOf: scratch[..<count])
                for index in 0..<count {
                    scratch[index] = 0
                }
                return true
            }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }
}
