import Foundation
import GRDB
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("Many processes, one file", .serialized, .ownThread)
struct MultiProcessTests {
    @Test("16 processes recording 500 steps each at once on a fresh file lose nothing")
    func sixteenWriters() throws {
        let binary = try #require(StressBinary.locate(), Comment(rawValue: StressBinary.missingMessage))
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("fresh")  // does not exist yet: the open and migrate race is exercised
        let processes = try (0..<16).map { index in
            try StressProcess(binary: binary, arguments: [
                "record", "--data-dir", folder.path, "--learner-index", "\(index)", "--events", "500",
            ])
        }
        let statuses = processes.map { $0.wait() }
        for (index, process) in processes.enumerated() {
            #expect(statuses[index] == 0, "process \(index) exited with \(statuses[index]): \(process.lines)")
            #expect(process.lines == ["ok 500"], "process \(index) printed \(process.lines)")
        }

        let store = try ProgressDatabase.open(DataLocation(folder: folder))
        let (events, learners, perLearner, migrations) = try store.writer.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM stepEvent"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner"),
                try Int.fetchAll(db, sql: "SELECT COUNT(*) FROM stepEvent GROUP BY learnerId"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        #expect(events == 8_000)
        #expect(learners == 16)
        #expect(perLearner == Array(repeating: 500, count: 16))
        #expect(migrations == ["v1-learners-and-progress", "v2-sessions", "v3-store-chores", "v4-confidence-counts", "v5-anonymous-lesson-counts", "v6-confidence-asked", "v7-activity-time-indexes", "v8-live-help-seen", "v9-confidence-pairs", "v10-learner-language"])
        #expect(try store.integrityCheck() == ["ok"])
        try store.close()
    }

    @Test("a writer killed at random moments never loses a returned write nor damages the file")
    func killedWriter() throws {
        let binary = try #require(StressBinary.locate(), Comment(rawValue: StressBinary.missingMessage))
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let started = Date()
        var rounds = 0
        var totalWrites = 0
        while rounds < 20 && Date().timeIntervalSince(started) < 30 {
            rounds += 1
            let process = try StressProcess(binary: binary, arguments: [
                "forever", "--data-dir", temporary.url.path, "--learner-index", "\(rounds)",
            ])
            let learnerLine = process.waitForLine(startingWith: "learner ", timeout: 20)
            usleep(UInt32.random(in: 20_000...200_000))
            process.kill()
            process.wait()
            let line = try #require(learnerLine, "round \(rounds): the writer never started: \(process.lines)")
            let code = try #require(LearnerCode(String(line.dropFirst("learner ".count))))
            let lastPrinted = process.lines.compactMap { Int($0) }.last ?? 0

            let store = try ProgressDatabase.open(DataLocation(folder: temporary.url))
            #expect(try store.integrityCheck() == ["ok"], "round \(rounds)")
            let indexes = try store.writer.read { db in
                try Int.fetchAll(db, sql: """
                    SELECT stepIndex FROM stepEvent
                    WHERE learnerId = (SELECT id FROM learner WHERE code = ?) ORDER BY id
                    """, arguments: [code.rawValue])
            }
            let resumePoint = try store.progress(code: code).lesson(StressBinary.lessonID)?.resumeStepIndex
            try store.close()
            #expect(resumePoint == indexes.count, "round \(rounds): \(indexes.count) steps kept but the resume point is \(resumePoint.map(String.init) ?? "missing")")
            #expect(indexes == Array(0..<indexes.count), "round \(rounds): rows are not contiguous")
            #expect(indexes.count >= lastPrinted, "round \(rounds): \(lastPrinted) writes returned but \(indexes.count) rows survived")
            #expect(indexes.count <= lastPrinted + 1, "round \(rounds): at most the write in flight is extra")
            totalWrites += lastPrinted
        }
        #expect(rounds >= 10, "only \(rounds) rounds ran in the time allowed")
        #expect(totalWrites > 0, "the writers wrote something before being killed")
    }
}
