#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads typed characters one at a time from a terminal, decoding UTF-8 itself, for libedit's
/// replaceable character reader.
///
/// libedit's own reader retries a read interrupted by a signal, so it would never notice a
/// request to stop; this one waits with `InputWaiter` instead. Invalid UTF-8 becomes U+FFFD.
final class KeyboardReader {
    /// What one read produced.
    enum Outcome: Equatable {
        /// A character.
        case character(Unicode.Scalar)
        /// The end of input, or a request to stop.
        case end
        /// A read error.
        case failure
        /// A signal arrived before any key; the caller may react and ask again.
        case interrupted
    }

    private let descriptor: Int32
    private let waiter: InputWaiter
    /// A byte read while looking for a continuation byte, to be used next time.
    private var pushedBack: UInt8?

    /// Reads from `descriptor`, giving up when `shouldStop` says so.
    init(descriptor: Int32, shouldStop: @escaping @Sendable () -> Bool) {
        self.descriptor = descriptor
        self.waiter = InputWaiter(descriptor: descriptor, shouldStop: shouldStop)
    }

    /// Waits for and decodes the next character.
    func next() -> Outcome {
        let lead: UInt8
        if let byte = pushedBack {
            pushedBack = nil
            lead = byte
        } else {
            switch waiter.wait() {
            case .stopped: return .end
            case .interrupted: return .interrupted
            case .ready: break
            }
            switch readByte() {
            case .some(.some(let byte)): lead = byte
            case .some(.none): return .end
            case .none: return .failure
            }
        }
        return decode(startingWith: lead)
    }

    /// The next character if one is ready within `milliseconds`, else nil.
    func next(within milliseconds: Int32) -> Outcome? {
        if pushedBack == nil {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, milliseconds) > 0 else { return nil }
        }
        return next()
    }

    private func decode(startingWith lead: UInt8) -> Outcome {
        let replacement = Outcome.character("\u{FFFD}")
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00...0x7F: return .character(Unicode.Scalar(lead))
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
        default: return replacement
        }
        for _ in 1..<length {
            // The rest of a character arrives with its first byte; do not wait long for it.
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 50) > 0, case .some(.some(let byte)) = readByte() else {
                return replacement
            }
            guard byte & 0xC0 == 0x80 else {
                pushedBack = byte
                return replacement
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return replacement }
        return .character(scalar)
    }

    /// One byte; `.some(nil)` at the end of input; nil on an error.
    private func readByte() -> UInt8?? {
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count == 1 { return .some(byte) }
            if count == 0 { return .some(nil) }
            if errno == EINTR { continue }
            return nil
        }
    }
}
