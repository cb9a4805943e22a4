import Foundation
import Testing
@testable import TasterShell

#if canImport(Glibc)
import Glibc
#endif

/// The watcher changes process-wide signal handlers, so its tests run one at a time and never
/// alongside the child program. Signals are sent with `kill(getpid())`, not `raise`: the test
/// runner's threads block every signal, and `raise` would leave it pending on this thread.
@Suite(.serialized, .enabled(if: !EditLineChildProgram.isChild))
struct SignalWatcherTests {
    /// Polls `condition` for up to two seconds.
    private func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    @Test func resizeSignalSetsTheNoticeOnce() throws {
        let watcher = try SignalWatcher(restoring: nil) { _ in }
        defer { watcher.stop() }
        #expect(watcher.takeResizeNotice() == false)
        kill(getpid(), SIGWINCH)
        #expect(eventually { watcher.takeResizeNotice() })
        #expect(watcher.takeResizeNotice() == false)
    }

    @Test func terminationSignalCallsTheHandlerInsteadOfEndingTheProcess() throws {
        let received = LockedBox<[SignalWatcher.Event]>([])
        let watcher = try SignalWatcher(restoring: nil) { event in
            received.update { $0.append(event) }
        }
        defer { watcher.stop() }
        kill(getpid(), SIGTERM)
        kill(getpid(), SIGTERM)
        #expect(eventually { watcher.terminationEvent == .terminate })
        usleep(50_000)
        #expect(received.value == [.terminate])
    }

    @Test func onlyOneWatcherAtATime() throws {
        let first = try SignalWatcher(restoring: nil) { _ in }
        defer { first.stop() }
        #expect(throws: SignalWatcher.StartError.alreadyActive) {
            _ = try SignalWatcher(restoring: nil) { _ in }
        }
        first.stop()
        let second = try SignalWatcher(restoring: nil) { _ in }
        second.stop()
    }
}

/// A value shared with a handler running on another queue.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var storedValue: Value

    init(_ value: Value) {
        storedValue = value
    }

    var value: Value {
        lock.withLock { storedValue }
    }

    func update(_ change: (inout Value) -> Void) {
        lock.withLock { change(&storedValue) }
    }
}
