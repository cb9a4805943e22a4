import TasterTestSupport
import Testing
@testable import TasterShell

#if canImport(Glibc)
import Glibc
#endif

/// The watcher changes process-wide signal handlers, so its tests run one at a time and never
/// alongside the child program. Signals are sent with `kill(getpid())`, not `raise`: the test
/// runner's threads block every signal, and `raise` would leave it pending on this thread.
@Suite(.serialized, .enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct SignalWatcherTests {
    /// Polls `condition` for up to two seconds.
    private func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    /// Whether `signalNumber` has been sent to this process (or thread) and not yet delivered.
    private static func isPending(_ signalNumber: Int32) -> Bool {
        var pending = sigset_t()
        sigemptyset(&pending)
        sigpending(&pending)
        return sigismember(&pending, signalNumber) == 1
    }

    @Test func resizeSignalSetsTheNoticeOnce() throws {
        let watcher = try SignalWatcher()
        defer { watcher.stop() }
        #expect(watcher.takeResizeNotice() == false)
        kill(getpid(), SIGWINCH)
        #expect(eventually { watcher.takeResizeNotice() })
        #expect(watcher.takeResizeNotice() == false)
    }

    @Test func terminationSignalIsRecordedInsteadOfEndingTheProcess() throws {
        let watcher = try SignalWatcher()
        defer { watcher.stop() }
        #expect(!watcher.stopRequested)
        kill(getpid(), SIGTERM)
        #expect(eventually { watcher.stopRequested })
        #expect(watcher.terminationEvent == .terminate)
        // The first request is the one reported.
        kill(getpid(), SIGHUP)
        // Every thread of the runner blocks signals until one takes it, which on a busy machine
        // can take a while; stopping while it is still pending would put the default action
        // back and end the test run.
        #expect(eventually { !Self.isPending(SIGHUP) }, "the hang-up was never delivered")
        #expect(watcher.terminationEvent == .terminate)
    }

    @Test func stoppingPutsThePreviousHandlerBack() throws {
        var before = sigaction()
        sigaction(SIGWINCH, nil, &before)
        let watcher = try SignalWatcher()
        watcher.stop()
        watcher.stop()
        var after = sigaction()
        sigaction(SIGWINCH, nil, &after)
        let handlerAddress = { (action: sigaction) in
            unsafeBitCast(action.__sigaction_handler.sa_handler, to: UnsafeRawPointer?.self)
        }
        #expect(handlerAddress(after) == handlerAddress(before))
    }

    @Test func onlyOneWatcherAtATime() throws {
        let first = try SignalWatcher()
        defer { first.stop() }
        #expect(throws: SignalWatcher.StartError.alreadyActive) {
            _ = try SignalWatcher()
        }
        first.stop()
        let second = try SignalWatcher()
        second.stop()
    }
}
