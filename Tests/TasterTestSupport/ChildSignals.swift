import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals as a program started from a test should find them.
///
/// The test runner's threads block most signals, and a spawned child inherits that mask. Then
/// taster ignores the hang-up that closing its terminal sends, and tmux never reaps its
/// children. So every child gets the default action for each signal and an empty mask.
public enum ChildSignals {
    /// Sets `attributes` to give the child default signal actions and an empty mask, with
    /// `extraFlags` (such as a new session) alongside.
    public static func reset(_ attributes: inout posix_spawnattr_t, extraFlags: Int32 = 0) {
        posix_spawnattr_setflags(&attributes, Int16(extraFlags | Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)))
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber: Int32 in 1..<32 where signalNumber != SIGKILL && signalNumber != SIGSTOP {
            sigaddset(&defaults, signalNumber)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
    }
}
