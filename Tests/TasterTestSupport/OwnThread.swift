import Foundation
import Testing

/// Runs each test case of a suite on a thread of its own, a few at a time.
///
/// Swift Testing runs test cases on the shared pool of threads that Swift concurrency keeps, one
/// thread per core. Most of taster's tests wait: for a terminal to show a line, for a child
/// process to end, for the server to answer. A test that waits synchronously holds one of those
/// threads, so on a two-core machine only two tests ever made progress and the rest queued behind
/// a wait. Under this trait a test case still runs its body unchanged, but on a thread made for
/// it, so its waiting costs a sleeping thread rather than a core; at most ``width`` run at once so
/// that the processes they start do not crowd each other out.
///
/// Add it to a top-level suite with `@Suite(.ownThread)`; it reaches every nested suite and test.
public struct OwnThreadTrait: SuiteTrait, TestTrait, TestScoping {
    /// How many test cases may run at once: `TASTER_TEST_WIDTH` when set, else three per core.
    public static let width: Int = {
        if let text = ProcessInfo.processInfo.environment["TASTER_TEST_WIDTH"], let width = Int(text), width > 0 {
            return width
        }
        return max(2, 3 * ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// Reaches the suite's nested suites and tests.
    public var isRecursive: Bool { true }

    /// A scope for each test case only: a scope around a whole suite or test function would hold
    /// a place that its own cases then wait for.
    public func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    /// Waits for a place, then runs the test case with new threads preferred for its work.
    public func provideScope(
        for test: Test,
        testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        await Self.places.take()
        defer { Self.places.give() }
        try await withTaskExecutorPreference(ThreadPerJobExecutor.shared) {
            try await function()
        }
    }

    private static let places = Places(count: width)
}

extension Trait where Self == OwnThreadTrait {
    /// Each test case runs on a thread of its own (see ``OwnThreadTrait``).
    public static var ownThread: OwnThreadTrait { OwnThreadTrait() }
}

/// An executor that runs each job on a new thread, so that a job that blocks blocks only itself.
private final class ThreadPerJobExecutor: TaskExecutor {
    static let shared = ThreadPerJobExecutor()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        let thread = Thread { job.runSynchronously(on: executor) }
        // Tests start terminals and servers; a generous stack keeps deep test bodies safe.
        thread.stackSize = 8 << 20
        thread.start()
    }
}

/// A counting semaphore for tasks: waiting for a place suspends the task rather than a thread.
private final class Places: @unchecked Sendable {
    // Guards `free` and `waiting`.
    private let lock = NSLock()
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    func take() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let granted: Bool = lock.withLock {
                if free > 0 {
                    free -= 1
                    return true
                }
                waiting.append(continuation)
                return false
            }
            if granted { continuation.resume() }
        }
    }

    func give() {
        let next: CheckedContinuation<Void, Never>? = lock.withLock {
            if waiting.isEmpty {
                free += 1
                return nil
            }
            return waiting.removeFirst()
        }
        next?.resume()
    }
}
