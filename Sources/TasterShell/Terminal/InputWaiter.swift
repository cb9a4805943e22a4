#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for input on a descriptor without blocking forever, so a read can give up when the
/// program has been asked to stop (a hang-up or SIGTERM noticed by `SignalWatcher`).
///
/// A plain `read` would be restarted after the signal and never return; instead the descriptor
/// is polled, with a short timeout as a safety net, and `shouldStop` asked each time round.
struct InputWaiter {
    /// What the wait ended with.
    enum Outcome {
        /// There is input (or the end of it, or an error) to read.
        case ready
        /// The program has been asked to stop.
        case stopped
        /// A signal arrived, or one check interval passed; the caller may want to react (to a
        /// resize, say) and wait again.
        case interrupted
    }

    /// The descriptor waited on.
    let descriptor: Int32
    /// Whether to give up.
    let shouldStop: @Sendable () -> Bool

    /// How long one poll lasts before `shouldStop` is asked again, in milliseconds.
    private static let checkInterval: Int32 = 100

    /// Waits until the descriptor is readable, a signal arrives, or a stop is requested.
    func wait() -> Outcome {
        while true {
            if shouldStop() {
                return .stopped
            }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let result = poll(&request, 1, Self.checkInterval)
            if result > 0 {
                return .ready
            }
            if result < 0 {
                if errno == EINTR {
                    return shouldStop() ? .stopped : .interrupted
                }
                // A descriptor poll cannot watch: let the read itself report what is wrong.
                return .ready
            }
            // A signal that lands while no poll is waiting (between two keys, say) interrupts
            // nothing, so a resize then went unseen until the next key: let the caller look again.
            return .interrupted
        }
    }
}
