#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes text straight to a file descriptor, after flushing anything `print` still holds so
/// the order on screen stays the order of the calls.
public struct TerminalOutput: Sendable {
    /// The descriptor written to.
    public let descriptor: Int32

    /// Writes to `descriptor`, standard output by default.
    public init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
    }

    /// Writes `text` completely, retrying after interruptions. Errors (a closed terminal) are
    /// ignored: there is nobody left to tell.
    public func write(_ text: String) {
        // Passing nil flushes every C stream, which includes the one `print` writes to.
        fflush(nil)
        var text = text
        text.withUTF8 { buffer in
            writeFully(descriptor, UnsafeRawBufferPointer(buffer))
        }
    }
}

/// Writes all of `bytes`, retrying after interruptions and stopping at the first error.
func writeFully(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, base + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        offset += written
    }
}
