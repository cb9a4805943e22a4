import Foundation

/// At most so many tests of one kind at once, for tests that spend their time waiting for
/// another program (a real terminal, a browser).
///
/// Such a test is `async` and waits with `Task.sleep`, so that while it waits the test
/// runner's few threads (one per core) run other tests; the slots keep many of them from
/// starting their programs together on a small machine, where their waits would run out.
public final class TestSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// `count` slots.
    public init(_ count: Int) {
        free = max(1, count)
    }

    /// Waits for a slot and takes it.
    public func take() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let taken = lock.withLock { () -> Bool in
                guard free > 0 else {
                    waiting.append(continuation)
                    return false
                }
                free -= 1
                return true
            }
            if taken { continuation.resume() }
        }
    }

    /// Gives a slot back, to the longest waiting test if there is one.
    public func give() {
        let next = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            guard !waiting.isEmpty else {
                free += 1
                return nil
            }
            return waiting.removeFirst()
        }
        next?.resume()
    }
}
