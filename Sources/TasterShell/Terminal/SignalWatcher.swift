import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices hang-ups, termination requests and terminal resizes, so the shell can restore the
/// terminal and leave tidily, or re-wrap its text.
///
/// How it works, and why:
/// - A `sigaction` handler for SIGHUP, SIGTERM and SIGWINCH does the one thing that is safe
///   inside a signal handler: it writes the signal's number as a byte into a pipe.
/// - A dispatch source reads that pipe on a private queue and does the real work there: it
///   records the event, puts back the terminal settings captured at start-up, and calls the
///   shell's termination handler. (Dispatch signal sources are not used: on Linux they rely on
///   the signal being blocked in every thread, which this process cannot promise.)
/// - The handlers use SA_RESTART, so a plain read in progress carries on after a resize.
/// - While libedit is reading a line it installs its own handlers for these signals: it puts
///   the terminal back in its normal mode, then re-raises the signal, which reaches ours.
/// - Ctrl-C is not watched: libedit turns it into a key while a line is edited, and outside
///   editing the shell ignores it (`ignoreInterruptKey()`), so it can never kill the program
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
    public enum StartError: Error, Equatable, CustomStringConvertible {
        /// Another watcher is still active; call `stop()` on it first.
        case alreadyActive
        /// The operating system refused a pipe or a signal handler.
        case systemCallFailed(call: String, errorNumber: Int32)

        /// A sentence saying what went wrong and what to do.
        public var description: String {
            switch self {
            case .alreadyActive:
                return "A signal watcher is already active; stop it before starting another."
            case .systemCallFailed(let call, let errorNumber):
                return "Could not watch for signals: \(call) failed with error \(errorNumber) "
                    + "(\(String(cString: strerror(errorNumber)))). The program can run, but may not "
                    + "restore the terminal if it is closed."
            }
        }
    }

    private static let watchedSignals: [Int32] = [SIGHUP, SIGTERM, SIGWINCH]

    private let queue = DispatchQueue(label: "taster.signal-watcher")
    private let readEnd: Int32
    private let writeEnd: Int32
    private let source: DispatchSourceRead
    private let snapshot: TerminalModeSnapshot?
    private let onTermination: @Sendable (Event) -> Void
    private let onResize: (@Sendable () -> Void)?
    private var previousActions: [Int32: sigaction] = [:]

    private let lock = NSLock()
    // Guarded by `lock`.
    private var receivedTermination: Event?
    private var resizePending = false
    private var stopped = false

    /// Starts watching. On a hang-up or termination request, the terminal settings in
    /// `snapshot` are put back and then `onTermination` is called, once, on a background queue,
    /// possibly while the main thread is still blocked reading a line: it should save what needs
    /// saving and end the process (`exit`). `onResize` is called on the same queue after each
    /// resize; `takeResizeNotice()` is the polling alternative.
    public init(
        restoring snapshot: TerminalModeSnapshot?,
        onResize: (@Sendable () -> Void)? = nil,
        onTermination: @escaping @Sendable (Event) -> Void
    ) throws(StartError) {
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
        self.snapshot = snapshot
        self.onTermination = onTermination
        self.onResize = onResize
        source = DispatchSource.makeReadSource(fileDescriptor: readEnd, queue: queue)
        source.setEventHandler { [weak self] in self?.drainPipe() }
        source.setCancelHandler { [readEnd, writeEnd] in
            close(readEnd)
            close(writeEnd)
        }
        source.resume()

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

    /// Makes Ctrl-C (SIGINT) do nothing while no line is being edited.
    public static func ignoreInterruptKey() {
        signal(SIGINT, SIG_IGN)
    }

    /// The hang-up or termination received so far, if any.
    public var terminationEvent: Event? {
        lock.withLock { receivedTermination }
    }

    /// Whether the terminal was resized since the last call; clears the notice.
    public func takeResizeNotice() -> Bool {
        lock.withLock {
            defer { resizePending = false }
            return resizePending
        }
    }

    /// Puts the previous signal handlers back and stops watching. Safe to call twice, and from
    /// inside the termination handler.
    public func stop() {
        let wasStopped = lock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        for (signalNumber, previous) in previousActions {
            var previous = previous
            sigaction(signalNumber, &previous, nil)
        }
        previousActions.removeAll()
        signalPipeWriteEnd = -1
        source.cancel()
    }

    /// Runs on `queue` when bytes arrive in the pipe.
    private func drainPipe() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while true {
            let count = bytes.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            for byte in bytes[..<count] {
                handle(signalNumber: Int32(byte))
            }
        }
    }

    private func handle(signalNumber: Int32) {
        switch signalNumber {
        case SIGWINCH:
            lock.withLock { resizePending = true }
            onResize?()
        case SIGHUP, SIGTERM:
            let event: Event = signalNumber == SIGHUP ? .hangUp : .terminate
            let isFirst = lock.withLock { () -> Bool in
                guard receivedTermination == nil else { return false }
                receivedTermination = event
                return true
            }
            guard isFirst else { return }
            snapshot?.restore()
            onTermination(event)
        default:
            break
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
