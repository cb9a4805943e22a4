import Foundation
import TasterStore

/// What each mode of `taster-stress` does. Every mode prints one result line (or a stream of
/// numbers for `forever`) and returns the process exit status.
enum StressWorkloads {
    /// The lesson every workload records against.
    static let lessonID = "stress-lesson"

    /// Opens the store and writes `events` step events for a new learner.
    static func record(dataDirectory: URL, learnerIndex: Int, events: Int) throws(StoreError) -> String {
        let store = try ProgressDatabase.open(DataLocation(folder: dataDirectory))
        let learner = try store.newLearner(nickname: "stress-\(learnerIndex)")
        try store.startLesson(code: learner.code, lessonID: lessonID, contentVersion: "1")
        for index in 0..<events {
            try store.recordStep(code: learner.code, lessonID: lessonID, record: sampleStep(index))
        }
        let stored = try store.summary(code: learner.code)?.stepsRecorded ?? 0
        return "ok \(stored)"
    }

    /// The same work as ``record(dataDirectory:learnerIndex:events:)`` through the C API.
    static func raw(dataDirectory: URL, learnerIndex: Int, events: Int) throws(RawSQLiteError) -> String {
        try? FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        let writer = try RawSQLiteWriter(path: dataDirectory.appendingPathComponent(DataLocation.databaseFileName).path)
        let code = LearnerCode.generate().rawValue
        try writer.addLearner(code: code, lessonID: lessonID)
        for index in 0..<events {
            try writer.recordStep(code: code, lessonID: lessonID, stepIndex: index)
        }
        return "ok \(try writer.stepCount(code: code))"
    }

    /// Writes step events until killed (or until a write fails), printing the number of writes
    /// that have returned. Each step is saved with its resume point, as the shell saves them.
    static func forever(dataDirectory: URL, learnerIndex: Int) throws(StoreError) -> Never {
        let store = try ProgressDatabase.open(DataLocation(folder: dataDirectory))
        let learner = try store.newLearner(nickname: "forever-\(learnerIndex)")
        try store.startLesson(code: learner.code, lessonID: lessonID, contentVersion: "1")
        emit("learner \(learner.code)")
        var index = 0
        while true {
            try store.recordStep(code: learner.code, lessonID: lessonID, record: sampleStep(index), resumeAt: index + 1)
            index += 1
            emit("\(index)")
        }
    }

    /// Times `events` single-step writes in this process, after a short warm-up.
    static func latency(dataDirectory: URL, events: Int, via: String) throws -> String {
        let warmUp = 50
        var durations: [Duration] = []
        durations.reserveCapacity(events)
        let clock = ContinuousClock()
        switch via {
        case "store":
            let store = try ProgressDatabase.open(DataLocation(folder: dataDirectory))
            let learner = try store.newLearner(nickname: nil)
            try store.startLesson(code: learner.code, lessonID: lessonID, contentVersion: "1")
            for index in 0..<(warmUp + events) {
                let started = clock.now
                try store.recordStep(code: learner.code, lessonID: lessonID, record: sampleStep(index))
                if index >= warmUp { durations.append(clock.now - started) }
            }
        case "raw":
            try? FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
            let writer = try RawSQLiteWriter(path: dataDirectory.appendingPathComponent(DataLocation.databaseFileName).path)
            let code = LearnerCode.generate().rawValue
            try writer.addLearner(code: code, lessonID: lessonID)
            for index in 0..<(warmUp + events) {
                let started = clock.now
                try writer.recordStep(code: code, lessonID: lessonID, stepIndex: index)
                if index >= warmUp { durations.append(clock.now - started) }
            }
        default:
            throw StressUsageError("--via must be store or raw, not \u{201C}\(via)\u{201D}")
        }
        let micros = durations.map { Double($0.components.attoseconds) / 1e12 + Double($0.components.seconds) * 1e6 }.sorted()
        let median = micros[micros.count / 2]
        let p99 = micros[min(micros.count - 1, Int((Double(micros.count) * 0.99).rounded(.up)) - 1)]
        let mean = micros.reduce(0, +) / Double(micros.count)
        return "ok \(micros.count) \(format(median)) \(format(p99)) \(format(mean))"
    }

    /// Opens the store and closes it again, to test what a given account may do.
    static func open(dataDirectory: URL) throws(StoreError) -> String {
        _ = try ProgressDatabase.open(DataLocation(folder: dataDirectory))
        return "ok"
    }

    /// A plausible step event.
    static func sampleStep(_ index: Int) -> StepRecord {
        StepRecord(stepIndex: index, stepID: nil, attempts: 1, hintsUsed: 0, skipped: false, secondsSpent: 3, completed: true)
    }

    /// Writes a line straight to standard output (no buffer), so a reader sees it even if the
    /// process is killed next.
    static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
