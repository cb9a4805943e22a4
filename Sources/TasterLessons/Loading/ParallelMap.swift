import Foundation

/// Maps many independent items on every core, keeping their order: lint of a large lesson
/// folder is mostly reading and checking one file at a time, and each file stands alone.
public enum ParallelMap {
    /// Below this many items the threads cost more than they save, so the work stays on the
    /// calling thread (a learner's 13 lessons load this way).
    public static let smallestBatch = 32

    /// `items.map(transform)`, spread over the cores when there are enough items.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count >= smallestBatch else { return items.map(transform) }
        let results = Results<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(transform(items[index]), at: index)
        }
        return results.values()
    }

    /// The results as they arrive from the threads, each in its own place.
    private final class Results<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Value?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ value: Value, at index: Int) {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = value
        }

        func values() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
