import Foundation
import TasterServiceStore
import TasterStore

/// `taster store copy`'s work on a generated pilot (500 learners and 30,000 step events in
/// 50 sessions, at full scale): the embedded file read, merged into a new service database in one
/// transaction and read back for the counts, beside the same copy run again (nothing to add, so
/// the figure is the reading and matching alone).
enum PilotCopyBenchmark {
    static let branch = "Pilot"

    static func run(server: PostgresAddress, scale: Double, workDir: URL) throws -> [BenchRow] {
        let learners = max(50, Int((500 * scale).rounded()))
        let stepsEach = 60
        let folder = workDir.appendingPathComponent("pilot")
        try? FileManager.default.removeItem(at: folder)
        let pilot = try ProgressDatabase.open(DataLocation(folder: folder))
        try pilot.absorb(generated(learners: learners, stepsEach: stepsEach))
        let address = try ServiceBenchmark.database("taster_bench_pilot_copy", on: server)
        let service = try ServiceProgressStore.open(address, branch: branch)
        defer { try? service.close() }
        func copy() throws {
            let source = try ProgressDatabase.openForReading(DataLocation(folder: folder))
            let contents = try source.copyContents(learners: nil)
            try service.absorb(contents)
            let found = contents.counts(foundIn: try service.copyContents(learners: contents.learnerCodes))
            guard found == contents.counts else { throw BenchError(description: "the copy's counts \(found) differ from the pilot's \(contents.counts)") }
        }
        let first = try ServiceBenchmark.timed(copy)
        let again = try ServiceBenchmark.timed(copy)
        let events = (learners * stepsEach).formatted(.number.grouping(.automatic))
        return [
            BenchRow(name: "store copy: pilot of \(learners) learners, \(events) step events, into the service", unit: "s",
                     taster: first, baseline: again, baselineName: "the same copy again (nothing to add)", target: "< 60 s", met: first < 60),
        ]
    }

    /// A pilot's contents: learners in sessions of ten, each with three lessons' steps, lesson
    /// events and confidence answers.
    static func generated(learners: Int, stepsEach: Int) -> StoreContents {
        let start = Date(timeIntervalSince1970: 1_750_000_000)
        var people: [CopiedLearner] = []
        var sessions: [CopiedSession] = []
        var events: [CopiedLessonEvent] = []
        for index in 0..<learners {
            let sessionStart = start.addingTimeInterval(Double(index / 10) * 86_400)
            let joined = sessionStart.addingTimeInterval(Double(index % 10) * 60)
            let lessons = (0..<3).map { lesson in
                LessonProgress(lessonID: "lesson-\(lesson)", contentVersion: "v1", startedAt: joined, resumeStepIndex: stepsEach / 3 % 7,
                               lastActiveAt: joined.addingTimeInterval(Double(stepsEach) * 30))
            }
            let steps = (0..<stepsEach).map { step in
                StoredStep(lessonID: "lesson-\(step * 3 / stepsEach)", recordedAt: joined.addingTimeInterval(Double(step) * 30),
                           step: StepRecord(stepIndex: step % (stepsEach / 3), attempts: 1 + step % 3, hintsUsed: step % 2, secondsSpent: 30, completed: true))
            }
            let code = "pilot-learner-\(index)"
            people.append(CopiedLearner(code: code, nickname: nil, createdAt: joined, lastActiveAt: joined.addingTimeInterval(Double(stepsEach) * 30),
                                        preferredLanguage: index % 5 == 0 ? "cy" : nil, lessons: lessons, steps: steps))
            if index % 10 == 0 {
                sessions.append(CopiedSession(
                    name: "Session \(index / 10)", startedAt: sessionStart, endedAt: sessionStart.addingTimeInterval(3600), forgottenLearners: 0,
                    joined: [], confidence: [CopiedSession.ConfidenceCount(moment: "before", rating: 3, count: 10)], pairs: []))
            }
            sessions[sessions.count - 1].joined.append(CopiedSession.Joined(code: code, joinedAt: joined, askedBefore: true, askedAfter: false))
            for lesson in 0..<3 {
                events.append(CopiedLessonEvent(learnerCode: code, forgottenID: nil, sessionStartedAt: sessionStart, lessonID: "lesson-\(lesson)",
                                                kind: "started", recordedAt: joined.addingTimeInterval(Double(lesson))))
            }
        }
        return StoreContents(learners: people, sessions: sessions, lessonEvents: events)
    }
}
