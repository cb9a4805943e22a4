import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices hang-ups, termination requests and terminal resizes, so the shell can leave tidily
/// or re-wrap its text.
///
/// How it works, and why:
/// - A `sigaction` handler for SIGHUP, SIGTERM and SIGWINCH does the one thing that is safe
///   inside a signal handler: it writes the signal's number as a byte into a non-blocking pipe.
/// - Nothing runs in the background. Whoever asks (`stopRequested`, `terminationEvent`,
///   `takeResizeNotice()`) first empties the pipe and updates the flags. (A dispatch source
///   reading the pipe was tried: on Linux it sometimes fired only seconds later. Dispatch signal
///   sources need the signal blocked in every thread, which this process cannot promise.)
/// - The line readers take `stopRequested` as their `shouldStop` and ask it whenever a signal
///   interrupts their wait, and at least ten times a second: a read in progress then ends as if
///   the input had ended, libedit having restored the terminal, and the shell leaves by its
///   normal path on the main thread, saving as it goes. Ending the process from another thread
///   instead would race with libedit, which puts the terminal back into raw mode before each
///   key it reads.
/// - The handlers use SA_RESTART, so plain reads and writes carry on after a resize.
/// - While libedit is reading a line it installs its own handlers for these signals: it puts
///   the terminal back in its normal mode (or redraws, after a resize), then re-raises the
///   signal, which reaches ours.
/// - Ctrl-C is not watched: libedit turns it into a key while a line is edited, and outside
///   editing the shell ignores it (`ignoreKeyboardSignals()`), so it can never kill the program
///   half-way through saving.
///
/// Only one watcher can be active in a process, because a C signal handler cannot carry
/// context: the pipe's descriptor is kept in a file-private global.
public final class SignalWatcher: @unchecked Sendable {
    /// A signal the shell cares about.
    public enum Event: Equatable, Sendable {
        /// SIGHUP: the terminal went away (window closed, connection dropped).
        case hangUp
        /// SIGTERM: the system or an administrator asked the program to stop.
        case terminate
        /// SIGWINCH: the terminal changed size.
        case resize
    }

    /// Why a watcher could not start.
    /// Facts only: the commands word it for the person who ran them.
    public enum StartError: Error, Equatable {
        /// Another watcher is still active; call `stop()` on it first.
        case alreadyActive
        /// The operating system refused a pipe or a signal handler.
        case systemCallFailed(call: String, errorNumber: Int32)
    }


    private static let watchedSignals: [Int32] = [SIGHUP, SIGTERM, SIGWINCH]

    private let readEnd: Int32
    private let writeEnd: Int32
    private let lock = NSLock()
    // Guarded by `lock`.
    private var previousActions: [Int32: sigaction] = [:]
    private var receivedTermination: Event?
    private var resizePending = false
    private var stopped = false

    /// Starts watching. Start it on the main thread, early, before the line reader.
    public init() throws(StartError) {
        guard signalPipeWriteEnd < 0 else { throw .alreadyActive }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            throw .systemCallFailed(call: "pipe", errorNumber: errno)
        }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        signalPipeWriteEnd = writeEnd
        for signalNumber in Self.watchedSignals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = signalPipeHandler
            #else
            action.__sigaction_u.__sa_handler = signalPipeHandler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            var previous = sigaction()
            guard sigaction(signalNumber, &action, &previous) == 0 else {
                let failure = errno
                stop()
                throw .systemCallFailed(call: "sigaction", errorNumber: failure)
            }
            previousActions[signalNumber] = previous
        }
    }

    deinit {
        stop()
    }

    /// Makes the keyboard's signal keys harmless while no line is being edited: Ctrl-C
    /// (SIGINT) and Ctrl-\ (SIGQUIT) would end the program, Ctrl-Z (SIGTSTP) would suspend it
    /// and leave a learner at a strange prompt. While editing, libedit receives them as keys.
    public static func ignoreKeyboardSignals() {
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        signal(SIGTSTP, SIG_IGN)
    }

    /// The hang-up or termination received so far, if any (the first one counts).
    public var terminationEvent: Event? {
        lock.withLock {
            collectSignals()
            return receivedTermination
        }
    }

    /// Whether a hang-up or termination request has arrived: give this to the line readers as
    /// their `shouldStop`, and leave when a read returns `.endOfInput`.
    public var stopRequested: Bool {
        terminationEvent != nil
    }

    /// Whether the terminal was resized since the last call; clears the notice.
    public func takeResizeNotice() -> Bool {
        lock.withLock {
            collectSignals()
            defer { resizePending = false }
            return resizePending
        }
    }

    /// Puts the previous signal handlers back and stops watching. Safe to call twice.
    public func stop() {
        lock.withLock {
            guard !stopped else { return }
            stopped = true
            for (signalNumber, previous) in previousActions {
                var previous = previous
                sigaction(signalNumber, &previous, nil)
            }
            previousActions.removeAll()
            signalPipeWriteEnd = -1
            close(writeEnd)
            close(readEnd)
        }
    }

    /// Empties the pipe and records what arrived. The caller holds `lock`.
    private func collectSignals() {
        guard !stopped else { return }
        var bytes = [UInt8](repeating: 0, count: 64)
        while true {
            let count = bytes.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            for byte in bytes[..<count] {
                switch Int32(byte) {
                case SIGWINCH:
                    resizePending = true
                case SIGHUP where receivedTermination == nil:
                    receivedTermination = .hangUp
                case SIGTERM where receivedTermination == nil:
                    receivedTermination = .terminate
                default:
                    break
                }
            }
        }
    }
}

/// The pipe the signal handler writes to; -1 when no watcher is active. A C signal handler
/// cannot capture context, so this one global is unavoidable.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Writes the signal number into the pipe: `write` is async-signal-safe, and the pipe is
/// non-blocking, so a flood of signals can never block the handler.
private func signalPipeHandler(_ signalNumber: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signalNumber)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = savedErrno
}
