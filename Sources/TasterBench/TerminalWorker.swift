import Foundation
import TasterServiceStore
import TasterStore

/// One process of the many-terminals benchmark (`taster-bench terminals ADDRESS EVENTS CODES`):
/// a thread per learner, each with its own ``ServiceProgressStore`` and so its own connection,
/// as each terminal of a branch has. Every learner records `EVENTS` steps through
/// ``ServiceProgressStore/recordStep(code:lessonID:record:resumeAt:)``, the call the shell's
/// progress saver makes for each step, one after another with no pause.
///
/// Prints `ready` once every store is open, waits for a line on standard input so that all
/// processes start together, then prints `done SENT FAILED START END` (times in seconds since
/// 1970) and a line of each event's latency in microseconds.
enum TerminalWorker {
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 3, let address = try? PostgresAddress(arguments[0]), let events = Int(arguments[1]) else {
            FileHandle.standardError.write(Data("usage: taster-bench terminals ADDRESS EVENTS CODE,CODE,...\n".utf8))
            return 2
        }
        let codes = arguments[2].split(separator: ",").compactMap { LearnerCode(String($0)) }
        var stores: [ServiceProgressStore] = []
        do {
            for _ in codes { stores.append(try ServiceProgressStore.open(address, branch: ServiceBenchmark.terminalsBranch)) }
        } catch {
            say("failed \(error)")
            return 1
        }
        say("ready")
        _ = readLine()

        let results = Results(learners: codes.count)
        let group = DispatchGroup()
        let started = Date().timeIntervalSince1970
        for (index, code) in codes.enumerated() {
            let store = stores[index]
            group.enter()
            Thread.detachNewThread {
                var latencies: [Int] = []
                var failed = 0
                latencies.reserveCapacity(events)
                for step in 0..<events {
                    let start = DispatchTime.now().uptimeNanoseconds
                    do {
                        try store.recordStep(
                            code: code, lessonID: "lesson-1",
                            record: StepRecord(stepIndex: step % 10, attempts: 1, secondsSpent: 30, completed: true),
                            resumeAt: step % 10 + 1)
                        latencies.append(Int((DispatchTime.now().uptimeNanoseconds - start) / 1000))
                    } catch {
                        failed += 1
                    }
                }
                results.store(index, latencies: latencies, failed: failed)
                group.leave()
            }
        }
        group.wait()
        let ended = Date().timeIntervalSince1970
        for store in stores { try? store.close() }
        let (latencies, failed) = results.all
        say("done \(codes.count * events) \(failed) \(started) \(ended)")
        say(latencies.map(String.init).joined(separator: " "))
        return 0
    }

    /// Writes a line to standard output at once (unbuffered), as the parent waits for it.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// What the threads measured, kept under a lock.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var latencies: [[Int]]
        private var failures: [Int]

        init(learners: Int) {
            latencies = Array(repeating: [], count: learners)
            failures = Array(repeating: 0, count: learners)
        }

        func store(_ index: Int, latencies measured: [Int], failed: Int) {
            lock.lock()
            defer { lock.unlock() }
            latencies[index] = measured
            failures[index] = failed
        }

        var all: (latencies: [Int], failed: Int) {
            lock.lock()
            defer { lock.unlock() }
            return (latencies.flatMap { $0 }, failures.reduce(0, +))
        }
    }
}
