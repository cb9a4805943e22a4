import Foundation

/// The erasing of long-inactive learners that a learner's terminal does while its first screen is
/// up, on a thread of its own so that nobody waits for it, and the sentences it leaves for the
/// volunteer.
///
/// When the screen closes, `finish` gives the purge a moment to end its current small batch
/// (a learner who leaves at once must not cut it off for good), then asks it to stop.
final class StartUpPurge: @unchecked Sendable {
    /// How long `finish` waits by default: a few batches of about 0.1 s.
    static let usualWait: TimeInterval = 2

    private let lock = NSLock()
    private let running = DispatchGroup()
    private var sentences: [String] = []
    private var stopping = false
    private var saidAtStart: Set<String> = []

    /// A purge with nothing started.
    init() {}

    /// Keeps `sentence` to be written when the screen closes.
    func add(_ sentence: String) {
        lock.withLock { sentences.append(sentence) }
    }

    /// True the first time `sentence` is offered in this run, so a kiosk says a start-up
    /// warning before its first learner only, not before every one.
    func isFirstSaying(_ sentence: String) -> Bool {
        lock.withLock { saidAtStart.insert(sentence).inserted }
    }

    /// Runs `work` on its own thread. `work` is given a question to ask between batches (true:
    /// stop now) and returns a sentence for the volunteer, or nil.
    func start(_ work: @escaping @Sendable (_ shouldStop: () -> Bool) -> String?) {
        running.enter()
        Thread.detachNewThread { [self] in
            defer { running.leave() }
            if let sentence = work({ self.lock.withLock { self.stopping } }) { add(sentence) }
        }
    }

    /// Waits at most `seconds` for the purge to end, asks it to stop after its current batch,
    /// and returns each distinct sentence once, in the order they came.
    func finish(waitingAtMost seconds: TimeInterval = StartUpPurge.usualWait) -> [String] {
        if running.wait(timeout: .now() + seconds) == .timedOut {
            lock.withLock { stopping = true }
            _ = running.wait(timeout: .now() + 0.5)
        }
        return lock.withLock { sentences.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
    }
}
